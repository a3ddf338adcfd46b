// PostgreSQL readiness probe against a real PostgreSQL 15 started by the test in a temp dir
// (initdb + pg_ctl as the postgres user, TCP on a free loopback port, socket dir in the temp dir).
#include "models/health/postgresprobe.h"
#include "models/health/proberunner.h"

#include "testservers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace Stackdeck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Stackdeck::HealthState)
Q_DECLARE_METATYPE(Stackdeck::PostgresProbe::Ping)

class TestPostgresProbe final : public QObject
{
    Q_OBJECT

private:
    QString pgBin(const QString &tool) const { return m_bin + u'/' + tool; }

    // Runs a PostgreSQL tool as the postgres user (the server refuses to run as root).
    bool asPostgres(const QString &tool, const QStringList &args, QByteArray *out, int timeoutMs = 60000)
    {
        if (::getuid() != 0)
            return TestServers::runToEnd(pgBin(tool), args, out, timeoutMs);
        return TestServers::runToEnd(m_runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                            QStringLiteral("--"), pgBin(tool)} + args,
                                     out, timeoutMs);
    }

    ProbeSpec spec() const
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Postgres;
        s.port = m_port;
        s.deadline = 3s;
        return s;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/stackdeck-pg-XXXXXX")};
    QString m_bin, m_runuser, m_data;
    int m_port = 0;
    bool m_running = false;

private Q_SLOTS:
    void initTestCase()
    {
        const QString pgCtl = TestServers::findProgram({QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                                        QStringLiteral("/usr/lib/postgresql/16/bin/pg_ctl"),
                                                        QStringLiteral("/usr/lib/postgresql/17/bin/pg_ctl")});
        if (pgCtl.isEmpty())
            QSKIP("PostgreSQL server binaries are missing (Debian package postgresql)");
        m_bin = QFileInfo(pgCtl).absolutePath();
        m_runuser = TestServers::findProgram({QStringLiteral("runuser")});
        if (::getuid() == 0 && m_runuser.isEmpty())
            QSKIP("running as root without runuser: cannot start PostgreSQL as the postgres user");
        QVERIFY(m_dir.isValid());
        m_data = m_dir.path() + QStringLiteral("/data");
        if (::getuid() == 0)
            QVERIFY2(TestServers::chownTree(m_dir.path(), QStringLiteral("postgres")), "chown to postgres failed");
        QByteArray out;
        QVERIFY2(asPostgres(QStringLiteral("initdb"), {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"),
                                                       QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync")},
                            &out, 120000),
                 out.constData());
        m_port = TestServers::freePort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                    .arg(m_port).arg(m_dir.path());
        QVERIFY2(asPostgres(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                                                       QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"),
                                                       QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                                       QStringLiteral("start")},
                            &out, 90000),
                 out.constData());
        m_running = true;
    }

    void cleanupTestCase()
    {
        if (m_running || QFile::exists(m_data + QStringLiteral("/postmaster.pid"))) {
            QByteArray out;
            asPostgres(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                                                  QStringLiteral("-w"), QStringLiteral("stop")}, &out);
        }
    }

    void acceptingOverTcp()
    {
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Healthy);
        QCOMPARE(r.message, QStringLiteral("Accepting connections."));
        QCOMPARE(r.detail(QStringLiteral("ping")), QStringLiteral("OK"));
    }

    void acceptingOverUnixSocket()
    {
        ProbeSpec s = spec();
        s.host = m_dir.path(); // a directory: libpq uses the socket in it
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Healthy);
    }

    void unknownDatabaseStillCountsAsUp()
    {
        // pg_isready semantics: the server answered, so it is up even if the database is missing.
        ProbeSpec s = spec();
        s.database = QStringLiteral("no_such_database");
        QCOMPARE(ProbeRunner::run(s).state, HealthState::Healthy);
    }

    void invalidPortIsNoAttempt()
    {
        ProbeSpec s = spec();
        s.port = 70000;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Unknown);
        QCOMPARE(r.detail(QStringLiteral("ping")), QStringLiteral("NO_ATTEMPT"));
    }

    // Smart shutdown with a session open: the server refuses new connections until the session ends.
    void shuttingDownIsRejected()
    {
        const QByteArray conninfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres")
                                        .arg(m_port).toUtf8();
        PGconn *session = PQconnectdb(conninfo.constData());
        QVERIFY2(PQstatus(session) == CONNECTION_OK, PQerrorMessage(session));
        QByteArray out;
        QVERIFY2(asPostgres(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("smart"),
                                                       QStringLiteral("-W"), QStringLiteral("stop")}, &out),
                 out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Unhealthy, 10000);
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.detail(QStringLiteral("ping")), QStringLiteral("REJECT"));
        QVERIFY2(r.message.contains(u"shutting down"), qPrintable(r.message));
        PQfinish(session); // the smart shutdown can now finish
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Down, 20000);
        const ProbeResult down = ProbeRunner::run(spec());
        QCOMPARE(down.detail(QStringLiteral("ping")), QStringLiteral("NO_RESPONSE"));
        QVERIFY2(down.message.contains(u"nothing is listening"), qPrintable(down.message));
        // Let the postmaster finish its exit before the temp dir goes away.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(m_data + QStringLiteral("/postmaster.pid")), 20000);
        m_running = false;
    }

    void pingMapping_data()
    {
        QTest::addColumn<PostgresProbe::Ping>("ping");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("ok") << PostgresProbe::Ping::Ok << false << HealthState::Healthy << "Accepting connections.";
        QTest::newRow("reject") << PostgresProbe::Ping::Reject << false << HealthState::Unhealthy << "starting up";
        QTest::newRow("no-response") << PostgresProbe::Ping::NoResponse << false << HealthState::Down << "nothing is listening";
        QTest::newRow("no-response-timeout") << PostgresProbe::Ping::NoResponse << true << HealthState::Down << "within 3 s";
        QTest::newRow("no-attempt") << PostgresProbe::Ping::NoAttempt << false << HealthState::Unknown << "parameters are invalid";
    }

    void pingMapping()
    {
        QFETCH(PostgresProbe::Ping, ping);
        QFETCH(bool, timedOut);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        const ProbeResult r = PostgresProbe::interpret(spec(), ping, timedOut);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestPostgresProbe)
#include "tst_postgresprobe.moc"
