#include "models/compose/servicespecparser.h"
#include "models/compose/shortsyntax.h"
#include "models/core/yamlreader.h"

#include <QTest>

using namespace Stackdeck;

// The typed service view: short and long syntaxes of ports, environment, volumes, depends_on and friends.
class TestServiceSpec final : public QObject
{
    Q_OBJECT

private:
    static YamlNodePtr parseValue(const QByteArray &yaml)
    {
        const Result<YamlDocument> doc = YamlReader::parse("v: " + yaml + "\n", QStringLiteral("inline.yaml"));
        if (!doc)
            return nullptr;
        return doc->root->get(u"v");
    }
    static ServiceSpec parseService(const QByteArray &yaml)
    {
        const Result<YamlDocument> doc = YamlReader::parse(yaml, QStringLiteral("svc.yaml"));
        if (!doc || !doc->root->isMap() || doc->root->pairs.isEmpty())
            return {};
        return ServiceSpecParser::parse(doc->root->pairs.first());
    }

private slots:
    void ports_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("hostIp");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("longSyntax");
        QTest::newRow("container only") << QByteArray("[\"8080\"]") << "" << "" << "8080" << "tcp" << false;
        QTest::newRow("integer") << QByteArray("[8080]") << "" << "" << "8080" << "tcp" << false;
        QTest::newRow("host:container") << QByteArray("[\"8080:80\"]") << "" << "8080" << "80" << "tcp" << false;
        QTest::newRow("ip binding") << QByteArray("[\"127.0.0.1:8080:80\"]") << "127.0.0.1" << "8080" << "80" << "tcp" << false;
        QTest::newRow("ip, no published") << QByteArray("[\"127.0.0.1::80\"]") << "127.0.0.1" << "" << "80" << "tcp" << false;
        QTest::newRow("range") << QByteArray("[\"8000-8010:8000-8010\"]") << "" << "8000-8010" << "8000-8010" << "tcp" << false;
        QTest::newRow("udp") << QByteArray("[\"6060:6060/udp\"]") << "" << "6060" << "6060" << "udp" << false;
        QTest::newRow("ipv6 brackets") << QByteArray("[\"[::1]:80:80\"]") << "::1" << "80" << "80" << "tcp" << false;
        QTest::newRow("ipv6 range udp") << QByteArray("[\"[::1]:5000-5001:5000-5001/udp\"]") << "::1" << "5000-5001" << "5000-5001" << "udp" << false;
        QTest::newRow("long") << QByteArray("[{target: 80, published: \"8080\", host_ip: 0.0.0.0, protocol: udp}]")
                              << "0.0.0.0" << "8080" << "80" << "udp" << true;
        QTest::newRow("long minimal") << QByteArray("[{target: 9090}]") << "" << "" << "9090" << "tcp" << true;
    }
    void ports()
    {
        QFETCH(QByteArray, yaml);
        const QList<PortSpec> ports = ServiceSpecParser::ports(parseValue(yaml));
        QCOMPARE(ports.size(), 1);
        QTEST(ports[0].hostIp, "hostIp");
        QTEST(ports[0].published, "published");
        QTEST(ports[0].target, "target");
        QTEST(ports[0].protocol, "protocol");
        QTEST(ports[0].longSyntax, "longSyntax");
        QCOMPARE(ports[0].location.line, 1);
        QVERIFY(ports[0].location.column > 3);
    }

    void badPortsAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("a string, not a list") << QByteArray("\"8080:80\"");
        QTest::newRow("words") << QByteArray("[\"http\"]");
        QTest::newRow("too many fields") << QByteArray("[\"1:2:3:4:x\"]");
        QTest::newRow("empty protocol") << QByteArray("[\"80/\"]");
        QTest::newRow("nested list") << QByteArray("[[80]]");
        QTest::newRow("long without target") << QByteArray("[{published: 80}]");
        QTest::newRow("null") << QByteArray("~");
    }
    void badPortsAreSkipped()
    {
        QFETCH(QByteArray, yaml);
        QVERIFY(ServiceSpecParser::ports(parseValue(yaml)).isEmpty());
    }

    void environment_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("hasValue");
        QTest::newRow("list") << QByteArray("[\"A=1\"]") << "A" << "1" << true;
        QTest::newRow("list with = in value") << QByteArray("[\"URL=a=b\"]") << "URL" << "a=b" << true;
        QTest::newRow("list empty value") << QByteArray("[\"A=\"]") << "A" << "" << true;
        QTest::newRow("list name only") << QByteArray("[\"A\"]") << "A" << "" << false;
        QTest::newRow("map") << QByteArray("{A: one}") << "A" << "one" << true;
        QTest::newRow("map number") << QByteArray("{A: 5}") << "A" << "5" << true;
        QTest::newRow("map bool") << QByteArray("{A: true}") << "A" << "true" << true;
        QTest::newRow("map null") << QByteArray("{A: }") << "A" << "" << false;
        QTest::newRow("map empty string") << QByteArray("{A: \"\"}") << "A" << "" << true;
    }
    void environment()
    {
        QFETCH(QByteArray, yaml);
        const QList<EnvVar> env = ServiceSpecParser::environment(parseValue(yaml));
        QCOMPARE(env.size(), 1);
        QTEST(env[0].name, "name");
        QTEST(env[0].value, "value");
        QTEST(env[0].hasValue, "hasValue");
        QCOMPARE(env[0].raw, env[0].value); // nothing interpolated here
        QVERIFY(env[0].location.isValid());
    }

    void volumes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("anonymous") << QByteArray("[/data]") << "volume" << "" << "/data" << false;
        QTest::newRow("named") << QByteArray("[\"pg:/var/lib/postgresql/data\"]") << "volume" << "pg" << "/var/lib/postgresql/data" << false;
        QTest::newRow("bind relative ro") << QByteArray("[\"./conf:/etc/app:ro\"]") << "bind" << "./conf" << "/etc/app" << true;
        QTest::newRow("bind absolute rw") << QByteArray("[\"/srv/x:/x:rw\"]") << "bind" << "/srv/x" << "/x" << false;
        QTest::newRow("bind home, ro,z") << QByteArray("[\"~/x:/x:ro,z\"]") << "bind" << "~/x" << "/x" << true;
        QTest::newRow("windows drive") << QByteArray("[\"C:\\\\data:/data\"]") << "bind" << "C:\\data" << "/data" << false;
        QTest::newRow("long bind") << QByteArray("[{type: bind, source: ./a, target: /a, read_only: true}]") << "bind" << "./a" << "/a" << true;
        QTest::newRow("long tmpfs") << QByteArray("[{type: tmpfs, target: /tmp}]") << "tmpfs" << "" << "/tmp" << false;
        QTest::newRow("long default type") << QByteArray("[{source: v, target: /v}]") << "volume" << "v" << "/v" << false;
    }
    void volumes()
    {
        QFETCH(QByteArray, yaml);
        const QList<VolumeMount> v = ServiceSpecParser::volumes(parseValue(yaml));
        QCOMPARE(v.size(), 1);
        QTEST(v[0].type, "type");
        QTEST(v[0].source, "source");
        QTEST(v[0].target, "target");
        QTEST(v[0].readOnly, "readOnly");
    }

    void dependsOn_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("restart");
        QTest::newRow("list") << QByteArray("[db]") << "db" << "service_started" << true << false;
        QTest::newRow("map healthy") << QByteArray("{db: {condition: service_healthy}}") << "db" << "service_healthy" << true << false;
        QTest::newRow("map completed") << QByteArray("{init: {condition: service_completed_successfully}}")
                                       << "init" << "service_completed_successfully" << true << false;
        QTest::newRow("map optional restart") << QByteArray("{db: {condition: service_started, required: false, restart: true}}")
                                              << "db" << "service_started" << false << true;
        QTest::newRow("map null value") << QByteArray("{db: }") << "db" << "service_started" << true << false;
    }
    void dependsOn()
    {
        QFETCH(QByteArray, yaml);
        const QList<Dependency> d = ServiceSpecParser::dependsOn(parseValue(yaml));
        QCOMPARE(d.size(), 1);
        QTEST(d[0].service, "service");
        QTEST(d[0].condition, "condition");
        QTEST(d[0].required, "required");
        QTEST(d[0].restart, "restart");
    }

    void healthcheck_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("test");
        QTest::addColumn<bool>("disabled");
        QTest::addColumn<int>("retries");
        QTest::newRow("exec form") << QByteArray("{test: [CMD, curl, -f, http://x], retries: 3}")
                                   << QStringList{QStringLiteral("CMD"), QStringLiteral("curl"), QStringLiteral("-f"), QStringLiteral("http://x")}
                                   << false << 3;
        QTest::newRow("string form") << QByteArray("{test: curl -f http://x || exit 1}")
                                     << QStringList{QStringLiteral("CMD-SHELL"), QStringLiteral("curl -f http://x || exit 1")} << false << -1;
        QTest::newRow("disable") << QByteArray("{disable: true}") << QStringList() << true << -1;
        QTest::newRow("NONE") << QByteArray("{test: [NONE]}") << QStringList{QStringLiteral("NONE")} << true << -1;
    }
    void healthcheck()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, retries);
        const auto h = ServiceSpecParser::healthcheck(parseValue(yaml));
        QVERIFY(h.has_value());
        QTEST(h->test, "test");
        QTEST(h->disabled, "disabled");
        QCOMPARE(h->retries.value_or(-1), retries);
    }

    void wholeService()
    {
        const ServiceSpec s = parseService(
            "worker:\n"
            "  image: bitnami/spark:3.5.0\n"
            "  build: {context: ./spark, dockerfile: Dockerfile}\n"
            "  command: bin/spark-class \"org.apache.spark.deploy.worker.Worker\" 'spark://m:7077'\n"
            "  entrypoint: [/entry.sh]\n"
            "  expose: [\"7077\", 7078]\n"
            "  env_file: [.env, {path: ./extra.env, required: false}]\n"
            "  networks: {backend: {aliases: [w]}, monitoring: }\n"
            "  restart: on-failure:3\n"
            "  deploy:\n"
            "    replicas: 2\n"
            "    resources:\n"
            "      limits: {cpus: '4', memory: 7G, pids: 100}\n"
            "      reservations: {cpus: '2', memory: 4G}\n"
            "  mem_limit: 8g\n"
            "  cpus: 1.5\n"
            "  logging: {driver: json-file, options: {max-size: 10m, max-file: \"3\"}}\n"
            "  user: \"1000:1000\"\n"
            "  read_only: true\n"
            "  security_opt: [no-new-privileges:true]\n"
            "  cap_drop: [ALL]\n"
            "  cap_add: [NET_BIND_SERVICE]\n"
            "  secrets: [a, {source: b, target: bee}]\n"
            "  configs: [c]\n"
            "  labels: [\"team=data\", tier]\n"
            "  profiles: [spark]\n"
            "  x-stackdeck: {group: compute}\n");
        QCOMPARE(s.name, QStringLiteral("worker"));
        QCOMPARE(s.location.line, 1);
        QCOMPARE(s.image, QStringLiteral("bitnami/spark:3.5.0"));
        QCOMPARE(s.buildContext, QStringLiteral("./spark"));
        QCOMPARE(s.command, (QStringList{QStringLiteral("bin/spark-class"), QStringLiteral("org.apache.spark.deploy.worker.Worker"),
                                         QStringLiteral("spark://m:7077")}));
        QCOMPARE(s.entrypoint, QStringList{QStringLiteral("/entry.sh")});
        QCOMPARE(s.expose, (QStringList{QStringLiteral("7077"), QStringLiteral("7078")}));
        QCOMPARE(s.envFiles, (QStringList{QStringLiteral(".env"), QStringLiteral("./extra.env")}));
        QCOMPARE(s.networks, (QStringList{QStringLiteral("backend"), QStringLiteral("monitoring")}));
        QCOMPARE(s.restart, QStringLiteral("on-failure:3"));
        QCOMPARE(s.replicas.value_or(-1), 2);
        QCOMPARE(s.limits.cpus, QStringLiteral("4"));
        QCOMPARE(s.limits.memory, QStringLiteral("7G"));
        QCOMPARE(s.limits.pids.value_or(-1), 100);
        QCOMPARE(s.limits.memoryLocation.line, 13);
        QCOMPARE(s.reservations.memory, QStringLiteral("4G"));
        QCOMPARE(s.memLimit, QStringLiteral("8g"));
        QCOMPARE(s.cpusLegacy, QStringLiteral("1.5"));
        QCOMPARE(s.logging.driver, QStringLiteral("json-file"));
        QCOMPARE(s.logging.options.value(QStringLiteral("max-file")), QStringLiteral("3"));
        QCOMPARE(s.user, QStringLiteral("1000:1000"));
        QVERIFY(s.readOnly);
        QCOMPARE(s.securityOpt, QStringList{QStringLiteral("no-new-privileges:true")});
        QCOMPARE(s.capDrop, QStringList{QStringLiteral("ALL")});
        QCOMPARE(s.capAdd, QStringList{QStringLiteral("NET_BIND_SERVICE")});
        QCOMPARE(s.secrets, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(s.configs, QStringList{QStringLiteral("c")});
        QCOMPARE(s.labels.value(QStringLiteral("team")), QStringLiteral("data"));
        QVERIFY(s.labels.contains(QStringLiteral("tier")));
        QCOMPARE(s.profiles, QStringList{QStringLiteral("spark")});
        QVERIFY(s.extension && s.extension->isMap());
        QCOMPARE(s.extension->text(u"group"), QStringLiteral("compute"));
    }

    void scaleAndBuildString()
    {
        const ServiceSpec s = parseService("api:\n  build: ./api\n  scale: 3\n");
        QCOMPARE(s.buildContext, QStringLiteral("./api"));
        QCOMPARE(s.replicas.value_or(-1), 3);
        const ServiceSpec noContext = parseService("api:\n  build: {dockerfile: D}\n");
        QCOMPARE(noContext.buildContext, QStringLiteral("."));
    }

    void wrongTypesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("null service") << QByteArray("s:\n");
        QTest::newRow("list service") << QByteArray("s: [a, b]\n");
        QTest::newRow("scalar service") << QByteArray("s: 5\n");
        QTest::newRow("everything wrong") << QByteArray(
            "s: {image: [x], ports: 5, environment: 5, volumes: {a: b}, depends_on: 3, healthcheck: yes, deploy: lots,"
            " logging: [x], command: {a: b}, labels: 7, networks: 4, secrets: 1, build: [x], restart: [x], scale: many,"
            " x-stackdeck: [1]}\n");
        QTest::newRow("deploy resources wrong") << QByteArray("s: {deploy: {replicas: -1, resources: {limits: [1], reservations: 5}}}\n");
    }
    void wrongTypesNeverCrash()
    {
        QFETCH(QByteArray, yaml);
        const ServiceSpec s = parseService(yaml);
        QCOMPARE(s.name, QStringLiteral("s"));
        QVERIFY(s.ports.isEmpty());
        QVERIFY(s.image.isEmpty());
        QVERIFY(!s.replicas.has_value());
        QVERIFY(!s.extension);
    }

    void splitCommand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("words") << "redis-server --appendonly yes" << QStringList{QStringLiteral("redis-server"), QStringLiteral("--appendonly"), QStringLiteral("yes")};
        QTest::newRow("double quotes") << "sh -c \"echo a b\"" << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo a b")};
        QTest::newRow("single quotes") << "echo 'a \"b\"'" << QStringList{QStringLiteral("echo"), QStringLiteral("a \"b\"")};
        QTest::newRow("backslash") << "echo a\\ b" << QStringList{QStringLiteral("echo"), QStringLiteral("a b")};
        QTest::newRow("empty quotes") << "x ''" << QStringList{QStringLiteral("x"), QString()};
        QTest::newRow("blank") << "   " << QStringList();
    }
    void splitCommand()
    {
        QFETCH(QString, text);
        QTEST(ShortSyntax::splitCommand(text), "words");
    }

    void projectName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lowercase") << "MyStack" << "mystack";
        QTest::newRow("drops dots and spaces") << "My Project.Dir" << "myprojectdir";
        QTest::newRow("keeps _ and -") << "spark_cluster-2" << "spark_cluster-2";
        QTest::newRow("trims leading _ -") << "__-x" << "x";
        QTest::newRow("non ascii") << "café" << "caf";
    }
    void projectName()
    {
        QFETCH(QString, input);
        QTEST(ShortSyntax::normalizeProjectName(input), "expected");
    }
};

QTEST_GUILESS_MAIN(TestServiceSpec)
#include "tst_servicespec.moc"
