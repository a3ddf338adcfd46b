#include "models/editor/healthwaiter.h"

#include "models/docker/engineclient.h"
#include "models/docker/logdemuxer.h"
#include "models/editor/editorlogging.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// Health messages are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::HealthWaiter)
};

constexpr int kMaxEngineFailures = 5;

Result<EngineClient> connectedClient(const QProcessEnvironment &environment)
{
    const Result<EngineEndpoint> endpoint = EngineEndpoint::resolve(
        environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment);
    if (!endpoint.ok())
        return endpoint.error();
    EngineClient client(endpoint.value());
    const EngineState state = client.connect();
    if (state.kind != EngineState::Kind::Connected)
        return Error{state.message, {}, state.hint};
    return client;
}

ContainerHealth judge(const ContainerInfo &info, const QHash<QString, int> &firstRestarts)
{
    ContainerHealth health;
    health.service = info.service;
    health.containerId = info.id;
    health.restartCount = info.restartCount;
    health.tty = info.tty;
    using V = ContainerHealth::Verdict;
    const int firstRestart = firstRestarts.value(info.id, info.restartCount);
    if (info.status == u"restarting" || info.restartCount > firstRestart) {
        health.verdict = V::Failed;
        health.state = u"restarting"_s;
        health.detail = Tr::tr("the container keeps restarting (last exit code %1)").arg(info.exitCode);
    } else if (info.status == u"exited" || info.status == u"dead") {
        const bool completed = info.exitCode == 0 && !info.hasHealthcheck && !info.oomKilled;
        health.verdict = completed ? V::Good : V::Failed;
        health.state = completed ? u"completed"_s : u"exited"_s;
        health.detail = info.oomKilled ? Tr::tr("killed: out of memory (exit code %1)").arg(info.exitCode)
                                       : Tr::tr("exited with code %1").arg(info.exitCode);
        if (!info.error.isEmpty())
            health.detail += u": "_s + info.error;
    } else if (info.running && info.hasHealthcheck) {
        health.state = info.health.isEmpty() ? u"starting"_s : info.health;
        if (info.health == u"healthy") {
            health.verdict = V::Good;
        } else if (info.health == u"unhealthy") {
            health.verdict = V::Failed;
            const HealthProbe last = info.probes.isEmpty() ? HealthProbe{} : info.probes.last();
            const QString output = last.output.trimmed();
            health.detail = output.isEmpty()
                ? Tr::tr("the healthcheck failed (exit code %1) %n time(s) in a row", nullptr, info.failingStreak).arg(last.exitCode)
                : Tr::tr("the healthcheck failed: %1").arg(output);
        }
    } else if (info.running) {
        health.verdict = V::Good;
        health.state = u"running"_s;
    } else {
        health.state = info.status;
    }
    return health;
}

} // namespace

HealthWaiter::HealthWaiter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Stackdeck::HealthOutcome>();
    m_timer.setInterval(1000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HealthWaiter::pollNow);
}

HealthWaiter::~HealthWaiter() = default;

QString HealthWaiter::mask(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, u"********"_s);
    }
    return text;
}

void HealthWaiter::start(const QString &project, const QStringList &services, int timeoutSeconds)
{
    ++m_generation;
    m_project = project;
    m_services = services;
    m_done.clear();
    m_goodSince.clear();
    m_firstRestarts.clear();
    m_lastState.clear();
    m_engineFailures = 0;
    m_timeoutMs = timeoutSeconds * 1000;
    m_active = true;
    m_busy = false;
    m_elapsed.start();
    if (services.isEmpty()) {
        HealthOutcome outcome;
        outcome.ok = true;
        QMetaObject::invokeMethod(this, [this, outcome, gen = m_generation] {
            if (gen == m_generation)
                finish(outcome);
        }, Qt::QueuedConnection);
        return;
    }
    pollNow();
}

void HealthWaiter::cancel()
{
    ++m_generation;
    m_active = false;
    m_timer.stop();
}

Result<QList<ContainerHealth>> HealthWaiter::poll(const QProcessEnvironment &environment, const QString &project,
                                                  const QStringList &services, const QHash<QString, int> &firstRestarts)
{
    const Result<EngineClient> client = connectedClient(environment);
    if (!client.ok())
        return client.error();
    const auto list = client->listProject(project);
    if (!list.ok())
        return list.error();
    QList<ContainerHealth> out;
    for (const ContainerSummary &summary : list.value()) {
        if (summary.oneOff || !services.contains(summary.service))
            continue;
        const Result<ContainerInfo> info = client->inspect(summary.id);
        if (!info.ok())
            continue; // removed between list and inspect (recreated): the next poll sees the new one
        out.append(judge(info.value(), firstRestarts));
    }
    return out;
}

QStringList HealthWaiter::lastLogLines(const QProcessEnvironment &environment, const QString &containerId, bool tty,
                                       int count)
{
    if (containerId.isEmpty())
        return {};
    const Result<EngineClient> client = connectedClient(environment);
    if (!client.ok())
        return {};
    const QByteArray path = "/containers/" + QUrl::toPercentEncoding(containerId)
                          + "/logs?stdout=1&stderr=1&tail=" + QByteArray::number(count);
    const HttpResponse response = client->transport().get(client->apiPath(path));
    if (!response.ok())
        return {};
    LogDemuxer demuxer(tty);
    QList<LogDemuxer::RawLine> lines = demuxer.feed(response.body);
    lines += demuxer.flush();
    QStringList out;
    for (const LogDemuxer::RawLine &line : std::as_const(lines))
        out.append(QString::fromUtf8(line.bytes));
    return out.mid(qMax<qsizetype>(0, out.size() - count));
}

