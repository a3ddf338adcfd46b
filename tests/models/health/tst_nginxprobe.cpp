// HTTP probe against a real nginx started by the test (own minimal config on a free loopback port):
// a 200 page, a JSON health location, a fixed 502 location and a real 502 from a dead upstream.
#include "models/health/proberunner.h"

#include "testservers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Stackdeck::HealthState)

class TestNginxProbe final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServers::ServerProcess m_server;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString nginx = TestServers::findProgram({QStringLiteral("/usr/sbin/nginx"), QStringLiteral("nginx")});
        if (nginx.isEmpty())
            QSKIP("nginx is missing (Debian package nginx-light)");
        QVERIFY(m_dir.isValid());
        m_port = TestServers::freePort();
        const int deadUpstream = TestServers::freePort();
        const QString d = m_dir.path();
        const QString conf = QStringLiteral(R"(daemon off;
master_process off;
pid %1/nginx.pid;
error_log %1/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2;
        location = / { default_type text/html; return 200 "<h1>it works</h1>"; }
        location = /health { default_type application/json; return 200 '{"status": "healthy", "workers": 2}'; }
        location = /bad-gateway { return 502; }
        location /upstream { proxy_pass http://127.0.0.1:%3; }
    }
}
)").arg(d).arg(m_port).arg(deadUpstream);
        QFile file(d + QStringLiteral("/nginx.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conf.toUtf8());
        file.close();
        QVERIFY2(m_server.start(nginx, {QStringLiteral("-p"), d, QStringLiteral("-c"), file.fileName(),
                                        QStringLiteral("-e"), d + QStringLiteral("/error.log")}),
                 qPrintable(m_server.errorString()));
        QVERIFY2(TestServers::waitForPort(m_port, 15000), m_server.output().constData());
    }

    void cleanupTestCase() { m_server.stop(); }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expect");
        QTest::addColumn<HealthState>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("root-200") << "/" << 0 << HealthState::Healthy << "Answers HTTP 200 OK.";
        QTest::newRow("json-health") << "/health" << 200 << HealthState::Healthy << "Reports healthy (HTTP 200 OK).";
        QTest::newRow("fixed-502") << "/bad-gateway" << 0 << HealthState::Unhealthy << "answered HTTP 502 Bad Gateway.";
        QTest::newRow("dead-upstream-502") << "/upstream/x" << 0 << HealthState::Unhealthy << "answered HTTP 502 Bad Gateway.";
        QTest::newRow("missing-404") << "/nothing-here" << 0 << HealthState::Unhealthy << "HTTP 404 Not Found";
        QTest::newRow("expect-200-got-502") << "/bad-gateway" << 200 << HealthState::Unhealthy
                                            << "Expected HTTP 200 from http://127.0.0.1:";
    }

    void paths()
    {
        QFETCH(QString, path);
        QFETCH(int, expect);
        QFETCH(HealthState, state);
        QFETCH(QString, message);
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Http;
        s.port = m_port;
        s.path = path;
        s.expectStatus = expect;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(healthStateName(r.state), healthStateName(state));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QVERIFY(r.latency < 2000ms);
    }

    void tcp()
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Tcp;
        s.port = m_port;
        QCOMPARE(ProbeRunner::run(s).state, HealthState::Healthy);
    }

    void afterStopItIsDown()
    {
        m_server.stop();
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Http;
        s.port = m_port;
        const ProbeResult r = ProbeRunner::run(s);
        QCOMPARE(r.state, HealthState::Down);
        QVERIFY2(r.message.startsWith(u"Connection refused"), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestNginxProbe)
#include "tst_nginxprobe.moc"
