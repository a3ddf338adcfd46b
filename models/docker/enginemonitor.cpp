#include "models/docker/enginemonitor.h"

#include "models/docker/dockerlogging.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

EngineMonitor::EngineMonitor(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_pumpTimer(this)
    , m_snapshotTimer(this)
    , m_historyTimer(this)
    , m_resyncTimer(this)
    , m_reconnectTimer(this)
{
    registerMetaTypes();
    m_pumpTimer.setInterval(20);
    m_snapshotTimer.setInterval(qMax(50, m_options.snapshotIntervalMs));
    m_historyTimer.setInterval(1000);
    m_resyncTimer.setInterval(qMax(1000, m_options.resyncIntervalMs));
    m_reconnectTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &EngineMonitor::pump);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &EngineMonitor::publish);
    connect(&m_historyTimer, &QTimer::timeout, this, &EngineMonitor::tickHistory);
    connect(&m_resyncTimer, &QTimer::timeout, this, &EngineMonitor::resync);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EngineMonitor::connectEngine);
    for (const QString &service : std::as_const(m_options.services))
        m_history.insert(service, std::make_shared<StatsHistory>());
}

EngineMonitor::~EngineMonitor()
{
    stop();
}

void EngineMonitor::registerMetaTypes()
{
    qRegisterMetaType<Stackdeck::StackSnapshotPtr>();
    qRegisterMetaType<Stackdeck::EngineState>();
    qRegisterMetaType<Stackdeck::LogLine>();
    qRegisterMetaType<QList<Stackdeck::LogLine>>();
}

QMetaObject::Connection EngineMonitor::onSnapshot(QObject *context, std::function<void(const StackSnapshotPtr &)> fn)
{
    return connect(this, &EngineMonitor::snapshotReady, context, std::move(fn), Qt::QueuedConnection);
}

QMetaObject::Connection EngineMonitor::onLogLines(QObject *context, std::function<void(const QList<LogLine> &)> fn)
{
    return connect(this, &EngineMonitor::logLinesReady, context, std::move(fn), Qt::QueuedConnection);
}

QMetaObject::Connection EngineMonitor::onEngineState(QObject *context, std::function<void(const EngineState &)> fn)
{
    return connect(this, &EngineMonitor::engineStateChanged, context, std::move(fn), Qt::QueuedConnection);
}

void EngineMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    EngineEndpoint endpoint;
    if (m_options.endpoint) {
        endpoint = *m_options.endpoint;
    } else {
        Result<EngineEndpoint> resolved = EngineEndpoint::resolve();
        if (!resolved) {
            EngineState state;
            state.kind = EngineState::Kind::BadResponse;
            state.message = resolved.error().message;
            state.hint = resolved.error().hint;
            setState(state);
            publish();
            return;
        }
        endpoint = resolved.value();
    }
    m_client = std::make_unique<EngineClient>(endpoint);
    m_pool = std::make_unique<EngineStreamPool>(m_client->transport());
    m_pumpTimer.start();
    m_snapshotTimer.start();
    m_historyTimer.start();
    connectEngine();
}

void EngineMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_pumpTimer.stop();
    m_snapshotTimer.stop();
    m_historyTimer.stop();
    m_resyncTimer.stop();
    m_reconnectTimer.stop();
    if (m_pool)
        m_pool->closeAll();
    m_eventStream = 0;
    for (auto &[id, tracked] : m_containers) {
        tracked.statsStream = 0;
        tracked.logStream = 0;
    }
    publish();
}

void EngineMonitor::setState(const EngineState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_dirty = true;
    qCInfo(lcDocker) << "engine" << EngineState::kindName(state.kind) << state.message;
    Q_EMIT engineStateChanged(m_state);
}

void EngineMonitor::connectEngine()
{
    if (!m_running)
        return;
    const EngineState state = m_client->connect(3000);
    if (!state.isConnected()) {
        EngineState shown = state;
        if (m_state.kind == EngineState::Kind::Reconnecting || m_state.kind == EngineState::Kind::Connected) {
            // Keep "reconnecting" while an engine we had comes back, but say why it is not there.
            shown.kind = EngineState::Kind::Reconnecting;
            shown.message = tr("Lost the Docker engine, retrying: %1").arg(state.message);
        }
        setState(shown);
        m_reconnectTimer.start(m_backoffMs);
        m_backoffMs = qMin(m_backoffMs * 2, m_options.maxBackoffMs);
        return;
    }
    m_backoffMs = 250;
    setState(state);
    openEvents();
    resync();
    m_firstSync = false;
    m_resyncTimer.start();
}

