// Probe inference from hand-built ServiceSpec values (the compose loader is not used here),
// including x-stackdeck overrides parsed from YAML snippets.
#include "models/core/yamlreader.h"
#include "models/health/probefactory.h"

#include <QTest>

using namespace Stackdeck;
using namespace std::chrono_literals;

namespace {
// "127.0.0.1:8001:8000/tcp", "5432:5432", "8080" -> PortSpec
PortSpec port(const QString &text)
{
    PortSpec p;
    QString body = text;
    if (body.contains(u'/')) {
        p.protocol = body.section(u'/', 1);
        body = body.section(u'/', 0, 0);
    }
    const QStringList parts = body.split(u':');
    p.target = parts.last();
    if (parts.size() >= 2)
        p.published = parts.at(parts.size() - 2);
    if (parts.size() >= 3)
        p.hostIp = parts.mid(0, parts.size() - 2).join(u':');
    return p;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

ServiceSpec service(const QString &image, const QStringList &command, const QStringList &env,
                    const QStringList &ports, const QStringList &healthcheck, const QString &extension)
{
    ServiceSpec s;
    s.name = QStringLiteral("svc");
    s.image = image;
    s.command = command;
    for (const auto &e : env)
        s.environment.append(EnvVar{e.section(u'=', 0, 0), e.section(u'=', 1), e.section(u'=', 1), true, {}});
    for (const auto &p : ports)
        s.ports.append(port(p));
    if (!healthcheck.isEmpty()) {
        Healthcheck h;
        h.test = healthcheck;
        h.disabled = healthcheck.value(0) == u"NONE";
        s.healthcheck = h;
    }
    if (!extension.isEmpty()) {
        const auto doc = YamlReader::parse(extension.toUtf8(), QStringLiteral("compose.yaml"));
        if (doc.ok())
            s.extension = doc->root;
    }
    return s;
}
} // namespace

class TestProbeFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infer_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("ports");
        QTest::addColumn<QStringList>("healthcheck");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("expect");

