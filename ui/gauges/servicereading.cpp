#include "ui/gauges/servicereading.h"

#include "ui/gauges/gaugethresholds.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// Limits summed over running replicas; one replica without a limit makes the service unlimited.
void applyContainerLimits(const QList<ContainerInfo> &containers, ServiceReading &reading)
{
    double cpu = 0.0;
    qint64 memory = 0;
    bool cpuUnlimited = false;
    bool memoryUnlimited = false;
    for (const ContainerInfo &info : containers) {
        if (!info.running)
            continue;
        const double cores = info.cpuLimit();
        cpuUnlimited = cpuUnlimited || cores <= 0;
        cpu += cores;
        memoryUnlimited = memoryUnlimited || info.memoryLimit <= 0;
        memory += info.memoryLimit;
    }
    reading.cpuLimitCores = cpuUnlimited ? 0.0 : cpu;
    reading.memoryLimit = memoryUnlimited ? 0 : memory;
}

} // namespace

double ServiceReading::cpuFraction() const
{
    return cpuLimitCores > 0 ? cpuCores / cpuLimitCores : 0.0;
}

double ServiceReading::memoryFraction() const
{
    return memoryLimit > 0 ? double(memoryUsed) / double(memoryLimit) : 0.0;
}

bool ServiceReading::memoryHigh() const
{
    return running() && memoryLimit > 0 && memoryFraction() > GaugeThresholds::memoryWarning;
}

ServiceReading ServiceReading::resolve(const ServiceLimits &declared, const StackSnapshot *snapshot,
                                       const ServiceLiveStatus *status, const QString &service)
{
    ServiceReading reading;
    const bool engine = snapshot && snapshot->engine.isConnected();
    reading.presence = engine ? Presence::NotRunning : Presence::NoEngine;
    const ServiceSnapshot *live = engine ? snapshot->service(service) : nullptr;

    int containerRestarts = 0;
    if (live) {
        for (const ContainerInfo &info : live->containers) {
            reading.replicasRunning += info.running ? 1 : 0;
            reading.oomKilled = reading.oomKilled || info.oomKilled;
            reading.restartLoop = reading.restartLoop || info.status == u"restarting"_s;
            containerRestarts += info.restartCount;
        }
    }
    if (status) {
        reading.oomKilled = reading.oomKilled || status->oomKilled;
        reading.restartLoop = reading.restartLoop || status->restartLoop;
    }
    reading.restarts = qMax(containerRestarts, status ? status->restarts : 0);

    if (reading.replicasRunning > 0) {
        reading.presence = Presence::Running;
        reading.cpuCores = live->total.cpuPercent / 100.0;
        reading.memoryUsed = live->total.memoryUsed;
        applyContainerLimits(live->containers, reading);
        return reading;
    }
    // Without running replicas in the snapshot, a status that carries figures still shows them.
    if (status && status->state == ServiceLiveStatus::State::Running && status->cpuPercent && status->memoryUsed) {
        reading.presence = Presence::Running;
        reading.replicasRunning = qMax(1, status->replicasRunning);
        reading.cpuCores = *status->cpuPercent / 100.0;
        reading.memoryUsed = *status->memoryUsed;
        reading.cpuLimitCores = declared.cpus.value_or(0.0) * reading.replicasRunning;
        reading.memoryLimit = status->memoryLimit.value_or(declared.memory.value_or(0) * reading.replicasRunning);
        return reading;
    }
    // Not running: the declared limits still say what the service would get.
    reading.cpuLimitCores = declared.cpus.value_or(0.0) * qMax(1, declared.replicas);
    reading.memoryLimit = status && status->memoryLimit ? *status->memoryLimit
                                                        : declared.memory.value_or(0) * qMax(1, declared.replicas);
    return reading;
}

} // namespace Stackdeck
