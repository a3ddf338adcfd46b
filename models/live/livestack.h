#pragma once

#include "models/compose/servicespec.h"
#include "models/docker/engineendpoint.h"
#include "models/docker/enginestate.h"
#include "models/docker/logline.h"
#include "models/docker/stacksnapshot.h"
#include "models/health/containerhealth.h"
#include "models/health/probescheduler.h"
#include "models/health/proberesult.h"
#include "models/health/stackhealth.h"
#include "models/live/healthrow.h"
#include "models/live/livestatusderiver.h"
#include "models/live/logmodel.h"
#include "models/live/servicelivestatus.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace Stackdeck {

class EngineMonitorThread;

// One open stack for the widgets, on the GUI thread: engine snapshots, probes and logs as statuses, health rows, log tail.
class LiveStack final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString project;
        QList<ServiceSpec> services;
        std::optional<EngineEndpoint> endpoint;     // default: DOCKER_HOST, the docker context, the default socket
        std::chrono::milliseconds probeInterval{5000};
        int logCapacity = LogModel::DefaultCapacity;
        int logTail = 200;                          // lines per container at first sight
    };

    explicit LiveStack(Options options, QObject *parent = nullptr);
    ~LiveStack() override; // stops and joins the monitor thread

    void start();
    void stop();
    // Re-lists the project's containers and probes every service now.
    void resync();
    // After the files were reloaded: new probes, statuses and rows; the monitor follows the new service names.
    void setServices(const QList<ServiceSpec> &services);

    LogModel *logModel() const { return m_logModel; }
    StackSnapshotPtr snapshot() const { return m_snapshot; } // latest, null before the first
    EngineState engineState() const { return m_engine; }
    ServiceLiveStatus status(const QString &service) const;
    QHash<QString, ServiceLiveStatus> statuses() const { return m_statuses; }
    StackHealthReport report() const { return m_report; }
    QList<HealthRow> healthRows() const { return m_rows; } // one per service, in service order
    QList<ProbeResult> probeHistory(const QString &service) const;
    // Lines lost before reaching the view: the engine monitor's overflow plus the LogModel's own drops.
    qint64 droppedLogLines() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void snapshotChanged(const Stackdeck::StackSnapshotPtr &snapshot);
    void statusChanged(const QString &service, const Stackdeck::ServiceLiveStatus &status); // only when it changed
    void healthChanged(const Stackdeck::StackHealthReport &report); // healthRows() is current when emitted
    void engineStateChanged(const Stackdeck::EngineState &state);

private:
    void applyServices();
    void startMonitor();
    void retireMonitor();
    void receiveSnapshot(const StackSnapshotPtr &snapshot);
    void receiveLogLines(const QList<LogLine> &lines);
    void receiveEngineState(const EngineState &state);
    void setEngine(const EngineState &state);
    void feedContainerHealth();
    void updateProbes();
    QMap<QString, ProbeResult> freshNetworkResults() const;
    void recompute();

    Options m_options;
    LogModel *m_logModel;
    ProbeScheduler m_scheduler;
    LiveStatusDeriver m_deriver;
    QMap<QString, ProbeSpec> m_probeSpecs;    // inferred from the files
    QMap<QString, ProbeSpec> m_activeProbes;  // what the scheduler runs: network probes only for running services
    QHash<QString, QDateTime> m_networkSince; // when a service's network probe was (re)enabled
    QHash<QString, ContainerHealth> m_fedHealth;
    std::unique_ptr<EngineMonitorThread> m_monitor;
    quint64 m_generation = 0;                 // deliveries of a retired monitor are ignored
    bool m_running = false;
    StackSnapshotPtr m_snapshot;
    EngineState m_engine;
    qint64 m_monitorDropped = 0;
    qint64 m_monitorDroppedSeen = 0;
    QHash<QString, qint64> m_logShownNs;      // per container: newest line timestamp shown
    QHash<QString, qint64> m_logShownBefore;  // the same, frozen when the previous monitor retired
    QHash<QString, ServiceLiveStatus> m_statuses;
    StackHealthReport m_report;
    QList<HealthRow> m_rows;
    QTimer m_recomputeTimer;                  // coalesces a round of probe results into one update
};

} // namespace Stackdeck
