#include "models/docker/enginemonitorthread.h"
#include "tst_enginehelper.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

// EngineMonitor on its worker thread against real containers: events, health, stats, logs, engine states.
class TestEngineMonitor final : public QObject
{
    Q_OBJECT

private:
    QString m_project;
    QString m_engineMissing;
    StackSnapshotPtr m_snapshot;
    int m_snapshots = 0;
    QList<LogLine> m_logs;
    QList<EngineState> m_states;

    const ContainerInfo *container(const QString &service, int number = 1) const
    {
        if (!m_snapshot)
            return nullptr;
        const ServiceSnapshot *s = m_snapshot->service(service);
        if (!s)
            return nullptr;
        for (const ContainerInfo &c : s->containers)
            if (c.containerNumber == number)
                return &c;
        return nullptr;
    }
    QString status(const QString &service) const
    {
        const ContainerInfo *c = container(service);
        return c ? c->status : u"absent"_s;
    }
    QString health(const QString &service) const
    {
        const ContainerInfo *c = container(service);
        return c ? c->health : u"absent"_s;
    }
    QStringList logTexts(const QString &service, LogLine::Stream stream) const
    {
        QStringList texts;
        for (const LogLine &line : m_logs)
            if (line.service == service && line.stream == stream)
                texts.append(line.text);
        return texts;
    }

