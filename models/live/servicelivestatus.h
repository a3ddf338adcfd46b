#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Stackdeck {

// What the engine says about one service right now; LiveStack fills it, the topology, gauges and inspector paint it.
struct ServiceLiveStatus
{
    enum class State : quint8 { NotCreated, Created, Running, Exited, Restarting, EngineUnavailable };
    enum class Health : quint8 { Unknown, None, Starting, Healthy, Degraded, Unhealthy };

    State state = State::NotCreated;
    Health health = Health::Unknown;
    int replicasRunning = 0;
    int replicasWanted = -1;             // -1: take deploy.replicas (or 1) from the spec
    std::optional<double> cpuPercent;    // docker-stats style: 100 = one full CPU
    std::optional<qint64> memoryUsed;    // bytes
    std::optional<qint64> memoryLimit;   // bytes reported by the engine; overrides the spec's limit
    QString cause;                       // e.g. "postgres is down"; empty when there is nothing to explain
    int restarts = 0;                    // summed RestartCount over replicas
    bool oomKilled = false;              // a replica was killed for running out of memory
    bool restartLoop = false;            // restarting, or 3+ restarts within the last 5 minutes
    QString reason;                      // why it is not running / the engine is unavailable, with the fix

    friend bool operator==(const ServiceLiveStatus &, const ServiceLiveStatus &) = default;
};

} // namespace Stackdeck
