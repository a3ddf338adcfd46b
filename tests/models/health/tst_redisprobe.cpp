// Redis PING probe against a real redis-server started by the test on a free loopback port:
// PONG, NOAUTH (password required), wrong password, BUSY (a script hogging the server),
// a server that stops answering (DEBUG SLEEP) and LOADING (restart with a slow dataset load).
#include "models/health/proberunner.h"
#include "models/health/redisprobe.h"

#include "testservers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Stackdeck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Stackdeck::HealthState)

class TestRedisProbe final : public QObject
{
    Q_OBJECT

private:
    // Sends one command on its own connection and returns the first reply line ("" on timeout).
    QByteArray command(const QList<QByteArray> &args, const QByteArray &password = {}, bool wait = true)
    {
        auto owned = std::make_unique<QTcpSocket>();
        QTcpSocket &socket = *owned;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (!socket.waitForConnected(2000))
            return {};
        auto encode = [](const QList<QByteArray> &a) {
            QByteArray out = '*' + QByteArray::number(a.size()) + "\r\n";
            for (const auto &x : a)
                out += '$' + QByteArray::number(x.size()) + "\r\n" + x + "\r\n";
            return out;
        };
        if (!password.isEmpty())
            socket.write(encode({"AUTH", password}));
        socket.write(encode(args));
        socket.flush();
        if (!wait) {
            socket.waitForBytesWritten(1000);
            m_hogs.push_back(std::move(owned)); // stays connected while the server is busy with it
            return {};
        }
        QByteArray reply;
        const int lines = password.isEmpty() ? 1 : 2;
        QElapsedTimer clock;
        clock.start();
        while (reply.count("\r\n") < lines && clock.elapsed() < 5000) {
            socket.waitForReadyRead(200);
            reply += socket.readAll();
        }
        return reply.split('\n').value(lines - 1).trimmed();
    }

    bool startServer(const QStringList &extra)
    {
        m_server.stop();
        const QStringList args = QStringList{QStringLiteral("--port"), QString::number(m_port),
                                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                             QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"), QStringLiteral("no"),
                                             QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--daemonize"), QStringLiteral("no"),
                                             QStringLiteral("--enable-debug-command"), QStringLiteral("yes")}
                                 + extra;
        return m_server.start(m_redis, args) && TestServers::waitForPort(m_port, 20000);
    }

    ProbeSpec spec() const
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Redis;
        s.port = m_port;
        s.deadline = 1500ms;
        return s;
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QTcpSocket>> m_hogs;
    TestServers::ServerProcess m_server;
    QString m_redis;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_redis = TestServers::findProgram({QStringLiteral("redis-server")});
        if (m_redis.isEmpty())
            QSKIP("redis-server is missing (Debian package redis-server)");
        QVERIFY(m_dir.isValid());
        m_port = TestServers::freePort();
        QVERIFY2(startServer({}), m_server.output().constData());
    }

    void cleanupTestCase()
    {
        m_hogs.clear();
        m_server.stop();
    }

    void pong()
    {
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Healthy);
        QCOMPARE(r.message, QStringLiteral("Answers PING with PONG."));
        QCOMPARE(r.detail(QStringLiteral("reply")), QStringLiteral("+PONG"));
    }

    void passwords()
    {
        QCOMPARE(command({"CONFIG", "SET", "requirepass", "s3cret"}), QByteArray("+OK"));
        ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Healthy);
        QCOMPARE(r.detail(QStringLiteral("auth")), QStringLiteral("required"));
        QVERIFY2(r.message.contains(u"needs a password"), qPrintable(r.message));

        ProbeSpec withPassword = spec();
        withPassword.password = QStringLiteral("s3cret");
        r = ProbeRunner::run(withPassword);
        QCOMPARE(r.state, HealthState::Healthy);
        QCOMPARE(r.detail(QStringLiteral("reply")), QStringLiteral("+PONG"));

        withPassword.password = QStringLiteral("wrong");
        r = ProbeRunner::run(withPassword);
        QCOMPARE(r.state, HealthState::Degraded);
        QVERIFY2(r.message.contains(u"rejected the probe's password"), qPrintable(r.message));
        QCOMPARE(command({"CONFIG", "SET", "requirepass", ""}, "s3cret"), QByteArray("+OK"));
    }

    void busyScript()
    {
        QCOMPARE(command({"CONFIG", "SET", "busy-reply-threshold", "100"}), QByteArray("+OK"));
        command({"EVAL", "while true do end", "0"}, {}, false); // hogs the server until SCRIPT KILL
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Unhealthy, 5000);
        const ProbeResult r = ProbeRunner::run(spec());
        QVERIFY2(r.message.contains(u"Busy running a script"), qPrintable(r.message));
        QCOMPARE(command({"SCRIPT", "KILL"}), QByteArray("+OK")); // QTRY would send it twice
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Healthy, 5000);
    }

    void stopsAnswering()
    {
        command({"DEBUG", "SLEEP", "3"}, {}, false);
        QElapsedTimer clock;
        clock.start();
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"no answer to PING within 1.5 s"), qPrintable(r.message));
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Healthy, 6000);
    }

    void loadingAfterRestart()
    {
        QCOMPARE(command({"DEBUG", "POPULATE", "20000"}), QByteArray("+OK"));
        QCOMPARE(command({"SAVE"}), QByteArray("+OK"));
        // key-load-delay (µs per key) makes the load last ~4 s and answer -LOADING meanwhile.
        if (!startServer({QStringLiteral("--key-load-delay"), QStringLiteral("200"),
                          QStringLiteral("--loading-process-events-interval-bytes"), QStringLiteral("1024")}))
            QSKIP("this redis-server has no key-load-delay setting to slow down loading");
        QTRY_VERIFY_WITH_TIMEOUT(ProbeRunner::run(spec()).state != HealthState::Down, 5000);
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"loading its dataset"), qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Healthy, 30000);
    }

    void replies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("pong") << QByteArray("+PONG\r\n") << HealthState::Healthy << "PONG";
        QTest::newRow("pong-no-crlf") << QByteArray("+PONG") << HealthState::Healthy << "PONG";
        QTest::newRow("loading") << QByteArray("-LOADING Redis is loading the dataset in memory\r\n")
                                 << HealthState::Unhealthy << "loading its dataset";
        QTest::newRow("noauth") << QByteArray("-NOAUTH Authentication required.\r\n") << HealthState::Healthy
                                << "needs a password";
        QTest::newRow("wrongpass") << QByteArray("-WRONGPASS invalid username-password pair\r\n")
                                   << HealthState::Degraded << "rejected";
        QTest::newRow("masterdown") << QByteArray("-MASTERDOWN Link with MASTER is down\r\n")
                                    << HealthState::Degraded << "lost its link";
        QTest::newRow("other-error") << QByteArray("-ERR unknown command\r\n") << HealthState::Unhealthy
                                     << "ERR unknown command";
        QTest::newRow("closed") << QByteArray() << HealthState::Unhealthy << "without answering";
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << HealthState::Unhealthy
                              << "Not a Redis reply";
        QTest::newRow("binary") << QByteArray("\x00\xff\x01junk", 7) << HealthState::Unhealthy << "???junk";
    }

    void replies()
    {
        QFETCH(QByteArray, reply);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        const ProbeResult r = RedisProbe::interpretReply(reply);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestRedisProbe)
#include "tst_redisprobe.moc"