void EngineMonitor::engineLost(const EngineState &why)
{
    if (!m_running || m_state.kind != EngineState::Kind::Connected)
        return;
    m_pool->closeAll();
    m_eventStream = 0;
    for (auto &[id, tracked] : m_containers) {
        tracked.statsStream = 0;
        tracked.logStream = 0;
        // Lines cut by the lost connection arrive again after since=.
        if (tracked.demuxer)
            tracked.demuxer = std::make_unique<LogDemuxer>(tracked.info.tty);
        tracked.statsSplitter = {};
        tracked.latest.reset();
    }
    m_resyncTimer.stop();
    m_pendingEvents.clear(); // the resync after reconnecting covers them
    EngineState state = why;
    state.kind = EngineState::Kind::Reconnecting;
    state.message = tr("Lost the Docker engine, reconnecting: %1").arg(why.message);
    setState(state);
    m_reconnectTimer.start(m_backoffMs);
}

void EngineMonitor::checkEngine()
{
    if (!m_running || m_state.kind != EngineState::Kind::Connected)
        return;
    const HttpResponse ping = m_client->transport().get(m_client->apiPath("/_ping"), 2000);
    if (!ping.ok()) {
        engineLost(ping.delivered() ? EngineState{EngineState::Kind::BadResponse, ping.errorText(), {}, {}}
                                    : ping.transport);
        return;
    }
    if (m_eventStream == 0)
        openEvents();
}

void EngineMonitor::openEvents()
{
    const QByteArray query = EngineEvent::queryForProject(m_options.project, m_lastEventNs / 1000000000LL);
    m_eventSplitter = {};
    m_eventStream = m_pool->open(
        m_client->apiPath("/events?" + query),
        [this](QByteArrayView chunk) {
            const QList<QByteArray> lines = m_eventSplitter.feed(chunk);
            for (const QByteArray &line : lines) {
                Result<EngineEvent> event = EngineEvent::fromJson(line);
                if (event)
                    m_pendingEvents.append(event.value()); // handled after the transfer loop, not inside libcurl
                else
                    qCWarning(lcDocker) << event.error().message;
            }
        },
        [this](const EngineState &failure, long status, const QByteArray &) {
            m_eventStream = 0;
            qCInfo(lcDocker) << "event stream ended" << EngineState::kindName(failure.kind) << status;
            if (!failure.isConnected() || status >= 300)
                checkEngine();
            else
                QTimer::singleShot(200, this, &EngineMonitor::checkEngine);
        });
}

void EngineMonitor::handleEvent(const EngineEvent &event)
{
    if (event.type != u"container"_s || event.id.isEmpty())
        return;
    m_lastEventNs = qMax(m_lastEventNs, event.timeNs);
    switch (event.kind) {
    case EngineEvent::Kind::Destroy:
        forget(event.id);
        break;
    case EngineEvent::Kind::Start:
        if (auto it = m_containers.find(event.id); it != m_containers.end())
            it->second.logsDone = false;
        refresh(event.id);
        break;
    case EngineEvent::Kind::Create:
    case EngineEvent::Kind::Die:
    case EngineEvent::Kind::HealthStatus:
    case EngineEvent::Kind::Oom:
    case EngineEvent::Kind::Stop:
    case EngineEvent::Kind::Kill:
    case EngineEvent::Kind::Restart:
    case EngineEvent::Kind::Pause:
    case EngineEvent::Kind::Unpause:
        refresh(event.id);
        break;
    case EngineEvent::Kind::Other:
        break;
    }
}

void EngineMonitor::refresh(const QString &id)
{
    Result<ContainerInfo> info = m_client->inspect(id, 5000);
    if (info)
        track(info.value());
    else if (m_containers.count(id))
        checkEngine(); // gone (destroy follows) or the engine went away
}

void EngineMonitor::resync()
{
    if (!m_running || m_state.kind != EngineState::Kind::Connected)
        return;
    Result<QList<ContainerSummary>> list = m_client->listProject(m_options.project, 10000);
    if (!list) {
        checkEngine();
        return;
    }
    QSet<QString> present;
    for (const ContainerSummary &summary : list.value()) {
        present.insert(summary.id);
        Result<ContainerInfo> info = m_client->inspect(summary.id, 5000);
        if (info)
            track(info.value());
    }
    std::vector<QString> gone;
    for (const auto &[id, tracked] : m_containers)
        if (!present.contains(id))
            gone.push_back(id);
    for (const QString &id : gone)
        forget(id);
}

