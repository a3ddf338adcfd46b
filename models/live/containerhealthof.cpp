#include "models/live/containerhealthof.h"

namespace Stackdeck {

ContainerHealth containerHealthOf(const ContainerInfo &info)
{
    ContainerHealth h;
    h.containerStatus = info.status;
    h.exitCode = info.exitCode;
    h.oomKilled = info.oomKilled;
    h.healthStatus = info.hasHealthcheck ? info.health : QString();
    h.failingStreak = info.failingStreak;
    for (const HealthProbe &p : info.probes)
        h.log.append({p.start, p.end, p.exitCode, p.output});
    return h;
}

} // namespace Stackdeck