    void watch(EngineMonitor *monitor)
    {
        monitor->onSnapshot(this, [this](const StackSnapshotPtr &snapshot) {
            QVERIFY(QThread::currentThread() == thread()); // delivered on the context's thread
            m_snapshot = snapshot;
            ++m_snapshots;
        });
        monitor->onLogLines(this, [this](const QList<LogLine> &lines) { m_logs += lines; });
        monitor->onEngineState(this, [this](const EngineState &state) { m_states.append(state); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engineMissing = H::prepareProject(u"monitor"_s, &m_project);
    }

    void cleanupTestCase()
    {
        if (m_engineMissing.isEmpty())
            H::removeProject(m_project);
    }

    void init()
    {
        m_snapshot.reset();
        m_snapshots = 0;
        m_logs.clear();
        m_states.clear();
    }

    void engineMissing()
    {
        EngineMonitor::Options options;
        options.project = u"nothing"_s;
        options.services = {u"web"_s};
        options.endpoint = EngineEndpoint::parse(u"unix:///nonexistent/stackdeck.sock"_s, u"test"_s).value();
        options.maxBackoffMs = 200;
        EngineMonitorThread worker(options);
        QSignalSpy spy(worker.monitor(), &EngineMonitor::engineStateChanged);
        watch(worker.monitor());
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_snapshot && m_snapshot->engine.kind == EngineState::Kind::SocketMissing, 5000);
        QVERIFY(!m_snapshot->engine.hint.isEmpty());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_states.size(), 1);
        // Still retrying after several back-off rounds, without repeating an unchanged state.
        QTest::qWait(800);
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_snapshot->services.size() == 1 && m_snapshot->services.first().containers.isEmpty());
    }

    void followsTheProject()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        const QStringList sleep = {u"sleep"_s, u"3600"_s};
        QVERIFY(!H::runService(m_project, u"web"_s, 1, {}, {u"sh"_s, u"-c"_s, u"echo web-up; echo web-warn >&2; sleep 3600"_s}).isEmpty());
        QVERIFY(!H::runService(m_project, u"web"_s, 2, {}, sleep).isEmpty());
        const QString db = H::runService(m_project, u"db"_s, 1, {u"--health-cmd"_s, u"test -f /tmp/ready"_s,
                                         u"--health-interval"_s, u"1s"_s, u"--health-retries"_s, u"1"_s}, sleep);
        QVERIFY(!db.isEmpty());
        QVERIFY(!H::runService(m_project, u"legacy"_s, 1, {}, sleep).isEmpty());

        EngineMonitor::Options options;
        options.project = m_project;
        options.services = {u"web"_s, u"db"_s, u"worker"_s};
        options.resyncIntervalMs = 600000; // state changes below must come from events, not polling
        EngineMonitorThread worker(options);
        watch(worker.monitor());
        worker.start();

        QTRY_VERIFY_WITH_TIMEOUT(m_snapshot && m_snapshot->engine.isConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status(u"web"_s), u"running"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(container(u"web"_s, 2) != nullptr, 10000);
        QCOMPARE(m_snapshot->orphans.size(), 1);
        QCOMPARE(m_snapshot->orphans.first().service, u"legacy"_s);
        QVERIFY(m_snapshot->service(u"worker"_s)->containers.isEmpty());

        // Logs: stdout and stderr kept apart, tagged with the service.
        QTRY_COMPARE_WITH_TIMEOUT(logTexts(u"web"_s, LogLine::Stream::Stdout), QStringList{u"web-up"_s}, 10000);
        QCOMPARE(logTexts(u"web"_s, LogLine::Stream::Stderr), QStringList{u"web-warn"_s});

        // Health transition through health_status events.
        QTRY_COMPARE_WITH_TIMEOUT(health(u"db"_s), u"unhealthy"_s, 15000);
        QVERIFY(container(u"db"_s)->failingStreak >= 1);
        QCOMPARE(H::docker({u"exec"_s, db, u"touch"_s, u"/tmp/ready"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(health(u"db"_s), u"healthy"_s, 15000);

        // Stats stream per running container and a per-service history.
        QTRY_VERIFY_WITH_TIMEOUT(m_snapshot->statsById.contains(container(u"web"_s)->id), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_snapshot->service(u"web"_s)->history->size() >= 2, 15000);
        QVERIFY(m_snapshot->service(u"web"_s)->total.pids >= 2); // two replicas, one process each at least
        QVERIFY(m_snapshot->service(u"web"_s)->total.memoryLimit > 0);

        // A new container appears (create/start), dies (die), disappears (destroy).
        const QString job = H::runService(m_project, u"worker"_s, 1, {},
                                          {u"sh"_s, u"-c"_s, u"echo working; sleep 2; exit 7"_s});
        QVERIFY(!job.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status(u"worker"_s), u"running"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logTexts(u"worker"_s, LogLine::Stream::Stdout), QStringList{u"working"_s}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status(u"worker"_s), u"exited"_s, 15000);
        QCOMPARE(container(u"worker"_s)->exitCode, 7);
        QCOMPARE(H::docker({u"rm"_s, job}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(status(u"worker"_s), u"absent"_s, 10000);

        // Snapshots are rate-limited: at most one per interval (250 ms) while stats stream in.
        const int before = m_snapshots;
        QTest::qWait(2000);
        QVERIFY2(m_snapshots - before <= 2000 / options.snapshotIntervalMs + 1, qPrintable(QString::number(m_snapshots - before)));
        QVERIFY(m_snapshots - before >= 1);
        QCOMPARE(m_snapshot->droppedLogLines, 0);
    }

    void resyncAfterMissedEvents()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        EngineMonitor::Options options;
        options.project = m_project + u"-resync"_s;
        options.services = {u"svc"_s};
        options.resyncIntervalMs = 1000;
        options.followLogs = false;
        options.collectStats = false;
        EngineMonitorThread worker(options);
        watch(worker.monitor());
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_snapshot && m_snapshot->engine.isConnected(), 10000);
        const QString id = H::runService(options.project, u"svc"_s, 1, {}, {u"sleep"_s, u"3600"_s});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status(u"svc"_s), u"running"_s, 10000);
        H::removeProject(options.project);
        QTRY_COMPARE_WITH_TIMEOUT(status(u"svc"_s), u"absent"_s, 10000);
    }
};

QTEST_GUILESS_MAIN(TestEngineMonitor)
#include "tst_enginemonitor.moc"