void HealthWaiter::pollNow()
{
    if (!m_active || m_busy)
        return;
    m_busy = true;
    QStringList pending;
    for (const QString &service : std::as_const(m_services)) {
        if (!m_done.contains(service))
            pending.append(service);
    }
    const quint64 gen = m_generation;
    QtConcurrent::run([env = m_environment, project = m_project, pending, restarts = m_firstRestarts] {
        return poll(env, project, pending, restarts);
    }).then(this, [this, gen](const Result<QList<ContainerHealth>> &result) {
        if (gen != m_generation)
            return;
        m_busy = false;
        evaluate(result);
    });
}

void HealthWaiter::evaluate(const Result<QList<ContainerHealth>> &result)
{
    using V = ContainerHealth::Verdict;
    const qint64 now = m_elapsed.elapsed();
    if (!result.ok()) {
        qCWarning(lcApply).noquote() << "health poll failed:" << result.error().message;
        if (++m_engineFailures >= kMaxEngineFailures) {
            fail(m_services.value(0), {}, false, result.error().message);
            return;
        }
    } else {
        m_engineFailures = 0;
        QHash<QString, QList<ContainerHealth>> byService;
        for (const ContainerHealth &container : result.value()) {
            byService[container.service].append(container);
            if (!m_firstRestarts.contains(container.containerId))
                m_firstRestarts.insert(container.containerId, container.restartCount);
        }
        for (const QString &service : std::as_const(m_services)) {
            if (m_done.contains(service))
                continue;
            const QList<ContainerHealth> containers = byService.value(service);
            for (const ContainerHealth &container : containers) {
                if (container.verdict == V::Failed) {
                    emit serviceState(service, container.state, mask(container.detail, m_secrets));
                    fail(service, container.containerId, container.tty,
                         Tr::tr("%1 is %2: %3").arg(service, container.state, container.detail));
                    return;
                }
            }
            const bool good = !containers.isEmpty()
                && std::all_of(containers.cbegin(), containers.cend(), [](const ContainerHealth &c) { return c.verdict == V::Good; });
            const QString state = containers.isEmpty() ? u"waiting for container"_s
                                  : good ? containers.first().state : u"waiting for health"_s;
            if (!good) {
                m_goodSince.remove(service);
            } else if (!m_goodSince.contains(service)) {
                m_goodSince.insert(service, now);
            } else if (now - m_goodSince.value(service) >= m_stableMs) {
                m_done.append(service);
                const QString finalState = state == u"running"_s || state == u"completed"_s ? state : u"healthy"_s;
                if (m_lastState.value(service) != finalState)
                    emit serviceState(service, finalState, {});
                m_lastState.insert(service, finalState);
                continue;
            }
            if (m_lastState.value(service) != state) {
                m_lastState.insert(service, state);
                emit serviceState(service, state, {});
            }
        }
        if (m_done.size() == m_services.size()) {
            HealthOutcome outcome;
            outcome.ok = true;
            outcome.healthy = m_done;
            finish(outcome);
            return;
        }
    }
    if (now >= m_timeoutMs) {
        QString late;
        for (const QString &service : std::as_const(m_services)) {
            if (!m_done.contains(service)) {
                late = service;
                break;
            }
        }
        fail(late, {}, false, Tr::tr("%1 did not become healthy within %n second(s) (last state: %2)", nullptr,
                                     m_timeoutMs / 1000).arg(late, m_lastState.value(late)));
        return;
    }
    m_timer.start();
}

void HealthWaiter::fail(const QString &service, const QString &containerId, bool tty, const QString &error)
{
    m_timer.stop();
    HealthOutcome outcome;
    outcome.failingService = service;
    outcome.containerId = containerId;
    outcome.error = mask(error, m_secrets);
    outcome.healthy = m_done;
    const quint64 gen = m_generation;
    // Find the container when the failure names none (timeout, engine error) so its logs still show.
    QtConcurrent::run([env = m_environment, project = m_project, service, containerId, tty] {
        QString id = containerId;
        bool isTty = tty;
        if (id.isEmpty()) {
            const auto found = poll(env, project, {service}, {});
            if (found.ok() && !found->isEmpty()) {
                id = found->first().containerId;
                isTty = found->first().tty;
            }
        }
        return std::make_pair(id, lastLogLines(env, id, isTty));
    }).then(this, [this, gen, outcome](const std::pair<QString, QStringList> &logs) mutable {
        if (gen != m_generation)
            return;
        outcome.containerId = logs.first;
        for (const QString &line : logs.second)
            outcome.lastLogLines.append(mask(line, m_secrets));
        finish(outcome);
    });
}

void HealthWaiter::finish(HealthOutcome outcome)
{
    m_active = false;
    m_timer.stop();
    ++m_generation;
    qCInfo(lcApply).noquote() << "health wait" << (outcome.ok ? "ok" : "failed:") << outcome.error;
    emit finished(outcome);
}

} // namespace Stackdeck
