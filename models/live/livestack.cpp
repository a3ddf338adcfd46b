#include "models/live/livestack.h"

#include "models/docker/enginemonitorthread.h"
#include "models/health/probefactory.h"
#include "models/live/containerhealthof.h"
#include "models/live/livelogging.h"
#include "models/live/loglevelparser.h"

#include <QSet>
#include <QThreadPool>

#include <algorithm>

namespace Stackdeck {

namespace {

bool isNetworkKind(ProbeSpec::Kind kind)
{
    return kind != ProbeSpec::Kind::None && kind != ProbeSpec::Kind::Container;
}

// Only a changed health is fed: every feed adds a history entry to a container probe.
bool sameHealth(const ContainerHealth &a, const ContainerHealth &b)
{
    const auto lastEnd = [](const ContainerHealth &h) { return h.log.isEmpty() ? QDateTime() : h.log.constLast().end; };
    return a.containerStatus == b.containerStatus && a.exitCode == b.exitCode && a.oomKilled == b.oomKilled
           && a.healthStatus == b.healthStatus && a.failingStreak == b.failingStreak && lastEnd(a) == lastEnd(b);
}

bool sameProbes(const QMap<QString, ProbeSpec> &a, const QMap<QString, ProbeSpec> &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const ProbeSpec &other = b[it.key()];
        if (it->kind != other.kind || (isNetworkKind(it->kind) && it->url() != other.url()))
            return false;
    }
    return true;
}

QStringList namesOf(const QList<ServiceSpec> &services)
{
    QStringList names;
    for (const ServiceSpec &s : services)
        names.append(s.name);
    return names;
}

LogRecord recordOf(const LogLine &line)
{
    LogRecord r;
    r.timestampNs = line.timestampNs;
    r.service = line.service;
    r.stream = line.stream == LogLine::Stream::Stderr ? LogStream::Stderr : LogStream::Stdout;
    r.level = LogLevelParser::detect(line.text);
    r.text = line.text;
    return r;
}

} // namespace

LiveStack::LiveStack(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_logModel(new LogModel(this))
{
    m_logModel->setCapacity(m_options.logCapacity);
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &LiveStack::recompute);
    connect(&m_scheduler, &ProbeScheduler::resultReady, this, [this] { m_recomputeTimer.start(); });
    applyServices();
    updateProbes();
    recompute();
}

LiveStack::~LiveStack()
{
    m_running = false;
    ++m_generation;
    m_scheduler.stop();
    // Joining the monitor can wait for a slow engine call: never on the GUI thread (the global pool is
    // joined when the application exits).
    retireMonitor();
}

void LiveStack::applyServices()
{
    QList<Error> errors;
    m_probeSpecs = ProbeFactory::forServices(m_options.services, &errors);
    for (const Error &e : std::as_const(errors))
        qCWarning(lcLive) << "probe override ignored:" << e.toString();
    m_deriver.setServices(m_options.services, m_probeSpecs);
    m_scheduler.setInterval(m_options.probeInterval);
    const QStringList names = namesOf(m_options.services);
    for (auto it = m_fedHealth.begin(); it != m_fedHealth.end();)
        it = names.contains(it.key()) ? std::next(it) : m_fedHealth.erase(it);
    for (auto it = m_networkSince.begin(); it != m_networkSince.end();)
        it = names.contains(it.key()) ? std::next(it) : m_networkSince.erase(it);
}

void LiveStack::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcLive) << "watching project" << m_options.project << "with" << m_options.services.size() << "services";
    startMonitor();
    m_scheduler.start();
}

void LiveStack::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_scheduler.stop();
    retireMonitor();
}

void LiveStack::resync()
{
    if (!m_running)
        return;
    if (m_monitor)
        m_monitor->requestResync();
    m_scheduler.probeAll();
}

void LiveStack::setServices(const QList<ServiceSpec> &services)
{
    const bool renamed = namesOf(services) != namesOf(m_options.services);
    m_options.services = services;
    applyServices();
    // The monitor's service list is fixed; until its successor reports, new services are read from its orphans.
    if (renamed && m_monitor) {
        retireMonitor();
        startMonitor();
    }
    updateProbes();
    recompute();
}

