#pragma once

#include "models/health/containerhealth.h"
#include "models/health/proberesult.h"
#include "models/health/probespec.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Stackdeck {

// Runs every service's probe periodically on its own thread pool (never the GUI thread), keeps a
// bounded history per service and hands out immutable results through resultReady().
class ProbeScheduler final : public QObject
{
    Q_OBJECT
public:
    explicit ProbeScheduler(QObject *parent = nullptr);
    ~ProbeScheduler() override;

    // Replaces the probe set; results of probes still running for the old set are dropped.
    void setProbes(const QMap<QString, ProbeSpec> &probes);
    QMap<QString, ProbeSpec> probes() const { return m_probes; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    void setHistoryLimit(int limit);
    int historyLimit() const { return m_historyLimit; }
    // Feeds the engine's view of a container; services with a Container probe are judged from it.
    void setContainerHealth(const QString &service, const ContainerHealth &health);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // Probes every service now (a service whose probe is still running is skipped).
    void probeAll();
    void probe(const QString &service);

    QList<ProbeResult> history(const QString &service) const { return m_history.value(service); }
    std::optional<ProbeResult> latest(const QString &service) const;
    QMap<QString, ProbeResult> latestAll() const;
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void resultReady(const QString &service, const Stackdeck::ProbeResult &result);
    // Every service has a result from the current probe set's latest round.
    void roundFinished();

private:
    void store(const QString &service, const ProbeResult &result);

    QMap<QString, ProbeSpec> m_probes;
    QHash<QString, QList<ProbeResult>> m_history;
    QHash<QString, ContainerHealth> m_containers;
    QSet<QString> m_inFlight;
    QSet<QString> m_pendingRound;
    QThreadPool m_pool;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{10000};
    int m_historyLimit = 360; // an hour at the default interval
    quint64 m_generation = 0;
};

} // namespace Stackdeck