void EngineMonitor::track(const ContainerInfo &info)
{
    if (info.project != m_options.project)
        return;
    auto [it, inserted] = m_containers.try_emplace(info.id);
    Tracked &tracked = it->second;
    if (inserted) {
        tracked.cursor = LogCursor(info.service, info.name);
        tracked.demuxer = std::make_unique<LogDemuxer>(info.tty);
    }
    tracked.info = info;
    if (!info.running) {
        if (tracked.statsStream)
            m_pool->close(tracked.statsStream);
        tracked.statsStream = 0;
        tracked.latest.reset();
    }
    m_dirty = true;
    ensureStreams(info.id);
}

void EngineMonitor::forget(const QString &id)
{
    const auto it = m_containers.find(id);
    if (it == m_containers.end())
        return;
    if (it->second.statsStream)
        m_pool->close(it->second.statsStream);
    if (it->second.logStream) {
        m_pool->close(it->second.logStream);
        deliverLogLines(it->second, it->second.demuxer->flush());
    }
    m_containers.erase(it);
    m_dirty = true;
}

void EngineMonitor::ensureStreams(const QString &id)
{
    const auto it = m_containers.find(id);
    if (it == m_containers.end() || m_state.kind != EngineState::Kind::Connected)
        return;
    Tracked &tracked = it->second;
    if (m_options.collectStats && tracked.info.running && tracked.info.status != u"paused"_s && tracked.statsStream == 0)
        openStats(id);
    // Never follow a created-but-not-started container: the engine's follower then misses the log file appearing.
    if (m_options.followLogs && tracked.logStream == 0 && tracked.info.status != u"created"_s
        && (tracked.info.running || !tracked.logsDone))
        openLogs(id);
}

void EngineMonitor::openStats(const QString &id)
{
    Tracked &tracked = m_containers.at(id);
    tracked.statsSplitter = {};
    tracked.statsStream = m_pool->open(
        m_client->apiPath("/containers/" + QUrl::toPercentEncoding(id) + "/stats?stream=1"),
        [this, id](QByteArrayView chunk) {
            Tracked &t = m_containers.at(id);
            const QList<QByteArray> lines = t.statsSplitter.feed(chunk);
            for (const QByteArray &line : lines) {
                Result<ContainerStats> stats = ContainerStats::fromJson(line);
                if (stats) {
                    t.latest = stats.value();
                    m_dirty = true;
                }
            }
        },
        [this, id](const EngineState &failure, long, const QByteArray &) {
            const auto it = m_containers.find(id);
            if (it != m_containers.end())
                it->second.statsStream = 0;
            if (!failure.isConnected())
                checkEngine();
        });
}

void EngineMonitor::openLogs(const QString &id)
{
    Tracked &tracked = m_containers.at(id);
    // First sight at start-up shows the tail; containers seen later, or resumed ones, are read in full.
    const int tail = m_firstSync ? m_options.logTail : -1;
    const QByteArray query = tracked.cursor.query(true, tail);
    tracked.demuxer = std::make_unique<LogDemuxer>(tracked.info.tty);
    qCDebug(lcDocker) << "logs" << tracked.info.name << tracked.info.status << query;
    tracked.logStream = m_pool->open(
        m_client->apiPath("/containers/" + QUrl::toPercentEncoding(id) + "/logs?" + query),
        [this, id](QByteArrayView chunk) {
            Tracked &t = m_containers.at(id);
            deliverLogLines(t, t.demuxer->feed(chunk));
        },
        [this, id](const EngineState &failure, long status, const QByteArray &) {
            const auto it = m_containers.find(id);
            if (it == m_containers.end())
                return;
            Tracked &t = it->second;
            t.logStream = 0;
            qCDebug(lcDocker) << "logs ended" << t.info.name << EngineState::kindName(failure.kind) << status;
            if (!failure.isConnected()) {
                // The partial tail is dropped: since= brings the whole line again.
                checkEngine();
                return;
            }
            deliverLogLines(t, t.demuxer->flush());
            if (status >= 300)
                return;
            t.logsDone = true;
            // A clean end while the container still runs (e.g. log rotation): look again shortly.
            QTimer::singleShot(500, this, [this, id] {
                const auto again = m_containers.find(id);
                if (again != m_containers.end() && again->second.logStream == 0)
                    refresh(id);
            });
        });
}