void LiveStack::startMonitor()
{
    EngineMonitor::Options options;
    options.project = m_options.project;
    options.services = namesOf(m_options.services);
    options.endpoint = m_options.endpoint;
    options.logTail = m_options.logTail;
    m_monitor = std::make_unique<EngineMonitorThread>(options);
    const quint64 generation = ++m_generation;
    m_monitorDroppedSeen = 0;
    EngineMonitor *monitor = m_monitor->monitor();
    monitor->onSnapshot(this, [this, generation](const StackSnapshotPtr &snapshot) {
        if (generation == m_generation)
            receiveSnapshot(snapshot);
    });
    monitor->onLogLines(this, [this, generation](const QList<LogLine> &lines) {
        if (generation == m_generation)
            receiveLogLines(lines);
    });
    monitor->onEngineState(this, [this, generation](const EngineState &state) {
        if (generation == m_generation)
            receiveEngineState(state);
    });
    m_monitor->start();
}

void LiveStack::retireMonitor()
{
    if (!m_monitor)
        return;
    ++m_generation;
    // Its successor re-reads each container's tail: lines up to here were already shown.
    m_logShownBefore = m_logShownNs;
    std::shared_ptr<EngineMonitorThread> retired(m_monitor.release());
    QThreadPool::globalInstance()->start([retired]() mutable { retired.reset(); });
}

ServiceLiveStatus LiveStack::status(const QString &service) const
{
    return m_statuses.value(service, LiveStatusDeriver::initialStatus());
}

QList<ProbeResult> LiveStack::probeHistory(const QString &service) const
{
    return m_scheduler.history(service);
}

qint64 LiveStack::droppedLogLines() const
{
    return m_monitorDropped + m_logModel->droppedCount();
}

void LiveStack::receiveSnapshot(const StackSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    if (snapshot->droppedLogLines > m_monitorDroppedSeen) {
        const qint64 lost = snapshot->droppedLogLines - m_monitorDroppedSeen;
        m_monitorDropped += lost;
        qCWarning(lcLive) << "the engine monitor dropped" << lost << "log lines (logs arrive faster than shown)";
    }
    m_monitorDroppedSeen = snapshot->droppedLogLines;
    // Containers come and go (one-off runs, renamed replicas): forget the log marks of those gone.
    const QList<ContainerInfo> containers = snapshot->allContainers();
    if (m_logShownNs.size() > 2 * containers.size() + 16) {
        QSet<QString> names;
        for (const ContainerInfo &info : containers)
            names.insert(info.name);
        m_logShownNs.removeIf([&names](const auto &it) { return !names.contains(it.key()); });
    }
    setEngine(snapshot->engine);
    feedContainerHealth();
    updateProbes();
    recompute();
    Q_EMIT snapshotChanged(m_snapshot);
}

void LiveStack::receiveEngineState(const EngineState &state)
{
    setEngine(state);
    updateProbes();
    recompute();
}

void LiveStack::setEngine(const EngineState &state)
{
    if (state == m_engine)
        return;
    m_engine = state;
    qCInfo(lcLive) << "engine" << EngineState::kindName(state.kind) << state.message;
    Q_EMIT engineStateChanged(m_engine);
}

void LiveStack::receiveLogLines(const QList<LogLine> &lines)
{
    QList<LogRecord> batch;
    batch.reserve(lines.size());
    for (const LogLine &line : lines) {
        if (line.timestampNs > 0) {
            const auto before = m_logShownBefore.constFind(line.container);
            if (before != m_logShownBefore.cend() && line.timestampNs <= *before)
                continue;
            qint64 &shown = m_logShownNs[line.container];
            shown = std::max(shown, line.timestampNs);
        }
        batch.append(recordOf(line));
    }
    m_logModel->appendBatch(batch);
}

void LiveStack::feedContainerHealth()
{
    if (!m_snapshot || !m_engine.isConnected())
        return;
    for (const ServiceSpec &spec : std::as_const(m_options.services)) {
        const ServiceSnapshot *service = m_snapshot->service(spec.name);
        QList<ContainerInfo> replicas = service ? service->containers : QList<ContainerInfo>();
        if (!service) {
            for (const ContainerInfo &c : m_snapshot->orphans) {
                if (c.service == spec.name)
                    replicas.append(c);
            }
        }
        const ContainerInfo *worst = LiveStatusDeriver::worstReplica(replicas);
        if (!worst)
            continue;
        const ContainerHealth health = containerHealthOf(*worst);
        const auto fed = m_fedHealth.constFind(spec.name);
        if (fed != m_fedHealth.cend() && sameHealth(*fed, health))
            continue;
        m_fedHealth.insert(spec.name, health);
        m_scheduler.setContainerHealth(spec.name, health);
    }
}

