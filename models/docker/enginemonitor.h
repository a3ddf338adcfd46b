#pragma once

#include "models/docker/engineclient.h"
#include "models/docker/engineendpoint.h"
#include "models/docker/engineevent.h"
#include "models/docker/enginestate.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/jsonlinesplitter.h"
#include "models/docker/logcursor.h"
#include "models/docker/logline.h"
#include "models/docker/stacksnapshot.h"
#include "models/docker/statshistory.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Stackdeck {

// Watches one compose project on the engine from a worker thread: events, stats and log streams, snapshots out.
class EngineMonitor final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString project;
        QStringList services;                  // the model's services; others are orphans
        std::optional<EngineEndpoint> endpoint; // default: EngineEndpoint::resolve()
        int snapshotIntervalMs = 250;          // at most this often
        int resyncIntervalMs = 30000;          // slow full list+inspect covering missed events
        int logTail = 200;                     // lines per container at first sight (-1 = all)
        bool followLogs = true;
        bool collectStats = true;
        int maxPendingLogLines = 20000;        // per batch; more are dropped and counted
        int maxBackoffMs = 8000;
    };

    explicit EngineMonitor(Options options, QObject *parent = nullptr);
    ~EngineMonitor() override;

    static void registerMetaTypes();

    // GUI-side API: `fn` runs on `context`'s thread and stops when `context` is destroyed.
    QMetaObject::Connection onSnapshot(QObject *context, std::function<void(const StackSnapshotPtr &)> fn);
    QMetaObject::Connection onLogLines(QObject *context, std::function<void(const QList<LogLine> &)> fn);
    QMetaObject::Connection onEngineState(QObject *context, std::function<void(const EngineState &)> fn);

public Q_SLOTS:
    void start();   // call on the monitor's thread (queued)
    void stop();
    void resync();

Q_SIGNALS:
    void snapshotReady(const Stackdeck::StackSnapshotPtr &snapshot);
    void logLinesReady(const QList<Stackdeck::LogLine> &lines);
    void engineStateChanged(const Stackdeck::EngineState &state);

private:
    struct Tracked
    {
        ContainerInfo info;
        int statsStream = 0;
        int logStream = 0;
        bool logsDone = false; // logs read to the end of a stopped container
        LogCursor cursor;
        std::unique_ptr<LogDemuxer> demuxer;
        JsonLineSplitter statsSplitter;
        std::optional<ContainerStats> latest;
    };

    void connectEngine();
    void engineLost(const EngineState &why);
    void checkEngine();
    void setState(const EngineState &state);
    void openEvents();
    void handleEvent(const EngineEvent &event);
    void refresh(const QString &id);
    void track(const ContainerInfo &info);
    void forget(const QString &id);
    void ensureStreams(const QString &id);
    void openStats(const QString &id);
    void openLogs(const QString &id);
    void deliverLogLines(Tracked &tracked, const QList<LogDemuxer::RawLine> &raw);
    void pump();
    void tickHistory();
    void publish();

    Options m_options;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<EngineStreamPool> m_pool;
    EngineState m_state;
    bool m_running = false;
    bool m_dirty = true;
    bool m_firstSync = true;
    int m_backoffMs = 250;
    int m_eventStream = 0;
    qint64 m_lastEventNs = 0;
    JsonLineSplitter m_eventSplitter;
    std::map<QString, Tracked> m_containers;
    QHash<QString, std::shared_ptr<StatsHistory>> m_history;
    QHash<QString, std::shared_ptr<const StatsHistory>> m_historyCopies;
    QList<LogLine> m_pendingLogs;
    QList<EngineEvent> m_pendingEvents;
    qint64 m_droppedLogLines = 0;
    quint64 m_sequence = 0;
    QTimer m_pumpTimer;
    QTimer m_snapshotTimer;
    QTimer m_historyTimer;
    QTimer m_resyncTimer;
    QTimer m_reconnectTimer;
};

} // namespace Stackdeck
