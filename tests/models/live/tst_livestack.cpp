#include "models/compose/composeloader.h"
#include "models/live/livestack.h"
#include "models/live/livestatusderiver.h"
#include "tests/models/docker/tst_enginehelper.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

using S = ServiceLiveStatus::State;
using Hl = ServiceLiveStatus::Health;

// LiveStack against the real engine (a docker-compose v1 project, no stand-ins) and against a missing socket.
class TestLiveStack final : public QObject
{
    Q_OBJECT

    QString m_missing;
    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_port;
    QList<ServiceSpec> m_services;

    int compose(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"docker-compose"_s, QStringList{u"-p"_s, m_project, u"-f"_s, u"livestack.yml"_s} + args);
        if (!process.waitForStarted(10000) || !process.waitForFinished(180000))
            return -1;
        if (output)
            *output = process.readAll();
        return process.exitCode();
    }

    QString containerOf(const QString &service)
    {
        QByteArray out;
        H::docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + m_project,
                   u"--filter"_s, u"label=com.docker.compose.service="_s + service}, &out);
        return QString::fromUtf8(out.trimmed()).section(u'\n', 0, 0);
    }

    static int countLines(const LogModel *model, const QString &service, LogLevel level, const QString &prefix,
                          LogStream stream)
    {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const LogRecord &r = model->line(row);
            if (r.service == service && r.level == level && r.stream == stream && r.text.startsWith(prefix))
                ++n;
        }
        return n;
    }

    // Every line of `service` once: a restarted monitor re-reads container tails.
    static QString firstDuplicate(const LogModel *model, const QString &service)
    {
        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row) {
            const LogRecord &r = model->line(row);
            if (r.service != service)
                continue;
            const QString key = QString::number(int(r.stream)) + r.text;
            if (seen.contains(key))
                return r.text;
            seen.insert(key);
        }
        return {};
    }

    static const HealthRow *row(const QList<HealthRow> &rows, const QString &service)
    {
        for (const HealthRow &r : rows)
            if (r.service == service)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_missing = H::engineMissing();
        if (m_missing.isEmpty() && !QFile::exists(u"/usr/bin/docker-compose"_s))
            m_missing = u"docker-compose (v1) is not installed at /usr/bin/docker-compose"_s;
        if (!m_missing.isEmpty())
            return;
        m_missing = H::prepareProject(u"live"_s, &m_project);
        if (!m_missing.isEmpty())
            return;
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::copy(QStringLiteral(STACKDECK_TEST_DATA "/live/livestack.yml"), m_dir.filePath(u"livestack.yml"_s)));
        // A free loopback port for db, known to both docker-compose and the compose loader.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = QByteArray::number(probe.serverPort());
        probe.close();
        qputenv("STACKDECK_TEST_LIVE_PORT", m_port);
        ComposeLoadOptions options;
        options.files = {m_dir.filePath(u"livestack.yml"_s)};
        options.projectName = m_project;
        Result<ComposeProject> project = ComposeLoader::load(options);
        QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().toString()));
        m_services = project->services;
        QCOMPARE(m_services.size(), 2);
    }

    void cleanupTestCase()
    {
        if (!m_missing.isEmpty() || m_project.isEmpty())
            return;
        compose({u"down"_s, u"-v"_s, u"-t"_s, u"1"_s, u"--remove-orphans"_s});
        H::removeProject(m_project);
    }

    void engineMissing()
    {
        QList<ServiceSpec> services = m_services;
        if (services.isEmpty()) { // no engine here: the same two services, hand-made
            ServiceSpec db;
            db.name = u"db"_s;
            ServiceSpec app;
            app.name = u"app"_s;
            app.dependsOn.append(Dependency{u"db"_s, u"service_healthy"_s, true, false, {}});
            services = {db, app};
        }
        LiveStack::Options options;
        options.project = u"stackdeck-live-nowhere"_s;
        options.services = services;
        options.endpoint = EngineEndpoint::parse(u"unix:///nonexistent/stackdeck-live.sock"_s, u"test"_s).value();
        options.probeInterval = std::chrono::milliseconds(200);
        LiveStack stack(options);
        QAbstractItemModelTester tester(stack.logModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy engineSpy(&stack, &LiveStack::engineStateChanged);
        QSignalSpy statusSpy(&stack, &LiveStack::statusChanged);

        // Before anything is known: not created, with what to do.
        QCOMPARE(stack.status(u"db"_s).state, S::NotCreated);
        QCOMPARE(stack.status(u"db"_s).reason, LiveStatusDeriver::notCreatedReason());
        QCOMPARE(stack.healthRows().size(), 2);
        QVERIFY(!stack.snapshot());

        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(stack.engineState().kind, EngineState::Kind::SocketMissing, 10000);
        QVERIFY(engineSpy.count() >= 1);
        QCOMPARE(engineSpy.last().at(0).value<EngineState>().kind, EngineState::Kind::SocketMissing);
        for (const ServiceSpec &s : std::as_const(services)) {
            const ServiceLiveStatus status = stack.status(s.name);
            QCOMPARE(status.state, S::EngineUnavailable);
            QVERIFY2(status.reason.contains(u"/nonexistent/stackdeck-live.sock"_s), qPrintable(status.reason));
            QVERIFY2(status.reason.contains(u"Start Docker"_s), qPrintable(status.reason)); // the hint
            QVERIFY(status.cause.isEmpty());
        }
        QVERIFY(statusSpy.count() >= services.size());
        const QList<HealthRow> rows = stack.healthRows();
        QCOMPARE(rows.size(), services.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).service, services.at(i).name); // service order
            QCOMPARE(rows.at(i).state, HealthState::Unknown);
            QVERIFY(!rows.at(i).message.isEmpty());
        }
        // Keeps working: resync, reload, stop and start again, all without an engine.
        stack.resync();
        stack.setServices(services.mid(0, 1));
        QCOMPARE(stack.statuses().size(), 1);
        QCOMPARE(stack.healthRows().size(), 1);
        stack.stop();
        stack.setServices(services);
        stack.start();
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(services.last().name).state, S::EngineUnavailable, 10000);
        QTest::qWait(300);
        QCOMPARE(stack.logModel()->rowCount(), 0);
        QVERIFY(!stack.report().summary.isEmpty());
    }

    void followsTheStack()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        LiveStack::Options options;
        options.project = m_project;
        options.services = m_services;
        options.probeInterval = std::chrono::milliseconds(500);
        options.logTail = 50;
        LiveStack stack(options);
        QAbstractItemModelTester tester(stack.logModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy statusSpy(&stack, &LiveStack::statusChanged);
        QSignalSpy snapshotSpy(&stack, &LiveStack::snapshotChanged);
        int inconsistent = 0;
        int healthSignals = 0;
        connect(&stack, &LiveStack::healthChanged, this, [&](const StackHealthReport &report) {
            ++healthSignals;
            // healthRows() is current when the signal arrives: each row agrees with the report it carries.
            for (const HealthRow &r : stack.healthRows()) {
                const ServiceHealth *sh = report.find(r.service);
                if (!sh || sh->result.state != r.state)
                    ++inconsistent;
            }
        });

        stack.start();
        QTRY_VERIFY_WITH_TIMEOUT(stack.engineState().isConnected(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(stack.snapshot() && stack.snapshot()->engine.isConnected(), 15000);
        QCOMPARE(stack.status(u"db"_s).state, S::NotCreated);
        QCOMPARE(stack.status(u"app"_s).state, S::NotCreated);
        QVERIFY(!stack.status(u"app"_s).reason.isEmpty());

        QByteArray output;
        QVERIFY2(compose({u"up"_s, u"-d"_s}, &output) == 0, output.constData());

        // Statuses: both running, db healthy by its HEALTHCHECK and the HTTP probe, app without any probe.
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"db"_s).state, S::Running, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"db"_s).health, Hl::Healthy, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"app"_s).state, S::Running, 30000);
        const ServiceLiveStatus app = stack.status(u"app"_s);
        QCOMPARE(app.health, Hl::None);
        QCOMPARE(app.replicasRunning, 1);
        QCOMPARE(app.replicasWanted, 1);
        QCOMPARE(app.memoryLimit.value_or(0), qint64(32) * 1024 * 1024);
        QVERIFY(app.reason.isEmpty());
        QVERIFY(app.cause.isEmpty());
        QVERIFY(!stack.status(u"db"_s).memoryLimit);
        QTRY_VERIFY_WITH_TIMEOUT(stack.status(u"app"_s).memoryUsed.value_or(0) > 0, 20000);
        QVERIFY(stack.status(u"app"_s).cpuPercent.has_value());
        // statusChanged carried what status() says now.
        QVERIFY(statusSpy.count() >= 4);
        for (int i = statusSpy.count() - 1; i >= 0; --i) {
            if (statusSpy.at(i).at(0).toString() == u"db"_s) {
                QCOMPARE(statusSpy.at(i).at(1).value<ServiceLiveStatus>(), stack.status(u"db"_s));
                break;
            }
        }
        QVERIFY(snapshotSpy.count() >= 1);
        QVERIFY(snapshotSpy.last().at(0).value<StackSnapshotPtr>() == stack.snapshot());

        // Health rows: one per service in file order; db is probed over HTTP on its published port.
        QList<HealthRow> rows = stack.healthRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).service, u"db"_s);
        QCOMPARE(rows.at(1).service, u"app"_s);
        QCOMPARE(rows.at(0).kind, u"http 127.0.0.1:"_s + QString::fromLatin1(m_port) + u'/');
        QCOMPARE(rows.at(1).kind, u"none"_s);
        QTRY_COMPARE_WITH_TIMEOUT(row(stack.healthRows(), u"db"_s)->state, HealthState::Healthy, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!stack.probeHistory(u"db"_s).isEmpty()
                                     && stack.probeHistory(u"db"_s).constLast().state == HealthState::Healthy
                                     && stack.probeHistory(u"db"_s).constLast().detail(u"container"_s).isEmpty(),
                                 20000); // a network result (container verdicts carry a "container" detail)
        QCOMPARE(stack.report().find(u"db"_s)->result.state, HealthState::Healthy);
        QVERIFY(healthSignals > 0);
        const QDateTime healthySince = row(stack.healthRows(), u"db"_s)->since;
        QVERIFY(healthySince.isValid());

        // Logs: tagged with the service, stream and level (stdout INFO, stderr ERROR).
        LogModel *logs = stack.logModel();
        QTRY_VERIFY_WITH_TIMEOUT(countLines(logs, u"app"_s, LogLevel::Error, u"ERROR boom"_s, LogStream::Stderr) >= 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(countLines(logs, u"app"_s, LogLevel::Info, u"INFO tick"_s, LogStream::Stdout) >= 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(countLines(logs, u"db"_s, LogLevel::Info, u"INFO db listening"_s, LogStream::Stdout), 1, 20000);
        QCOMPARE(countLines(logs, u"db"_s, LogLevel::Error, QString(), LogStream::Stderr), 0);
        QCOMPARE(stack.droppedLogLines(), 0);

        // Reloaded files with one more service: the monitor restarts and re-reads tails; no line shows twice.
        QList<ServiceSpec> reloaded = m_services;
        ServiceSpec extra = m_services.at(1);
        extra.name = u"extra"_s;
        extra.dependsOn.clear();
        reloaded.append(extra);
        stack.setServices(reloaded);
        QCOMPARE(stack.status(u"extra"_s).state, S::NotCreated);
        QCOMPARE(stack.healthRows().size(), 3);
        const int before = logs->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(logs->rowCount() >= before + 4, 20000); // new lines keep arriving
        QTest::qWait(1000);
        QVERIFY2(firstDuplicate(logs, u"app"_s).isEmpty(), qPrintable(firstDuplicate(logs, u"app"_s)));
        QCOMPARE(countLines(logs, u"db"_s, LogLevel::Info, u"INFO db listening"_s, LogStream::Stdout), 1);
        QCOMPARE(stack.status(u"app"_s).state, S::Running);
        QCOMPARE(stack.status(u"extra"_s).state, S::NotCreated);
        stack.setServices(m_services);

        // db stops: it goes Exited (network probing stops, its row says why) and app learns the cause.
        const QString db = containerOf(u"db"_s);
        QVERIFY(!db.isEmpty());
        QCOMPARE(H::docker({u"stop"_s, u"-t"_s, u"1"_s, db}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"db"_s).state, S::Exited, 20000);
        QVERIFY2(stack.status(u"db"_s).reason.contains(u"Exited with code"_s), qPrintable(stack.status(u"db"_s).reason));
        QCOMPARE(stack.status(u"db"_s).replicasRunning, 0);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"app"_s).cause, u"db is down"_s, 10000);
        QCOMPARE(stack.status(u"app"_s).state, S::Running);
        QTRY_COMPARE_WITH_TIMEOUT(row(stack.healthRows(), u"db"_s)->state, HealthState::Down, 10000);
        QVERIFY(row(stack.healthRows(), u"db"_s)->since > healthySince);
        QVERIFY2(row(stack.healthRows(), u"db"_s)->message.contains(u"not running"_s),
                 qPrintable(row(stack.healthRows(), u"db"_s)->message));
        QVERIFY2(row(stack.healthRows(), u"app"_s)->cause.contains(u"db"_s), qPrintable(row(stack.healthRows(), u"app"_s)->cause));
        QTRY_VERIFY_WITH_TIMEOUT(!stack.probeHistory(u"db"_s).isEmpty()
                                 && stack.probeHistory(u"db"_s).constLast().detail(u"container"_s) == u"exited"_s, 10000);
        const int results = int(stack.probeHistory(u"db"_s).size());
        QTest::qWait(1500); // three probe intervals: only container verdicts, no HTTP probe of a closed port
        const QList<ProbeResult> later = stack.probeHistory(u"db"_s);
        QVERIFY(later.size() > results);
        for (qsizetype i = results; i < later.size(); ++i)
            QCOMPARE(later.at(i).detail(u"container"_s), u"exited"_s);
        QCOMPARE(stack.report().find(u"db"_s)->result.state, HealthState::Down);

        // Back again: running and healthy, the cause gone, HTTP probing resumed.
        QCOMPARE(H::docker({u"start"_s, db}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"db"_s).state, S::Running, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.status(u"db"_s).health, Hl::Healthy, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(stack.status(u"app"_s).cause.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!stack.probeHistory(u"db"_s).isEmpty()
                                 && stack.probeHistory(u"db"_s).constLast().detail(u"container"_s).isEmpty(), 10000);
        QCOMPARE(inconsistent, 0);

        stack.stop();
        QVERIFY(!stack.isRunning());
        QCOMPARE(stack.status(u"db"_s).state, S::Running); // the last known picture stays
    }
};

QTEST_GUILESS_MAIN(TestLiveStack)
#include "tst_livestack.moc"