void LiveStack::updateProbes()
{
    QMap<QString, ProbeSpec> active;
    for (const ServiceSpec &spec : std::as_const(m_options.services)) {
        ProbeSpec probe = m_probeSpecs.value(spec.name);
        bool up = false;
        if (m_snapshot && m_engine.isConnected()) {
            const ServiceSnapshot *service = m_snapshot->service(spec.name);
            const QList<ContainerInfo> &replicas = service ? service->containers : m_snapshot->orphans;
            up = std::any_of(replicas.cbegin(), replicas.cend(), [&spec](const ContainerInfo &c) {
                return c.service == spec.name && LiveStatusDeriver::isUp(c);
            });
        }
        // A stopped service is judged from its container state: probing a closed port only says what is known.
        if (!up || !isNetworkKind(probe.kind)) {
            ProbeSpec container;
            container.kind = ProbeSpec::Kind::Container;
            container.containerHealthcheck = probe.containerHealthcheck;
            container.reason = probe.reason;
            probe = container;
        }
        active.insert(spec.name, probe);
    }
    if (sameProbes(active, m_activeProbes))
        return;
    QStringList enabled;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        if (isNetworkKind(it->kind) && !isNetworkKind(m_activeProbes.value(it.key()).kind))
            enabled.append(it.key());
    }
    m_activeProbes = active;
    m_scheduler.setProbes(active);
    // The engine's view of each service survives setProbes; a container probe judges from it at once.
    for (auto it = m_fedHealth.cbegin(); it != m_fedHealth.cend(); ++it) {
        if (active.value(it.key()).kind == ProbeSpec::Kind::Container)
            m_scheduler.setContainerHealth(it.key(), *it);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &service : std::as_const(enabled)) {
        m_networkSince.insert(service, now);
        qCDebug(lcLive) << "probing" << service << "with" << active.value(service).describe();
        if (m_running)
            m_scheduler.probe(service);
    }
}

QMap<QString, ProbeResult> LiveStack::freshNetworkResults() const
{
    QMap<QString, ProbeResult> fresh;
    for (auto it = m_activeProbes.cbegin(); it != m_activeProbes.cend(); ++it) {
        if (!isNetworkKind(it->kind))
            continue;
        const std::optional<ProbeResult> latest = m_scheduler.latest(it.key());
        // A result from before the probe was re-enabled describes the service's previous life.
        if (latest && latest->checkedAt >= m_networkSince.value(it.key()))
            fresh.insert(it.key(), *latest);
    }
    return fresh;
}

void LiveStack::recompute()
{
    m_recomputeTimer.stop();
    const LiveStatusDeriver::Derived derived = m_deriver.derive(m_snapshot.get(), m_engine, freshNetworkResults());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QList<QString> changed;
    QHash<QString, ServiceLiveStatus> statuses;
    QList<HealthRow> rows;
    for (const ServiceSpec &spec : std::as_const(m_options.services)) {
        const ServiceLiveStatus status = derived.statuses.value(spec.name);
        const auto old = m_statuses.constFind(spec.name);
        if (old == m_statuses.cend() || *old != status)
            changed.append(spec.name);
        statuses.insert(spec.name, status);

        const ProbeResult verdict = derived.verdicts.value(spec.name);
        HealthRow row;
        row.service = spec.name;
        row.kind = m_probeSpecs.value(spec.name).describe();
        row.state = verdict.state;
        row.message = verdict.message;
        row.cause = derived.causeHints.value(spec.name);
        row.history = m_scheduler.history(spec.name);
        const auto previous = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                           [&spec](const HealthRow &r) { return r.service == spec.name; });
        row.since = previous != m_rows.cend() && previous->state == row.state ? previous->since : now;
        rows.append(row);
    }
    const bool healthMoved = rows != m_rows || derived.report.state != m_report.state
                             || derived.report.summary != m_report.summary;
    // Everything is stored before the first signal, so a slot sees one consistent picture.
    m_statuses = statuses;
    m_rows = rows;
    m_report = derived.report;
    for (const QString &service : std::as_const(changed)) {
        const ServiceLiveStatus &status = m_statuses[service];
        qCDebug(lcLive) << service << "state" << int(status.state) << "health" << int(status.health) << status.reason;
        Q_EMIT statusChanged(service, status);
    }
    if (healthMoved)
        Q_EMIT healthChanged(m_report);
}

} // namespace Stackdeck
