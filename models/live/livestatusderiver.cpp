#include "models/live/livestatusderiver.h"

#include "models/live/containerhealthof.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdeck::LiveStatusDeriver", text);
}

// Ends a sentence the engine client wrote without a full stop.
QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?'))
        return t;
    return t + u'.';
}

ProbeResult verdictAt(HealthState state, const QString &message, const QDateTime &at)
{
    ProbeResult r = ProbeResult::make(state, message);
    if (at.isValid())
        r.checkedAt = at;
    return r;
}

bool isNetworkKind(ProbeSpec::Kind kind)
{
    return kind != ProbeSpec::Kind::None && kind != ProbeSpec::Kind::Container;
}

// The replica that stopped last: its exit explains the service.
const ContainerInfo *lastStopped(const QList<ContainerInfo> &replicas)
{
    const ContainerInfo *last = nullptr;
    for (const ContainerInfo &c : replicas) {
        if (LiveStatusDeriver::isUp(c))
            continue;
        if (!last || c.finishedAt > last->finishedAt)
            last = &c;
    }
    return last;
}

} // namespace

void LiveStatusDeriver::setServices(const QList<ServiceSpec> &services, const QMap<QString, ProbeSpec> &probes)
{
    m_services = services;
    m_probes = probes;
    m_graph = StackHealth::dependencyGraph(services);
}

QString LiveStatusDeriver::notCreatedReason()
{
    return tr("Not created yet — run Start, or `docker compose up -d`");
}

QString LiveStatusDeriver::engineReason(const EngineState &engine)
{
    QString reason = sentence(engine.message.isEmpty() ? tr("The Docker engine is not available") : engine.message);
    if (!engine.hint.isEmpty())
        reason += u' ' + sentence(engine.hint);
    return reason;
}

ServiceLiveStatus LiveStatusDeriver::initialStatus()
{
    ServiceLiveStatus s;
    s.state = ServiceLiveStatus::State::NotCreated;
    s.reason = notCreatedReason();
    return s;
}

ServiceLiveStatus LiveStatusDeriver::engineUnavailable(const EngineState &engine)
{
    ServiceLiveStatus s;
    s.state = ServiceLiveStatus::State::EngineUnavailable;
    s.reason = engineReason(engine);
    return s;
}

bool LiveStatusDeriver::isUp(const ContainerInfo &replica)
{
    return replica.status == u"running"_s || replica.status == u"paused"_s;
}

ProbeResult LiveStatusDeriver::containerVerdict(const QList<ContainerInfo> &replicas)
{
    ProbeResult result;
    bool first = true;
    for (const ContainerInfo &c : replicas) {
        const ProbeResult own = ContainerHealthProbe::evaluate(containerHealthOf(c));
        result = first ? own : (worseOf(own.state, result.state) == own.state ? own : result);
        first = false;
    }
    return result;
}

QList<ContainerInfo> LiveStatusDeriver::servingReplicas(const QList<ContainerInfo> &replicas)
{
    QList<ContainerInfo> up;
    std::copy_if(replicas.cbegin(), replicas.cend(), std::back_inserter(up), &isUp);
    return up.isEmpty() ? replicas : up;
}

const ContainerInfo *LiveStatusDeriver::worstReplica(const QList<ContainerInfo> &replicas)
{
    const ContainerInfo *worst = nullptr;
    HealthState state = HealthState::Healthy;
    const bool anyUp = std::any_of(replicas.cbegin(), replicas.cend(), &isUp);
    for (const ContainerInfo &c : replicas) {
        if (anyUp && !isUp(c))
            continue;
        const HealthState own = ContainerHealthProbe::evaluate(containerHealthOf(c)).state;
        if (!worst || worseOf(own, state) == own) {
            worst = &c;
            state = own;
        }
    }
    return worst;
}

ProbeResult LiveStatusDeriver::combine(const ProbeResult &container, const std::optional<ProbeResult> &network)
{
    if (!network)
        return container;
    if (container.state == HealthState::Unknown || worseOf(network->state, container.state) == network->state)
        return *network;
    return container;
}

ServiceLiveStatus::Health LiveStatusDeriver::healthOf(const ProbeResult &verdict, bool probeable)
{
    using H = ServiceLiveStatus::Health;
    switch (verdict.state) {
    case HealthState::Healthy:
        return H::Healthy;
    case HealthState::Degraded:
        return verdict.detail(u"healthcheck"_s) == u"starting"_s ? H::Starting : H::Degraded;
    case HealthState::Unhealthy:
    case HealthState::Down:
        return H::Unhealthy;
    case HealthState::Unknown:
        break;
    }
    return probeable ? H::Unknown : H::None;
}

