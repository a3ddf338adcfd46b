// HTTP, TCP and error-path probes against real loopback servers: the python fixture server
// (the seeds' JSON health body in each state, slow, huge, garbage), a refused port and a port
// that accepts connections but never answers.
#include "models/health/httpprobe.h"
#include "models/health/postgresprobe.h"
#include "models/health/proberunner.h"
#include "models/health/prometheusprobe.h"

#include "testservers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace Stackdeck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Stackdeck::HealthState)
Q_DECLARE_METATYPE(Stackdeck::ProbeSpec::Kind)

class TestHttpProbe final : public QObject
{
    Q_OBJECT

private:
    ProbeSpec spec(ProbeSpec::Kind kind, int port, const QString &path = {}) const
    {
        ProbeSpec s;
        s.kind = kind;
        s.port = port;
        s.path = path;
        return s;
    }

    // Runs the probe and checks it kept its hard deadline (plus scheduling slack).
    ProbeResult runTimed(const ProbeSpec &s)
    {
        QElapsedTimer clock;
        clock.start();
        const ProbeResult r = ProbeRunner::run(s);
        const qint64 limit = std::max<qint64>(s.deadline.count(), 2000) + 1500;
        if (clock.elapsed() > limit)
            qWarning("probe %s took %lld ms, over its %lld ms limit", qPrintable(s.describe()),
                     clock.elapsed(), limit);
        m_lastElapsed = clock.elapsed();
        return r;
    }