        const QStringList none;
        QTest::newRow("postgres") << "postgres:15" << none << none << list({"5433:5432"}) << none << ""
                                  << "postgres" << "127.0.0.1" << 5433 << "" << 0;
        QTest::newRow("postgres-bitnami-bound") << "docker.io/bitnami/postgresql:15@sha256:abcd" << none << none
                                                << list({"127.0.0.2:15432:5432"}) << none << ""
                                                << "postgres" << "127.0.0.2" << 15432 << "" << 0;
        QTest::newRow("postgres-unpublished-healthcheck") << "postgres:15" << none << none << none
                                                          << list({"CMD-SHELL", "pg_isready -U app"}) << ""
                                                          << "container" << "127.0.0.1" << 0 << "" << 0;
        QTest::newRow("postgres-exporter-is-not-postgres") << "prometheuscommunity/postgres-exporter" << none << none
                                                           << list({"9187:9187"}) << none << ""
                                                           << "tcp" << "127.0.0.1" << 9187 << "" << 0;
        QTest::newRow("redis") << "redis:7-alpine" << none << none << list({"6379:6379"}) << none << ""
                               << "redis" << "127.0.0.1" << 6379 << "" << 0;
        QTest::newRow("redis-commander-is-a-ui") << "rediscommander/redis-commander" << none << none
                                                 << list({"8081:8081"}) << none << ""
                                                 << "tcp" << "127.0.0.1" << 8081 << "" << 0;
        QTest::newRow("prometheus") << "prom/prometheus:v2.51.0" << none << none << list({"9091:9090"}) << none
                                    << "" << "prometheus" << "127.0.0.1" << 9091 << "" << 0;
        QTest::newRow("grafana") << "grafana/grafana-oss:10.4.2" << none << none << list({"3000:3000"}) << none
                                 << "" << "grafana" << "127.0.0.1" << 3000 << "" << 0;
        QTest::newRow("spark-master-command") << "apache/spark:3.5.1"
                                              << list({"/opt/spark/bin/spark-class", "org.apache.spark.deploy.master.Master"})
                                              << none << list({"8080:8080", "7077:7077"}) << none << ""
                                              << "spark-master" << "127.0.0.1" << 8080 << "" << 0;
        QTest::newRow("spark-master-bitnami-env") << "bitnami/spark:3.5" << none << list({"SPARK_MODE=master"})
                                                  << list({"7077:7077", "18080:8080"}) << none << ""
                                                  << "spark-master" << "127.0.0.1" << 18080 << "" << 0;
        QTest::newRow("spark-master-webui-port") << "apache/spark" << list({"start-master.sh"})
                                                 << list({"SPARK_MASTER_WEBUI_PORT=8090"})
                                                 << list({"8090:8090"}) << none << ""
                                                 << "spark-master" << "127.0.0.1" << 8090 << "" << 0;
        QTest::newRow("spark-worker-is-not-master") << "apache/spark:3.5.1"
                                                    << list({"spark-class", "org.apache.spark.deploy.worker.Worker"})
                                                    << none << list({"8081:8081"}) << none << ""
                                                    << "tcp" << "127.0.0.1" << 8081 << "" << 0;
        QTest::newRow("healthcheck-curl-url") << "ghcr.io/acme/api:1.2" << none << none << list({"8001:8000"})
                                              << list({"CMD", "curl", "-f", "http://localhost:8000/health"}) << ""
                                              << "http" << "127.0.0.1" << 8001 << "/health" << 0;
        QTest::newRow("healthcheck-wget-shell") << "acme/streamlit" << none << none << list({"8501:8501"})
                                                << list({"CMD-SHELL", "wget -qO- http://127.0.0.1:8501/_stcore/health || exit 1"})
                                                << "" << "http" << "127.0.0.1" << 8501 << "/_stcore/health" << 0;
        QTest::newRow("healthcheck-url-default-port") << "nginx:1.25" << none << none << list({"8088:80"})
                                                      << list({"CMD-SHELL", "curl -fsS http://localhost/ >/dev/null"})
                                                      << "" << "http" << "127.0.0.1" << 8088 << "/" << 0;
        QTest::newRow("healthcheck-port-range") << "acme/api" << none << none << list({"9000-9002:8000-8002"})
                                                << list({"CMD", "curl", "http://localhost:8001/ready"}) << ""
                                                << "http" << "127.0.0.1" << 9001 << "/ready" << 0;
        QTest::newRow("healthcheck-url-port-unpublished") << "acme/api" << none << none << list({"8001:9999"})
                                                          << list({"CMD", "curl", "http://localhost:8000/health"})
                                                          << "" << "container" << "127.0.0.1" << 0 << "" << 0;
        QTest::newRow("healthcheck-no-url") << "acme/worker" << none << none << none
                                            << list({"CMD", "python", "-c", "import worker; worker.ping()"}) << ""
                                            << "container" << "127.0.0.1" << 0 << "" << 0;
        QTest::newRow("healthcheck-disabled-tcp") << "acme/api" << none << none << list({"8000:8000"})
                                                  << list({"NONE"}) << "" << "tcp" << "127.0.0.1" << 8000 << "" << 0;
        QTest::newRow("tcp-first-published") << "nginx:1.25" << none << none
                                             << list({"8443:443/udp", "80", "0.0.0.0:8080:80"}) << none << ""
                                             << "tcp" << "127.0.0.1" << 8080 << "" << 0;
        QTest::newRow("nothing-published") << "acme/batch" << none << none << list({"8000"}) << none << ""
                                           << "none" << "127.0.0.1" << 0 << "" << 0;
        QTest::newRow("override-http") << "acme/api" << none << none << list({"8000:8000"}) << none
                                       << "probe: {kind: http, port: 8000, path: /health, expect: 200}"
                                       << "http" << "127.0.0.1" << 8000 << "/health" << 200;
        QTest::newRow("override-maps-container-port") << "acme/api" << none << none << list({"18000:8000"}) << none
                                                      << "probe:\n  kind: http\n  port: 8000\n  path: health\n"
                                                      << "http" << "127.0.0.1" << 18000 << "/health" << 0;
        QTest::newRow("override-scalar-tcp") << "postgres:15" << none << none << list({"5433:5432"}) << none
                                             << "probe: tcp" << "tcp" << "127.0.0.1" << 5433 << "" << 0;
        QTest::newRow("override-none") << "redis" << none << none << list({"6379:6379"}) << none
                                       << "probe: none" << "none" << "127.0.0.1" << 6379 << "" << 0;
        QTest::newRow("override-kind-only-uses-first-port") << "acme/api" << none << none
                                                            << list({"8000:8000"})
                                                            << list({"CMD", "true"})
                                                            << "probe: {kind: http, path: /status}"
                                                            << "http" << "127.0.0.1" << 8000 << "/status" << 0;
        QTest::newRow("override-host-and-workers") << "apache/spark" << list({"start-master.sh"}) << none
                                                   << list({"8080:8080"}) << none
                                                   << "probe: {host: spark.local, workers: 3}"
                                                   << "spark-master" << "spark.local" << 8080 << "" << 0;
    }

    void infer()
    {
        QFETCH(QString, image);
        QFETCH(QStringList, command);
        QFETCH(QStringList, env);
        QFETCH(QStringList, ports);
        QFETCH(QStringList, healthcheck);
        QFETCH(QString, extension);
        QFETCH(QString, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(int, expect);
        const auto r = ProbeFactory::forService(service(image, command, env, ports, healthcheck, extension));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(probeKindName(r->kind), kind);
        QCOMPARE(r->port, port);
        if (port > 0)
            QCOMPARE(r->host, host);
        QCOMPARE(r->path, path);
        QCOMPARE(r->expectStatus, expect);
        QVERIFY(!r->reason.isEmpty());
    }

    void badOverride_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("unknown-kind") << "probe:\n  kind: carrier-pigeon\n" << "Unknown probe kind" << 2;
        QTest::newRow("port-not-number") << "probe:\n  kind: http\n  port: eighty\n" << "from 1 to 65535" << 3;
        QTest::newRow("port-out-of-range") << "probe: {port: 70000}" << "from 1 to 65535" << 1;
        QTest::newRow("expect-text") << "probe:\n  expect: ok\n" << "probe.expect must be a whole number" << 2;
        QTest::newRow("bad-timeout") << "probe:\n  timeout: soon\n" << "not a duration" << 2;
        QTest::newRow("list") << "probe: [http]" << "must be a mapping or a probe kind" << 1;
    }

    void badOverride()
    {
        QFETCH(QString, extension);
        QFETCH(QString, message);
        QFETCH(int, line);
        const ServiceSpec s = service(QStringLiteral("acme/api"), {}, {}, {QStringLiteral("8000:8000")}, {}, extension);
        QVERIFY(s.extension);
        const auto r = ProbeFactory::forService(s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(r.error().location.line, line);
        QCOMPARE(r.error().location.file, QStringLiteral("compose.yaml"));
        QVERIFY(!r.error().hint.isEmpty());
    }

    void remembersContainerHealthcheck()
    {
        const auto withCheck = ProbeFactory::forService(service(QStringLiteral("postgres:15"), {}, {},
                                                                {QStringLiteral("5432:5432")},
                                                                list({"CMD-SHELL", "pg_isready"}), {}));
        QVERIFY(withCheck.ok());
        QCOMPARE(withCheck->kind, ProbeSpec::Kind::Postgres);
        QVERIFY(withCheck->containerHealthcheck);
        const auto disabled = ProbeFactory::forService(service(QStringLiteral("postgres:15"), {}, {},
                                                               {QStringLiteral("5432:5432")}, list({"NONE"}), {}));
        QVERIFY(disabled.ok());
        QVERIFY(!disabled->containerHealthcheck);
    }

    void overrideNeedsAPort()
    {
        const ServiceSpec s = service(QStringLiteral("acme/batch"), {}, {}, {}, {}, QStringLiteral("probe: http"));
        const auto r = ProbeFactory::forService(s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"publishes none"), qPrintable(r.error().message));
    }

    void timeoutOverride()
    {
        const ServiceSpec s = service(QStringLiteral("acme/api"), {}, {}, {QStringLiteral("8000:8000")}, {},
                                      QStringLiteral("probe: {kind: http, timeout: 750ms}"));
        const auto r = ProbeFactory::forService(s);
        QVERIFY(r.ok());
        QCOMPARE(r->deadline, 750ms);
        QCOMPARE(r->connectTimeout, 750ms);
    }

    void projectCountsSparkWorkers()
    {
        ServiceSpec master = service(QStringLiteral("apache/spark:3.5.1"), {QStringLiteral("start-master.sh")}, {},
                                     {QStringLiteral("8080:8080")}, {}, {});
        master.name = QStringLiteral("spark-master");
        ServiceSpec worker = service(QStringLiteral("apache/spark:3.5.1"), {QStringLiteral("start-worker.sh")}, {}, {}, {}, {});
        worker.name = QStringLiteral("spark-worker");
        worker.replicas = 3;
        ServiceSpec bitnami = service(QStringLiteral("bitnami/spark"), {}, {QStringLiteral("SPARK_MODE=worker")}, {}, {}, {});
        bitnami.name = QStringLiteral("spark-worker-b");
        ServiceSpec broken = service(QStringLiteral("acme/api"), {}, {}, {QStringLiteral("8000:8000")}, {},
                                     QStringLiteral("probe: {kind: nope}"));
        broken.name = QStringLiteral("api");
        // The demo's form: the worker's command names the master's URL.
        ServiceSpec named = service(QStringLiteral("apache/spark:3.5.1"),
                                    {QStringLiteral("/opt/spark/bin/spark-class"), QStringLiteral("org.apache.spark.deploy.worker.Worker"),
                                     QStringLiteral("spark://spark-master:7077")}, {}, {}, {}, {});
        named.name = QStringLiteral("spark-worker-named");
        QList<Error> errors;
        const auto probes = ProbeFactory::forServices({master, worker, bitnami, broken, named}, &errors);
        QCOMPARE(probes.size(), 5);
        QCOMPARE(probes.value(QStringLiteral("spark-master")).kind, ProbeSpec::Kind::SparkMaster);
        QVERIFY(probes.value(QStringLiteral("spark-worker-named")).kind != ProbeSpec::Kind::SparkMaster);
        QCOMPARE(probes.value(QStringLiteral("spark-master")).expectWorkers, 5);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(probes.value(QStringLiteral("api")).kind, ProbeSpec::Kind::Tcp); // fell back to inference
    }

    void imageName_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "redis" << "redis";
        QTest::newRow("tag") << "postgres:15-alpine" << "postgres";
        QTest::newRow("registry-port") << "localhost:5000/team/api:1.0" << "api";
        QTest::newRow("digest") << "grafana/grafana@sha256:0123" << "grafana";
        QTest::newRow("upper") << "Docker.io/Library/Redis:7" << "redis";
        QTest::newRow("empty") << "" << "";
    }

    void imageName()
    {
        QFETCH(QString, image);
        QFETCH(QString, name);
        QCOMPARE(ProbeFactory::imageName(image), name);
    }

    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << "3s" << true << qint64(3000);
        QTest::newRow("millis") << "500ms" << true << qint64(500);
        QTest::newRow("compound") << "1m30s" << true << qint64(90000);
        QTest::newRow("bare") << "2" << true << qint64(2000);
        QTest::newRow("fraction") << "1.5s" << true << qint64(1500);
        QTest::newRow("word") << "soon" << false << qint64(0);
        QTest::newRow("bare-then-unit") << "2 3s" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }

    void duration()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, ms);
        std::chrono::milliseconds out{0};
        QCOMPARE(ProbeFactory::parseDuration(text, &out), ok);
        if (ok)
            QCOMPARE(out.count(), ms);
    }
};

QTEST_GUILESS_MAIN(TestProbeFactory)
#include "tst_probefactory.moc"
