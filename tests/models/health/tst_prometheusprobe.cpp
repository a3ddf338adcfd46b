// Prometheus readiness probe against a real Prometheus started by the test
// (--web.listen-address on a free loopback port, temp config and TSDB path).
#include "models/health/proberunner.h"

#include "testservers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace std::chrono_literals;

class TestPrometheusProbe final : public QObject
{
    Q_OBJECT

private:
    ProbeSpec spec() const
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Prometheus;
        s.port = m_port;
        return s;
    }

    QTemporaryDir m_dir;
    TestServers::ServerProcess m_server;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString prometheus = TestServers::findProgram({QStringLiteral("prometheus")});
        if (prometheus.isEmpty())
            QSKIP("prometheus is missing (Debian package prometheus)");
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.path() + QStringLiteral("/prometheus.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("global:\n  scrape_interval: 15s\nscrape_configs: []\n");
        config.close();
        m_port = TestServers::freePort();
        QVERIFY2(m_server.start(prometheus,
                                {QStringLiteral("--config.file=") + config.fileName(),
                                 QStringLiteral("--storage.tsdb.path=") + m_dir.path() + QStringLiteral("/data"),
                                 QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port)}),
                 qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void becomesReady()
    {
        // Before the listener is up the probe says Down; before the TSDB is open it says Unhealthy (503).
        QTRY_COMPARE_WITH_TIMEOUT(ProbeRunner::run(spec()).state, HealthState::Healthy, 30000);
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.message, QStringLiteral("Ready to serve queries."));
        QCOMPARE(r.detail(QStringLiteral("http status")), QStringLiteral("200"));
        QVERIFY2(r.detail(QStringLiteral("body")).contains(u"Ready"), qPrintable(r.detail(QStringLiteral("body"))));
    }

    void healthyEndpointAsPlainHttp()
    {
        ProbeSpec s = spec();
        s.kind = ProbeSpec::Kind::Http;
        s.path = QStringLiteral("/-/healthy");
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Healthy);
        QCOMPARE(r.message, QStringLiteral("Answers HTTP 200 OK."));
    }

    void wrongPathIsNotPrometheus()
    {
        ProbeSpec s = spec();
        s.path = QStringLiteral("/no/such/route");
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(u"is this Prometheus?"), qPrintable(r.message));
    }

    void downAfterStop()
    {
        m_server.stop();
        const ProbeResult r = ProbeRunner::run(spec());
        QCOMPARE(r.state, HealthState::Down);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusProbe)
#include "tst_prometheusprobe.moc"