    TestServers::ServerProcess m_server;
    int m_http = 0;
    int m_raw = 0;
    qint64 m_lastElapsed = 0;
    QTcpServer m_blackhole;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServers::startHealthServer(&m_server, &m_http, &m_raw))
            QSKIP("python3 is missing or tests/data/health/healthserver.py did not start");
        // Listens but the test never runs its event loop while probing: the kernel completes the
        // handshake and nothing ever answers.
        QVERIFY(m_blackhole.listen(QHostAddress::LocalHost, 0));
    }

    void cleanupTestCase() { m_server.stop(); }

    void healthBody_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expect");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detailKey");
        QTest::addColumn<QString>("detailValue");

        QTest::newRow("healthy") << "/file/http/healthy.json" << 0 << HealthState::Healthy
                                 << "Reports healthy (HTTP 200 OK)." << "cache_stats.hit_rate" << "87.3%";
        QTest::newRow("degraded") << "/file/http/degraded.json" << 0 << HealthState::Degraded
                                  << "data_loaded=false" << "config_warnings" << "CACHE_TTL not set, using 3600";
        QTest::newRow("unhealthy-503") << "/file/http/unhealthy.json?status=503" << 0 << HealthState::Unhealthy
                                       << "database connection refused" << "http status" << "503";
        QTest::newRow("unhealthy-200") << "/file/http/unhealthy.json" << 0 << HealthState::Unhealthy
                                       << "Reports unhealthy (HTTP 200 OK)" << "config_valid" << "false";
        QTest::newRow("garbage-json") << "/file/http/garbage.json" << 0 << HealthState::Degraded
                                      << "JSON health body does not parse" << "http status" << "200";
        QTest::newRow("500") << "/status/500" << 0 << HealthState::Unhealthy
                             << "HTTP 500 Internal Server Error" << "http status" << "500";
        QTest::newRow("404") << "/file/http/missing.json" << 0 << HealthState::Unhealthy
                             << "HTTP 404 Not Found" << "http status" << "404";
        QTest::newRow("plain-200") << "/file/README.md?type=text/plain" << 0 << HealthState::Healthy
                                   << "Answers HTTP 200 OK." << "http status" << "200";
        QTest::newRow("expect-204-got-200") << "/file/http/healthy.json" << 204 << HealthState::Unhealthy
                                            << "but the server answered HTTP 200 OK" << "data_count" << "15420";
        QTest::newRow("expect-503-got-503") << "/status/503" << 503 << HealthState::Healthy
                                            << "Answers HTTP 503" << "http status" << "503";
    }

    void healthBody()
    {
        QFETCH(QString, path);
        QFETCH(int, expect);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        QFETCH(QString, detailKey);
        QFETCH(QString, detailValue);
        ProbeSpec s = spec(ProbeSpec::Kind::Http, m_http, path);
        s.expectStatus = expect;
        const ProbeResult r = runTimed(s);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QCOMPARE(r.detail(detailKey), detailValue);
        QVERIFY(r.checkedAt.isValid());
    }

    void slowResponseHitsDeadline()
    {
        ProbeSpec s = spec(ProbeSpec::Kind::Http, m_http, QStringLiteral("/slow"));
        s.deadline = 1500ms;
        const ProbeResult r = runTimed(s);
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"did not answer within 1.5 s"), qPrintable(r.message));
        QVERIFY2(m_lastElapsed >= 1400 && m_lastElapsed < 3000, qPrintable(QString::number(m_lastElapsed)));
    }

    void hugeBodyIsCut()
    {
        ProbeSpec s = spec(ProbeSpec::Kind::Http, m_http, QStringLiteral("/huge"));
        s.maxBodyBytes = 256 * 1024;
        const ProbeResult r = runTimed(s);
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"larger than 256 KiB"), qPrintable(r.message));
        QVERIFY2(m_lastElapsed < 3000, qPrintable(QString::number(m_lastElapsed)));
    }

    void notHttp()
    {
        const ProbeResult r = runTimed(spec(ProbeSpec::Kind::Http, m_raw, QStringLiteral("/health")));
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"not with valid HTTP"), qPrintable(r.message));
    }

    void tlsAgainstPlainHttp()
    {
        ProbeSpec s = spec(ProbeSpec::Kind::Http, m_http, QStringLiteral("/file/http/healthy.json"));
        s.scheme = QStringLiteral("https");
        const ProbeResult r = runTimed(s);
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.startsWith(u"TLS handshake with 127.0.0.1:"), qPrintable(r.message));
    }

    void prometheusNotReady()
    {
        const ProbeResult r = runTimed(spec(ProbeSpec::Kind::Prometheus, m_http, QStringLiteral("/status/503")));
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"Not ready (HTTP 503)"), qPrintable(r.message));
    }

    void redisProbeOnGarbage()
    {
        const ProbeResult r = runTimed(spec(ProbeSpec::Kind::Redis, m_raw));
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.startsWith(u"Not a Redis reply to PING"), qPrintable(r.message));
    }

    void tcpAccepts()
    {
        const ProbeResult r = runTimed(spec(ProbeSpec::Kind::Tcp, m_http));
        QCOMPARE(r.state, HealthState::Healthy);
        QVERIFY2(r.message.contains(u"Accepts TCP connections"), qPrintable(r.message));
    }

    void hostNames_data()
    {
        QTest::addColumn<ProbeSpec::Kind>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<HealthState>("state");
        QTest::newRow("tcp-localhost") << ProbeSpec::Kind::Tcp << "localhost" << HealthState::Healthy;
        QTest::newRow("http-localhost") << ProbeSpec::Kind::Http << "localhost" << HealthState::Healthy;
        QTest::newRow("tcp-unresolvable") << ProbeSpec::Kind::Tcp << "no-such-host.invalid" << HealthState::Down;
        QTest::newRow("redis-unresolvable") << ProbeSpec::Kind::Redis << "no-such-host.invalid" << HealthState::Down;
        QTest::newRow("postgres-unresolvable") << ProbeSpec::Kind::Postgres << "no-such-host.invalid" << HealthState::Down;
        QTest::newRow("http-unresolvable") << ProbeSpec::Kind::Http << "no-such-host.invalid" << HealthState::Down;
    }

    void hostNames()
    {
        QFETCH(ProbeSpec::Kind, kind);
        if (kind == ProbeSpec::Kind::Postgres && !PostgresProbe::available())
            QSKIP("built without libpq (Debian package libpq-dev)");
        QFETCH(QString, host);
        QFETCH(HealthState, state);
        ProbeSpec s = spec(kind, m_http, QStringLiteral("/file/README.md?type=text/plain"));
        s.host = host;
        s.deadline = 1500ms;
        s.connectTimeout = 1000ms;
        const ProbeResult r = runTimed(s);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        if (state == HealthState::Down) // either the resolver said no or it ran out of time
            QVERIFY2(r.message.contains(u"cannot be resolved") || r.message.contains(u"took longer than"),
                     qPrintable(r.message));
        QVERIFY2(m_lastElapsed < 2500, qPrintable(QString::number(m_lastElapsed)));
    }

    void refused_data()
    {
        QTest::addColumn<ProbeSpec::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("http") << ProbeSpec::Kind::Http << "Connection refused on 127.0.0.1:";
        QTest::newRow("tcp") << ProbeSpec::Kind::Tcp << "Connection refused on 127.0.0.1:";
        QTest::newRow("redis") << ProbeSpec::Kind::Redis << "Connection refused on 127.0.0.1:";
        QTest::newRow("postgres") << ProbeSpec::Kind::Postgres << "nothing is listening";
        QTest::newRow("prometheus") << ProbeSpec::Kind::Prometheus << "Connection refused on 127.0.0.1:";
        QTest::newRow("grafana") << ProbeSpec::Kind::Grafana << "Connection refused on 127.0.0.1:";
        QTest::newRow("spark-master") << ProbeSpec::Kind::SparkMaster << "Connection refused on 127.0.0.1:";
    }

    void refused()
    {
        QFETCH(ProbeSpec::Kind, kind);
        if (kind == ProbeSpec::Kind::Postgres && !PostgresProbe::available())
            QSKIP("built without libpq (Debian package libpq-dev)");
        QFETCH(QString, message);
        const int port = TestServers::freePort();
        QVERIFY(port > 0);
        const ProbeResult r = runTimed(spec(kind, port, {}));
        QCOMPARE(healthStateName(r.state), healthStateName(HealthState::Down));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY2(m_lastElapsed < 2000, qPrintable(QString::number(m_lastElapsed)));
    }

    void neverAnswers_data()
    {
        QTest::addColumn<ProbeSpec::Kind>("kind");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("http") << ProbeSpec::Kind::Http << HealthState::Unhealthy << "did not answer within 1.5 s";
        QTest::newRow("redis") << ProbeSpec::Kind::Redis << HealthState::Unhealthy << "no answer to PING within 1.5 s";
        QTest::newRow("postgres") << ProbeSpec::Kind::Postgres << HealthState::Down << "within 2 s";
        QTest::newRow("prometheus") << ProbeSpec::Kind::Prometheus << HealthState::Unhealthy << "did not answer within";
        QTest::newRow("grafana") << ProbeSpec::Kind::Grafana << HealthState::Unhealthy << "did not answer within";
        QTest::newRow("spark-master") << ProbeSpec::Kind::SparkMaster << HealthState::Unhealthy << "did not answer within";
        QTest::newRow("tcp-connect-is-enough") << ProbeSpec::Kind::Tcp << HealthState::Healthy << "Accepts TCP";
    }

    void neverAnswers()
    {
        QFETCH(ProbeSpec::Kind, kind);
        if (kind == ProbeSpec::Kind::Postgres && !PostgresProbe::available())
            QSKIP("built without libpq (Debian package libpq-dev)");
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        ProbeSpec s = spec(kind, m_blackhole.serverPort());
        s.deadline = 1500ms;
        s.connectTimeout = 1000ms;
        const ProbeResult r = runTimed(s);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        // libpq counts whole seconds (at least 2); everything else keeps the 1.5 s deadline.
        const qint64 limit = kind == ProbeSpec::Kind::Postgres ? 3500 : 2500;
        QVERIFY2(m_lastElapsed < limit, qPrintable(QString::number(m_lastElapsed)));
    }
};

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_httpprobe.moc"
