// RECORDED STAND-IN: Grafana and the Spark master have no Debian package, so their probes run
// against recorded bodies (tests/data/health/grafana, tests/data/health/spark, written from the
// fact sheets) served over real HTTP by the python fixture server.
#include "models/health/proberunner.h"

#include "testservers.h"

#include <QTest>

using namespace Stackdeck;

Q_DECLARE_METATYPE(Stackdeck::HealthState)

class TestGrafanaSparkRecordedStandIn final : public QObject
{
    Q_OBJECT

private:
    TestServers::ServerProcess m_server;
    int m_http = 0;
    int m_raw = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("RECORDED STAND-IN: Grafana /api/health and Spark master /json bodies are recordings, "
              "not live servers (neither has a Debian package).");
        if (!TestServers::startHealthServer(&m_server, &m_http, &m_raw))
            QSKIP("python3 is missing or tests/data/health/healthserver.py did not start");
    }

    void cleanupTestCase() { m_server.stop(); }

    void grafana_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("version");
        QTest::newRow("ok-200") << "/file/grafana/ok.json" << HealthState::Healthy
                                << "Grafana is up; its database is ok." << "10.4.2";
        QTest::newRow("failing-503") << "/file/grafana/failing.json?status=503" << HealthState::Unhealthy
                                     << "its database is failing (HTTP 503 Service Unavailable)" << "10.4.2";
        QTest::newRow("failing-200") << "/file/grafana/failing.json" << HealthState::Unhealthy
                                     << "its database is failing (HTTP 200 OK)" << "10.4.2";
        QTest::newRow("ok-but-503") << "/file/grafana/ok.json?status=503" << HealthState::Unhealthy
                                    << "Grafana answered HTTP 503 Service Unavailable." << "10.4.2";
        QTest::newRow("hide-version") << "/file/grafana/ok-hidden-version.json" << HealthState::Healthy
                                      << "database is ok" << "";
        QTest::newRow("not-json") << "/file/README.md?type=text/plain" << HealthState::Degraded
                                  << "not Grafana's health JSON" << "";
        QTest::newRow("empty-503") << "/status/503" << HealthState::Unhealthy << "not Grafana's health JSON" << "";
    }

    void grafana()
    {
        QFETCH(QString, path);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        QFETCH(QString, version);
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Grafana;
        s.port = m_http;
        s.path = path;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.detail(QStringLiteral("version")), version);
    }

    void spark_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expectWorkers");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("workers");
        QTest::addColumn<QString>("cores");
        QTest::addColumn<QString>("memory");
        QTest::addColumn<QString>("running");
        QTest::newRow("all-alive") << "/file/spark/all-alive.json" << 0 << HealthState::Healthy
                                   << "2 workers alive; 4 of 8 cores in use; 1 running application(s)."
                                   << "2/2 alive" << "4/8 used" << "8.0 GiB/16.0 GiB used" << "1";
        QTest::newRow("all-alive-expect-3") << "/file/spark/all-alive.json" << 3 << HealthState::Degraded
                                            << "Only 2 of 3 workers alive." << "2/3 alive" << "4/8 used"
                                            << "8.0 GiB/16.0 GiB used" << "1";
        QTest::newRow("one-dead") << "/file/spark/one-dead.json" << 0 << HealthState::Degraded
                                  << "Only 1 of 2 workers alive. Lost: 172.18.0.4 (DEAD)." << "1/2 alive"
                                  << "2/4 used" << "4.0 GiB/8.0 GiB used" << "1";
        QTest::newRow("standby") << "/file/spark/standby.json" << 2 << HealthState::Degraded
                                 << "Standby master" << "0/2 alive" << "0/0 used" << "0 MiB/0 MiB used" << "0";
        QTest::newRow("old-release-no-aliveworkers") << "/file/spark/old-release.json" << 0 << HealthState::Healthy
                                                     << "2 workers alive" << "2/2 alive" << "4/8 used"
                                                     << "8.0 GiB/16.0 GiB used" << "1";
        QTest::newRow("no-alive-workers") << "/file/spark/no-alive-workers.json" << 0 << HealthState::Unhealthy
                                          << "no worker is alive (0/2)" << "0/2 alive" << "0/0 used"
                                          << "0 MiB/0 MiB used" << "0";
    }

    void spark()
    {
        QFETCH(QString, path);
        QFETCH(int, expectWorkers);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        QFETCH(QString, workers);
        QFETCH(QString, cores);
        QFETCH(QString, memory);
        QFETCH(QString, running);
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::SparkMaster;
        s.port = m_http;
        s.path = path;
        s.expectWorkers = expectWorkers;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.detail(QStringLiteral("workers")), workers);
        QCOMPARE(r.detail(QStringLiteral("cores")), cores);
        QCOMPARE(r.detail(QStringLiteral("memory")), memory);
        QCOMPARE(r.detail(QStringLiteral("running applications")), running);
    }

    void sparkNotAMaster_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("grafana-body") << "/file/grafana/ok.json" << "did not return a Spark master state";
        QTest::newRow("truncated-json") << "/file/http/garbage.json" << "did not return a Spark master state";
        QTest::newRow("500") << "/status/500" << "Spark master UI answered HTTP 500";
    }

    void sparkNotAMaster()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::SparkMaster;
        s.port = m_http;
        s.path = path;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Unhealthy);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaSparkRecordedStandIn)
#include "tst_grafana_spark_recorded_standin.moc"
