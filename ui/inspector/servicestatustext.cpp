#include "ui/inspector/servicestatustext.h"

#include "models/core/quantity.h"

namespace Stackdeck {

QString ServiceStatusText::stateText(ServiceLiveStatus::State state)
{
    using S = ServiceLiveStatus::State;
    switch (state) {
    case S::NotCreated: return tr("Not created");
    case S::Created: return tr("Created");
    case S::Running: return tr("Running");
    case S::Exited: return tr("Exited");
    case S::Restarting: return tr("Restarting");
    case S::EngineUnavailable: return tr("Engine unavailable");
    }
    return tr("Unknown");
}

QString ServiceStatusText::healthText(ServiceLiveStatus::Health health)
{
    using H = ServiceLiveStatus::Health;
    switch (health) {
    case H::Unknown: return {};
    case H::None: return tr("no healthcheck");
    case H::Starting: return tr("starting");
    case H::Healthy: return tr("healthy");
    case H::Degraded: return tr("degraded");
    case H::Unhealthy: return tr("unhealthy");
    }
    return {};
}

QString ServiceStatusText::headline(const ServiceLiveStatus &status, const ServiceSpec &spec)
{
    QStringList parts{stateText(status.state)};
    const bool live = status.state == ServiceLiveStatus::State::Running || status.state == ServiceLiveStatus::State::Restarting;
    if (live && !healthText(status.health).isEmpty())
        parts << healthText(status.health);
    const int wanted = status.replicasWanted >= 0 ? status.replicasWanted : spec.replicas.value_or(1);
    if (wanted != 1 || (live && status.replicasRunning != wanted))
        parts << tr("%1/%2 replicas").arg(status.replicasRunning).arg(wanted);
    if (status.restarts > 0)
        parts << tr("%1 restarts").arg(status.restarts);
    return parts.join(QStringLiteral(" · "));
}

QString ServiceStatusText::usage(const ServiceLiveStatus &status)
{
    QStringList parts;
    if (status.cpuPercent)
        parts << tr("CPU %1%").arg(*status.cpuPercent, 0, 'f', *status.cpuPercent < 10 ? 1 : 0);
    if (status.memoryUsed) {
        if (status.memoryLimit && *status.memoryLimit > 0)
            parts << tr("memory %1 of %2").arg(Quantity::formatBytes(*status.memoryUsed), Quantity::formatBytes(*status.memoryLimit));
        else
            parts << tr("memory %1").arg(Quantity::formatBytes(*status.memoryUsed));
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList ServiceStatusText::problems(const ServiceLiveStatus &status)
{
    QStringList out;
    if (!status.cause.isEmpty())
        out << tr("Cause: %1").arg(status.cause);
    if (!status.reason.isEmpty())
        out << status.reason;
    if (status.oomKilled)
        out << tr("A replica was killed for running out of memory: raise the memory limit or lower the load.");
    if (status.restartLoop)
        out << tr("Restart loop: the container keeps exiting; its logs say why.");
    return out;
}

} // namespace Stackdeck
