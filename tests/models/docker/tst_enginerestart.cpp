#include "models/docker/enginemonitorthread.h"
#include "tst_enginehelper.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

// Integration: dockerd is killed and started again while logs are followed; no line may be lost or doubled.
// It runs a private dockerd (own socket, data root and bridge) so the shared engine of other tests never stops.
class TestEngineRestart final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/sd-restart-XXXXXX"_s};
    QString m_bridge;
    QString m_socket;
    QProcess m_daemon;
    QString m_missing;
    QList<LogLine> m_logs;
    EngineState m_state;

    static int run(const QString &program, const QStringList &args)
    {
        QProcess process;
        process.start(program, args);
        if (!process.waitForFinished(30000))
            return -1;
        return process.exitCode();
    }

    // The killed daemon's containerd may linger; a new dockerd would wait on it, so end it by its pid.
    void reapContainerd()
    {
        QFile pidFile(m_dir.filePath(u"exec/containerd/containerd.pid"_s));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
        pidFile.close();
        const auto alive = [pid] {
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
        };
        for (int i = 0; pid > 0 && alive() && i < 30; ++i)
            QTest::qWait(100);
        if (pid > 0 && alive())
            ::kill(pid, SIGKILL);
        pidFile.remove();
    }

    bool startDaemon()
    {
        QFile::remove(m_dir.filePath(u"docker.pid"_s)); // left behind by a killed daemon
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.setStandardOutputFile(m_dir.filePath(u"dockerd.log"_s), QIODevice::Append);
        m_daemon.start(u"dockerd"_s, {u"--data-root"_s, m_dir.filePath(u"data"_s), u"--exec-root"_s, m_dir.filePath(u"exec"_s),
                                      u"--pidfile"_s, m_dir.filePath(u"docker.pid"_s), u"-H"_s, u"unix://"_s + m_socket,
                                      u"--storage-driver"_s, u"vfs"_s, u"--bridge"_s, m_bridge,
                                      u"--iptables=false"_s, u"--ip-masq=false"_s});
        if (!m_daemon.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            if (H::docker({u"version"_s}, nullptr, 5000) == 0)
                return true;
            if (m_daemon.state() == QProcess::NotRunning)
                break;
            QTest::qWait(300);
        }
        QFile log(m_dir.filePath(u"dockerd.log"_s));
        if (log.open(QIODevice::ReadOnly))
            qWarning("dockerd did not come up:\n%s", log.readAll().right(3000).constData());
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            m_missing = u"needs root to run a private dockerd"_s;
        else if (QStandardPaths::findExecutable(u"dockerd"_s).isEmpty() || QStandardPaths::findExecutable(u"ip"_s).isEmpty())
            m_missing = u"needs dockerd and ip (docker.io, iproute2)"_s;
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("STACKDECK_KEEP_TEST_DIRS"));
        // A bridge of our own: `--bridge none` would make dockerd delete the shared docker0.
        m_bridge = u"sdrst%1"_s.arg(QCoreApplication::applicationPid() % 100000);
        const QString subnet = u"10.213.%1.1/24"_s.arg(QRandomGenerator::global()->bounded(1, 250));
        QCOMPARE(run(u"ip"_s, {u"link"_s, u"add"_s, u"name"_s, m_bridge, u"type"_s, u"bridge"_s}), 0);
        QCOMPARE(run(u"ip"_s, {u"addr"_s, u"add"_s, subnet, u"dev"_s, m_bridge}), 0);
        QCOMPARE(run(u"ip"_s, {u"link"_s, u"set"_s, m_bridge, u"up"_s}), 0);
        m_socket = m_dir.filePath(u"docker.sock"_s);
        qputenv("DOCKER_HOST", QByteArray("unix://" + QFile::encodeName(m_socket)));
        QVERIFY2(startDaemon(), "private dockerd did not come up; see its log in the temporary directory");
        const QString image = H::ensureImage();
        QVERIFY2(image.isEmpty(), qPrintable(image));
    }

    void cleanupTestCase()
    {
        if (!m_missing.isEmpty())
            return;
        if (m_daemon.state() != QProcess::NotRunning) {
            QByteArray ids;
            H::docker({u"ps"_s, u"-aq"_s}, &ids);
            for (const QByteArray &id : ids.split('\n'))
                if (!id.trimmed().isEmpty())
                    H::docker({u"rm"_s, u"-f"_s, QString::fromLatin1(id.trimmed())});
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(20000)) {
                m_daemon.kill();
                m_daemon.waitForFinished();
            }
        }
        ::umount2(QFile::encodeName(m_dir.filePath(u"data"_s)).constData(), MNT_DETACH);
        if (!m_bridge.isEmpty())
            run(u"ip"_s, {u"link"_s, u"del"_s, m_bridge});
        qunsetenv("DOCKER_HOST");
    }

    void restartMidFollow()
    {
        const QString project = H::uniqueProject(u"restart"_s);
        const QString id = H::runService(project, u"ticker"_s, 1, {u"--network"_s, u"none"_s, u"--restart"_s, u"always"_s},
            {u"sh"_s, u"-c"_s, u"i=0; while :; do i=$((i+1)); echo tick$i; echo tock$i >&2; usleep 50000; done"_s});
        QVERIFY(!id.isEmpty());

        EngineMonitor::Options options;
        options.project = project;
        options.services = {u"ticker"_s};
        options.endpoint = EngineEndpoint::parse(u"unix://"_s + m_socket, u"test"_s).value();
        options.maxBackoffMs = 500;
        options.collectStats = false;
        EngineMonitorThread worker(options);
        worker.monitor()->onLogLines(this, [this](const QList<LogLine> &lines) { m_logs += lines; });
        worker.monitor()->onEngineState(this, [this](const EngineState &state) { m_state = state; });
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_logs.size() >= 40, 20000);

        // Kill the engine mid-follow, wait a little, start it again.
        m_daemon.kill();
        QVERIFY(m_daemon.waitForFinished(10000));
        reapContainerd();
        QTRY_COMPARE_WITH_TIMEOUT(m_state.kind, EngineState::Kind::Reconnecting, 10000);
        qInfo("while down: %s", qPrintable(m_state.message));
        const qsizetype beforeRestart = m_logs.size();
        QTest::qWait(1000);
        QVERIFY(startDaemon());
        QTRY_COMPARE_WITH_TIMEOUT(m_state.kind, EngineState::Kind::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_logs.size() >= beforeRestart + 40, 30000);

        // Stop the ticker so its log is final, then compare with what the engine itself has.
        QCOMPARE(H::docker({u"stop"_s, u"-t"_s, u"1"_s, id}), 0);
        QProcess logs;
        logs.start(u"docker"_s, {u"logs"_s, u"-t"_s, id});
        QVERIFY(logs.waitForFinished(30000));
        const QList<QByteArray> truth = QByteArray(logs.readAllStandardOutput() + logs.readAllStandardError()).split('\n');
        QStringList expected;
        for (const QByteArray &line : truth)
            if (!line.isEmpty())
                expected.append(QString::fromUtf8(line));
        // `docker logs` prints stdout then stderr separately; order both sides the same way.
        std::sort(expected.begin(), expected.end());
        QTRY_VERIFY_WITH_TIMEOUT(m_logs.size() >= expected.size(), 15000);
        QTest::qWait(500);
        QStringList got;
        QSet<QString> seen;
        int duplicates = 0;
        for (const LogLine &line : std::as_const(m_logs)) {
            const QString full = QString::fromLatin1(LogLine::formatTimestamp(line.timestampNs)) + u' ' + line.text;
            if (seen.contains(full))
                ++duplicates;
            seen.insert(full);
            got.append(full);
        }
        std::sort(got.begin(), got.end());
        qInfo("%lld lines followed across the restart, %lld in the engine's log", qlonglong(got.size()), qlonglong(expected.size()));
        QCOMPARE(duplicates, 0);
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        QVERIFY(expected.size() > beforeRestart);
    }
};

QTEST_GUILESS_MAIN(TestEngineRestart)
#include "tst_enginerestart.moc"