void EngineMonitor::deliverLogLines(Tracked &tracked, const QList<LogDemuxer::RawLine> &raw)
{
    for (const LogDemuxer::RawLine &line : raw) {
        std::optional<LogLine> accepted = tracked.cursor.accept(line);
        if (!accepted)
            continue;
        if (m_pendingLogs.size() >= m_options.maxPendingLogLines) {
            m_pendingLogs.removeFirst();
            ++m_droppedLogLines;
        }
        m_pendingLogs.append(*accepted);
    }
}

void EngineMonitor::pump()
{
    if (m_pool)
        m_pool->pump(0);
    while (!m_pendingEvents.isEmpty() && m_running)
        handleEvent(m_pendingEvents.takeFirst());
    // Log lines leave quickly and in batches, independent of the snapshot rate.
    if (!m_pendingLogs.isEmpty()) {
        QList<LogLine> batch;
        batch.swap(m_pendingLogs);
        std::stable_sort(batch.begin(), batch.end(),
                         [](const LogLine &a, const LogLine &b) { return a.timestampNs < b.timestampNs; });
        Q_EMIT logLinesReady(batch);
    }
}

void EngineMonitor::tickHistory()
{
    for (const QString &service : std::as_const(m_options.services)) {
        ContainerStats total;
        bool any = false;
        for (const auto &[id, tracked] : m_containers) {
            if (tracked.info.service != service || tracked.info.oneOff || !tracked.latest)
                continue;
            const ContainerStats &s = *tracked.latest;
            any = true;
            total.read = qMax(total.read, s.read);
            total.cpuPercent += s.cpuPercent;
            total.memoryUsed += s.memoryUsed;
            total.memoryLimit += s.memoryLimit;
            total.networkRx += s.networkRx;
            total.networkTx += s.networkTx;
            total.blockRead += s.blockRead;
            total.blockWrite += s.blockWrite;
            total.pids += s.pids;
        }
        if (!any)
            continue;
        total.name = service;
        if (total.memoryLimit > 0)
            total.memoryPercent = double(total.memoryUsed) / double(total.memoryLimit) * 100.0;
        m_history[service]->append(total);
        m_historyCopies.remove(service);
        m_dirty = true;
    }
}

void EngineMonitor::publish()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    auto snapshot = std::make_shared<StackSnapshot>();
    snapshot->sequence = ++m_sequence;
    snapshot->taken = QDateTime::currentDateTimeUtc();
    snapshot->engine = m_state;
    snapshot->project = m_options.project;
    snapshot->droppedLogLines = m_droppedLogLines;
    QHash<QString, int> serviceIndex;
    for (const QString &service : std::as_const(m_options.services)) {
        serviceIndex.insert(service, int(snapshot->services.size()));
        ServiceSnapshot s;
        s.name = service;
        auto copy = m_historyCopies.constFind(service);
        if (copy == m_historyCopies.constEnd())
            copy = m_historyCopies.insert(service, std::make_shared<const StatsHistory>(*m_history.value(service)));
        s.history = *copy;
        if (!s.history->isEmpty())
            s.total = s.history->latest();
        snapshot->services.append(s);
    }
    for (const auto &[id, tracked] : m_containers) {
        if (tracked.latest)
            snapshot->statsById.insert(id, *tracked.latest);
        const auto index = serviceIndex.constFind(tracked.info.service);
        if (index == serviceIndex.constEnd())
            snapshot->orphans.append(tracked.info);
        else if (tracked.info.oneOff)
            snapshot->oneOffs.append(tracked.info);
        else
            snapshot->services[*index].containers.append(tracked.info);
    }
    const auto byNumber = [](const ContainerInfo &a, const ContainerInfo &b) {
        return std::tie(a.service, a.containerNumber, a.name) < std::tie(b.service, b.containerNumber, b.name);
    };
    for (ServiceSnapshot &s : snapshot->services)
        std::sort(s.containers.begin(), s.containers.end(), byNumber);
    std::sort(snapshot->oneOffs.begin(), snapshot->oneOffs.end(), byNumber);
    std::sort(snapshot->orphans.begin(), snapshot->orphans.end(), byNumber);
    Q_EMIT snapshotReady(StackSnapshotPtr(std::move(snapshot)));
}

} // namespace Stackdeck
