#pragma once

#include "models/health/proberesult.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// The parts of Docker's State (and State.Health) a health verdict needs; filled by whoever
// inspects the container, so this room does not depend on the engine client.
struct ContainerHealth
{
    struct LogEntry
    {
        QDateTime start, end;
        int exitCode = 0;      // 0 healthy, 1 unhealthy, -1 timed out, other: probe error
        QString output;
    };

    QString containerStatus = QStringLiteral("running"); // State.Status
    int exitCode = 0;                                    // State.ExitCode
    bool oomKilled = false;
    QString healthStatus;   // State.Health.Status: none, starting, healthy, unhealthy; "" = no Health
    int failingStreak = 0;
    QList<LogEntry> log;    // oldest first, as the engine sends it

    // Reads a `docker inspect` State object ({"Status":..., "Health": {...}}).
    static ContainerHealth fromStateJson(const QByteArray &json);
};

// Turns the container's own state and HEALTHCHECK into a ProbeResult.
class ContainerHealthProbe final
{
public:
    static ProbeResult evaluate(const ContainerHealth &health);
};

} // namespace Stackdeck
