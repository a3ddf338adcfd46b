#pragma once

#include "models/compose/servicespec.h"
#include "models/health/proberesult.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// One service's verdict inside the stack, with the failing dependency that explains it.
struct ServiceHealth
{
    QString service;
    ProbeResult result;
    QString cause;      // deepest failing dependency ("" when none)
    QString causeHint;  // "because db is down"
};

struct StackHealthReport
{
    HealthState state = HealthState::Unknown; // worst service state
    QString summary;
    QList<ServiceHealth> services;            // sorted by service name

    const ServiceHealth *find(const QString &service) const;
};

// Stack health = the worst service state; failing services get a root-cause hint from depends_on.
class StackHealth final
{
public:
    // dependsOn: service -> the services it depends on. Services without a result count as Unknown.
    static StackHealthReport evaluate(const QMap<QString, QStringList> &dependsOn,
                                      const QMap<QString, ProbeResult> &results);
    static QMap<QString, QStringList> dependencyGraph(const QList<ServiceSpec> &services);
};

} // namespace Stackdeck