LiveStatusDeriver::Derived LiveStatusDeriver::derive(const StackSnapshot *snapshot, const EngineState &engine,
                                                     const QMap<QString, ProbeResult> &network)
{
    using S = ServiceLiveStatus::State;
    Derived out;
    const bool unavailable = engine.kind != EngineState::Kind::Unknown && !engine.isConnected();
    const QDateTime taken = snapshot ? snapshot->taken : QDateTime();
    for (const ServiceSpec &spec : std::as_const(m_services)) {
        ServiceLiveStatus status;
        ProbeResult verdict;
        const ServiceSnapshot *service = snapshot && engine.isConnected() ? snapshot->service(spec.name) : nullptr;
        ServiceSnapshot adopted;
        if (!service && snapshot && engine.isConnected()) {
            // A service added after the monitor started: its containers are the monitor's orphans until it restarts.
            adopted.name = spec.name;
            for (const ContainerInfo &c : snapshot->orphans) {
                if (c.service == spec.name)
                    adopted.containers.append(c);
            }
            service = &adopted;
        }
        if (unavailable) {
            status = engineUnavailable(engine);
            verdict = verdictAt(HealthState::Unknown, tr("Not probed: %1").arg(status.reason), taken);
        } else if (!service) {
            status = initialStatus();
            verdict = verdictAt(HealthState::Unknown, tr("Waiting for the Docker engine."), taken);
        } else if (service->containers.isEmpty()) {
            status = initialStatus();
            status.replicasWanted = spec.replicas.value_or(1);
            verdict = verdictAt(HealthState::Down, tr("Not created yet: there is no container to probe."), taken);
            m_restarts.forget(spec.name);
        } else {
            const QList<ContainerInfo> serving = servingReplicas(service->containers);
            const bool up = isUp(serving.constFirst());
            verdict = containerVerdict(serving);
            if (up) {
                verdict = combine(verdict, network.contains(spec.name) ? std::optional(network.value(spec.name)) : std::nullopt);
                const int wanted = std::max(spec.replicas.value_or(1), int(service->containers.size()));
                if (serving.size() < wanted && (verdict.state == HealthState::Healthy || verdict.state == HealthState::Unknown))
                    verdict = verdictAt(HealthState::Degraded,
                                        tr("%1 of %2 replicas running.").arg(serving.size()).arg(wanted), taken);
            }
            status = deriveService(spec, *snapshot, *service, verdict);
        }
        out.statuses.insert(spec.name, status);
        out.verdicts.insert(spec.name, verdict);
    }

    out.report = StackHealth::evaluate(m_graph, out.verdicts);
    // Asked again with silent services counted as degraded, so those without a probe also learn which dependency fails.
    QMap<QString, ProbeResult> asking = out.verdicts;
    for (ProbeResult &r : asking) {
        if (r.state == HealthState::Unknown)
            r.state = HealthState::Degraded;
    }
    const StackHealthReport causes = StackHealth::evaluate(m_graph, asking);
    for (const ServiceHealth &sh : causes.services) {
        const auto it = out.statuses.find(sh.service);
        if (sh.cause.isEmpty() || it == out.statuses.end())
            continue;
        if (it->state == S::NotCreated || it->state == S::EngineUnavailable)
            continue; // their reason already says what to do
        it->cause = tr("%1 is %2").arg(sh.cause, healthStateName(out.verdicts.value(sh.cause).state));
        out.causeHints.insert(sh.service, sh.causeHint);
    }
    return out;
}

ServiceLiveStatus LiveStatusDeriver::deriveService(const ServiceSpec &spec, const StackSnapshot &snapshot,
                                                   const ServiceSnapshot &service, const ProbeResult &verdict)
{
    using S = ServiceLiveStatus::State;
    ServiceLiveStatus s;
    s.replicasWanted = spec.replicas.value_or(1);
    int restarting = 0;
    int created = 0;
    int stopped = 0;
    qint64 limit = 0;
    bool probeable = isNetworkKind(m_probes.value(spec.name).kind);
    double cpu = 0.0;
    qint64 memory = 0;
    bool sampled = false;
    for (const ContainerInfo &c : service.containers) {
        if (isUp(c)) {
            ++s.replicasRunning;
            if (const auto stats = snapshot.statsById.constFind(c.id); stats != snapshot.statsById.cend()) {
                cpu += stats->cpuPercent;
                memory += stats->memoryUsed;
                sampled = true;
            }
        } else if (c.status == u"restarting"_s) {
            ++restarting;
        } else if (c.status == u"created"_s) {
            ++created;
        } else {
            ++stopped; // exited, dead, removing
        }
        s.restarts += c.restartCount;
        s.oomKilled = s.oomKilled || c.oomKilled;
        limit += c.memoryLimit > 0 ? c.memoryLimit : 0;
        probeable = probeable || c.hasHealthcheck;
    }
    s.state = s.replicasRunning > 0 ? S::Running : restarting > 0 ? S::Restarting : stopped > 0 ? S::Exited : S::Created;
    if (limit > 0)
        s.memoryLimit = limit;
    if (s.replicasRunning > 0) {
        // The monitor's per-second service total; before its first tick, the replicas' latest samples.
        if (service.history && !service.history->isEmpty()) {
            s.cpuPercent = service.total.cpuPercent;
            s.memoryUsed = service.total.memoryUsed;
        } else if (sampled) {
            s.cpuPercent = cpu;
            s.memoryUsed = memory;
        }
    }
    s.restartLoop = m_restarts.record(spec.name, s.restarts, snapshot.taken) || restarting > 0;

    const ContainerInfo *exit = lastStopped(service.containers);
    const QString error = exit && !exit->error.isEmpty() ? u" (" + exit->error.simplified() + u')' : QString();
    switch (s.state) {
    case S::Running:
        s.health = healthOf(verdict, probeable);
        if (s.replicasRunning < s.replicasWanted)
            s.reason = tr("%1 of %2 replicas running.").arg(s.replicasRunning).arg(s.replicasWanted);
        break;
    case S::Restarting:
        s.health = ServiceLiveStatus::Health::Unhealthy;
        s.reason = tr("Restarting after exit code %1 — check its logs for the crash.").arg(exit ? exit->exitCode : 0);
        break;
    case S::Exited:
        s.reason = exit && exit->oomKilled
                       ? tr("Killed for running out of memory (exit code %1) — raise its memory limit, then run Start.")
                             .arg(exit->exitCode)
                       : tr("Exited with code %1%2 — check its logs, then run Start.")
                             .arg(exit ? exit->exitCode : 0)
                             .arg(error);
        break;
    case S::Created:
        s.reason = tr("Created but not started — run Start.");
        break;
    case S::NotCreated:
    case S::EngineUnavailable:
        break;
    }
    return s;
}

} // namespace Stackdeck
