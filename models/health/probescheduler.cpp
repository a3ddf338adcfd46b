#include "models/health/probescheduler.h"

#include "models/health/healthlogging.h"
#include "models/health/proberunner.h"

#include <QCoreApplication>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace Stackdeck {

ProbeScheduler::ProbeScheduler(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(4); // probes mostly wait on sockets; a few threads cover a stack
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &ProbeScheduler::probeAll);
}

ProbeScheduler::~ProbeScheduler()
{
    m_timer.stop();
    m_pool.clear();
    m_pool.waitForDone(); // bounded: every probe has a hard deadline
}

void ProbeScheduler::setProbes(const QMap<QString, ProbeSpec> &probes)
{
    ++m_generation;
    m_probes = probes;
    m_inFlight.clear();
    m_pendingRound.clear();
    for (auto it = m_history.begin(); it != m_history.end();) {
        it = m_probes.contains(it.key()) ? std::next(it) : m_history.erase(it);
    }
}

void ProbeScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(50));
    m_timer.setInterval(m_interval);
}

void ProbeScheduler::setHistoryLimit(int limit)
{
    m_historyLimit = std::max(1, limit);
    for (auto &h : m_history) {
        if (h.size() > m_historyLimit)
            h.remove(0, h.size() - m_historyLimit);
    }
}

void ProbeScheduler::setContainerHealth(const QString &service, const ContainerHealth &health)
{
    m_containers.insert(service, health);
    if (m_probes.value(service).kind == ProbeSpec::Kind::Container)
        store(service, ContainerHealthProbe::evaluate(health));
}

void ProbeScheduler::start()
{
    probeAll();
    m_timer.start();
}

void ProbeScheduler::stop()
{
    m_timer.stop();
}

void ProbeScheduler::probeAll()
{
    m_pendingRound = QSet<QString>(m_probes.keyBegin(), m_probes.keyEnd());
    for (auto it = m_probes.cbegin(); it != m_probes.cend(); ++it)
        probe(it.key());
}

void ProbeScheduler::probe(const QString &service)
{
    const auto it = m_probes.constFind(service);
    if (it == m_probes.cend() || m_inFlight.contains(service))
        return;
    const ProbeSpec spec = *it;
    if (spec.kind == ProbeSpec::Kind::Container) {
        // Judged from the engine's data, which is cheap: no thread needed.
        const auto c = m_containers.constFind(service);
        store(service, c != m_containers.cend()
                           ? ContainerHealthProbe::evaluate(*c)
                           : ProbeResult::make(HealthState::Unknown,
                                               tr("Waiting for the container's health state from the engine.")));
        return;
    }
    m_inFlight.insert(service);
    const quint64 generation = m_generation;
    QtConcurrent::run(&m_pool, &ProbeRunner::run, spec)
        .then(this, [this, service, generation](const ProbeResult &result) {
            if (generation != m_generation)
                return; // the probe set changed while this one ran
            m_inFlight.remove(service);
            store(service, result);
        });
}

std::optional<ProbeResult> ProbeScheduler::latest(const QString &service) const
{
    const auto it = m_history.constFind(service);
    if (it == m_history.cend() || it->isEmpty())
        return std::nullopt;
    return it->constLast();
}

QMap<QString, ProbeResult> ProbeScheduler::latestAll() const
{
    QMap<QString, ProbeResult> out;
    for (auto it = m_history.cbegin(); it != m_history.cend(); ++it) {
        if (!it->isEmpty())
            out.insert(it.key(), it->constLast());
    }
    return out;
}

void ProbeScheduler::store(const QString &service, const ProbeResult &result)
{
    auto &h = m_history[service];
    h.append(result);
    if (h.size() > m_historyLimit)
        h.remove(0, h.size() - m_historyLimit);
    Q_EMIT resultReady(service, result);
    if (m_pendingRound.remove(service) && m_pendingRound.isEmpty())
        Q_EMIT roundFinished();
}

} // namespace Stackdeck
