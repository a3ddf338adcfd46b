#include "models/core/yamlreader.h"
#include "models/validate/composeschema.h"
#include "models/validate/machineinfo.h"
#include "models/validate/portmapping.h"
#include "models/validate/spelling.h"
#include "models/validate/validator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestValidator final : public QObject
{
    Q_OBJECT

private slots:
    void machineSizeIsRead()
    {
        // /proc/meminfo reports size 0: a reader that trusts atEnd() sees no memory at all.
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        if (!meminfo.exists())
            QSKIP("no /proc/meminfo on this system");
        QVERIFY(MachineInfo::memoryBytes() > 64LL * 1024 * 1024);
        QVERIFY(MachineInfo::cpus() >= 1);
    }

    void rules_data();
    void rules();
    void cleanFiles_data();
    void cleanFiles();
    void sortedAndKeepsLoaderFindings();
    void portSyntax_data();
    void portSyntax();
    void spelling_data();
    void spelling();
    void productionFileNames_data();
    void productionFileNames();
    void keysMatchComposeSpec_data();
    void keysMatchComposeSpec();
};

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STACKDECK_TEST_DATA "/validate/") + name;
}

// A project filled by hand from one file: enough for single-file fixtures without interpolation.
Result<ComposeProject> projectFrom(const QString &name)
{
    const Result<YamlDocument> doc = YamlReader::readFile(fixture(name));
    if (!doc)
        return doc.error();
    ComposeProject project;
    project.files = {doc->file};
    project.documents = {doc.value()};
    project.effective = doc->root;
    project.findings = doc->findings;
    return project;
}

ValidationOptions machine()
{
    ValidationOptions options;
    options.machineCpus = 8;
    options.machineMemoryBytes = qint64(16) << 30;
    return options;
}

} // namespace

void TestValidator::rules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("severity"); // -1: the rule must not fire at this path
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment"); // expected in message or suggestion

    const int E = int(Severity::Error), W = int(Severity::Warning), none = -1;
    auto row = [](const char *name, const char *file, const char *rule, const char *path, int severity, int line,
                  int column, const char *fragment = "") {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(rule) << QString::fromUtf8(path)
                            << severity << line << column << QString::fromUtf8(fragment);
    };
    // structure
    row("unknown healthcheck key", "structure-unknown-key.yaml", "structure.unknown-key",
        "services.web.healthcheck.intervall", E, 7, 7, "did you mean \"interval\"");
    row("unknown resources key", "structure-unknown-key.yaml", "structure.unknown-key",
        "services.web.deploy.resources.limit", E, 10, 9, "\"limits\"");
    row("unknown service key", "structure-unknown-key.yaml", "structure.unknown-key", "services.web.enviroment", E,
        12, 5, "\"environment\"");
    row("unknown long port key", "structure-unknown-key.yaml", "structure.unknown-key",
        "services.web.ports.0.publishd", E, 17, 9, "\"published\"");
    row("unknown top-level key", "structure-unknown-key.yaml", "structure.unknown-key", "networkz", E, 18, 1,
        "\"networks\"");
    row("x- key in a service is allowed", "structure-unknown-key.yaml", "structure.unknown-key",
        "services.web.x-note", none, 0, 0);
    row("x- key at top level is allowed", "structure-unknown-key.yaml", "structure.unknown-key", "x-defaults", none,
        0, 0);
    row("ports not a list", "structure-types.yaml", "structure.type", "services.api.ports", E, 4, 12, "a list");
    row("environment a number", "structure-types.yaml", "structure.type", "services.api.environment", E, 5, 18,
        "a mapping or a list");
    row("replicas a string", "structure-types.yaml", "structure.type", "services.api.deploy.replicas", E, 7, 17,
        "an integer");
    row("bad duration", "structure-types.yaml", "structure.duration", "services.api.healthcheck.interval", E, 10,
        17, "1m30s");
    row("bool not a bool", "structure-types.yaml", "structure.type", "services.api.read_only", E, 11, 16,
        "true or false");
    row("service not a mapping", "structure-types.yaml", "structure.type", "services.worker", E, 12, 11,
        "mapping");
    row("bad restart", "structure-enum.yaml", "structure.enum", "services.db.restart", E, 4, 14, "unless-stopped");
    row("bad pull_policy", "structure-enum.yaml", "structure.enum", "services.db.pull_policy", E, 5, 18, "missing");
    row("bad depends_on condition", "structure-enum.yaml", "structure.enum", "services.app.depends_on.db.condition",
        E, 10, 20, "service_healthy");
    row("bad port protocol", "structure-enum.yaml", "structure.enum", "services.app.ports.0.protocol", E, 14, 19,
        "did you mean \"tcp\"");
    row("bad volume type", "structure-enum.yaml", "structure.enum", "services.app.volumes.0.type", E, 16, 15,
        "did you mean \"bind\"");
    row("bad restart_policy condition", "structure-enum.yaml", "structure.enum",
        "services.app.deploy.restart_policy.condition", E, 21, 20, "on-failure");
    // references
    row("depends_on cycle", "references.yaml", "references.cycle", "services.spark-worker.depends_on.spark-master",
        E, 9, 7, "spark-master \u2192 spark-worker \u2192 spark-master");
    row("depends_on typo", "references.yaml", "references.depends-on", "services.spark-worker.depends_on.spark-mastr",
        E, 11, 7, "did you mean \"spark-master\"");
    row("network defined", "references.yaml", "references.network", "services.spark-master.networks.0", none, 0, 0);
    row("network missing", "references.yaml", "references.network", "services.spark-worker.networks.spark-network",
        E, 14, 7, "spark-network");
    row("named volume defined", "references.yaml", "references.volume", "services.spark-worker.volumes.0", none, 0,
        0);
    row("bind mount is no reference", "references.yaml", "references.volume", "services.spark-worker.volumes.1",
        none, 0, 0);
    row("long volume missing", "references.yaml", "references.volume", "services.spark-worker.volumes.2.source", E,
        19, 17, "spark-logs");
    row("secret defined", "references.yaml", "references.secret", "services.spark-worker.secrets.0", none, 0, 0);
    row("secret missing", "references.yaml", "references.secret", "services.spark-worker.secrets.1.source", E, 23,
        17, "missing_secret");
    row("config missing", "references.yaml", "references.config", "services.spark-worker.configs.0", E, 25, 15,
        "spark_conf");
    row("extends missing", "references.yaml", "references.extends", "services.helper.extends.service", E, 28, 16,
        "base");
    // resources
    row("memory unit", "resources.yaml", "resources.invalid", "services.spark-master.deploy.resources.limits.memory",
        E, 8, 19, "unknown memory unit");
    row("cpus word", "resources.yaml", "resources.invalid", "services.spark-worker.deploy.resources.limits.cpus", E,
        17, 17, "not a CPU count");
    row("cpu reservation over limit", "resources.yaml", "resources.reservation-exceeds-limit",
        "services.spark-master.deploy.resources.reservations.cpus", E, 10, 17, "8 CPUs");
    row("memory reservation over limit", "resources.yaml", "resources.reservation-exceeds-limit",
        "services.spark-worker.deploy.resources.reservations.memory", E, 20, 19, "7 GiB");
    row("legacy cpus over machine", "resources.yaml", "resources.exceeds-machine", "services.analytics.cpus", W, 23,
        11, "8 CPUs");
    row("legacy mem_limit fits", "resources.yaml", "resources.exceeds-machine", "services.analytics.mem_limit", none,
        0, 0);
    row("stack over machine", "resources.yaml", "resources.stack-exceeds-machine", "services", W, 1, 1, "20 CPUs");
    // ports
    row("port too large", "ports.yaml", "ports.invalid", "services.web.ports.1", E, 6, 9, "65535");
    row("range sizes differ", "ports.yaml", "ports.range-mismatch", "services.web.ports.2", E, 7, 9, "3 ports");
    row("range backwards", "ports.yaml", "ports.invalid", "services.web.ports.3", E, 8, 9, "ends before");
    row("same port, long syntax", "ports.yaml", "ports.duplicate", "services.api.ports.0", E, 13, 9, "\"web\"");
    row("same IP and port", "ports.yaml", "ports.duplicate", "services.api.ports.1", E, 15, 9, "5000/tcp");
    row("other IP", "ports.yaml", "ports.duplicate", "services.api.ports.2", none, 0, 0);
    row("other protocol", "ports.yaml", "ports.duplicate", "services.api.ports.3", none, 0, 0);
    row("overlapping ranges", "ports.yaml", "ports.duplicate", "services.grafana.ports.0", E, 22, 9, "3004-3006/tcp");
    row("replicas share a port", "ports.yaml", "ports.duplicate", "services.scaled.ports.0", E, 28, 9, "2 replicas");
    // hardening
    row("spark rpc published", "hardening.yaml", "ports.internal-published", "services.spark-master.ports.1", W, 6,
        9, "expose");
    row("spark ui published", "hardening.yaml", "ports.internal-published", "services.spark-master.ports.0", none,
        0, 0);
    row("database port published", "hardening.yaml", "ports.internal-published", "services.postgres.ports.0", W, 19,
        9, "PostgreSQL");
    row("loopback binding is fine", "hardening.yaml", "ports.internal-published", "services.postgres.ports.1", none,
        0, 0);
    row("no limits", "hardening.yaml", "hardening.no-limits", "services.spark-master", W, 2, 3, "no CPU or memory");
    row("no cpu limit", "hardening.yaml", "hardening.no-limits", "services.postgres", W, 10, 3, "no CPU limit");
    row("no restart", "hardening.yaml", "hardening.no-restart", "services.spark-master", W, 2, 3, "unless-stopped");
    row("restart set", "hardening.yaml", "hardening.no-restart", "services.postgres", none, 0, 0);
    row("default logging", "hardening.yaml", "hardening.log-rotation", "services.spark-master", W, 2, 3, "max-size");
    row("json-file without max-file", "hardening.yaml", "hardening.log-rotation", "services.postgres.logging", W,
        22, 7, "no max-file");
    row("no user", "hardening.yaml", "hardening.root-user", "services.spark-master", W, 2, 3, "user:");
    row("user root", "hardening.yaml", "hardening.root-user", "services.postgres.user", W, 12, 11, "runs as root");
    row("literal secret", "hardening.yaml", "hardening.literal-secret",
        "services.spark-master.environment.SPARK_RPC_AUTHENTICATION_SECRET", W, 8, 40, "${SPARK_RPC");
    row("default password", "hardening.yaml", "hardening.default-password", "services.postgres.environment.0", W, 15,
        9, "well-known default \"app\"");
    row("password file is no secret", "hardening.yaml", "hardening.literal-secret", "services.postgres.environment.1",
        none, 0, 0);
    row("variable reference is no secret", "hardening.yaml", "hardening.literal-secret",
        "services.postgres.environment.2", none, 0, 0);
    row("database port in production", "docker-compose.prod.yml", "ports.database-production",
        "services.postgres.ports.0", W, 9, 9, "production");
}

void TestValidator::rules()
{
    QFETCH(QString, file);
    QFETCH(QString, ruleId);
    QFETCH(QString, path);
    QFETCH(int, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const Result<ComposeProject> project = projectFrom(file);
    QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
    const Findings findings = Validator::validate(project.value(), machine());
    const Finding *found = nullptr;
    for (const Finding &f : findings) {
        if (f.ruleId == ruleId && f.path == path) {
            found = &f;
            break;
        }
    }
    if (severity < 0) {
        QVERIFY2(!found, qPrintable(found ? found->toLine() : QString()));
        return;
    }
    if (!found) {
        for (const Finding &f : findings)
            qWarning().noquote() << f.toLine() << f.path;
    }
    QVERIFY2(found, qPrintable(u"no %1 at %2"_s.arg(ruleId, path)));
    QCOMPARE(int(found->severity), severity);
    QCOMPARE(found->location.file, fixture(file));
    QCOMPARE(found->location.line, line);
    QCOMPARE(found->location.column, column);
    QVERIFY2(!found->message.isEmpty() && !found->suggestion.isEmpty(), "a message and a suggested fix");
    QVERIFY2(QString(found->message + u' ' + found->suggestion).contains(fragment),
             qPrintable(found->message + u" / "_s + found->suggestion));
}

void TestValidator::cleanFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expected");
    QTest::newRow("hardened stack") << u"good.yaml"_s << 0;
    QTest::newRow("production file with one database port") << u"docker-compose.prod.yml"_s << 1;
}

void TestValidator::cleanFiles()
{
    QFETCH(QString, file);
    QFETCH(int, expected);
    const Result<ComposeProject> project = projectFrom(file);
    QVERIFY(project.ok());
    const Findings findings = Validator::validate(project.value(), machine());
    for (const Finding &f : findings)
        qInfo().noquote() << f.toLine();
    QCOMPARE(findings.size(), expected);
}

void TestValidator::sortedAndKeepsLoaderFindings()
{
    Result<ComposeProject> project = projectFrom(u"hardening.yaml"_s);
    QVERIFY(project.ok());
    Finding loader{Severity::Error, SourceLocation{fixture(u"hardening.yaml"_s), 3, 5, -1}, u"services.x"_s,
                   u"interpolation.required"_s, u"loader finding"_s, u"set it"_s};
    project->findings.append(loader);
    const Findings findings = Validator::validate(project.value(), machine());
    QVERIFY(findings.size() > 5);
    QCOMPARE(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
                 return f.ruleId == u"interpolation.required"_s;
             }), 1);
    for (qsizetype i = 1; i < findings.size(); ++i) {
        const SourceLocation &a = findings[i - 1].location, &b = findings[i].location;
        QVERIFY2(std::tie(a.file, a.line, a.column) <= std::tie(b.file, b.line, b.column),
                 qPrintable(findings[i].toLine()));
    }
    QVERIFY(hasErrors(findings));
    // hardening findings are warnings: without the loader's error nothing blocks a write
    Result<ComposeProject> good = projectFrom(u"hardening.yaml"_s);
    QVERIFY(!hasErrors(Validator::validate(good.value(), machine())));
}

void TestValidator::portSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hostIp");
    QTest::addColumn<int>("publishedStart");
    QTest::addColumn<int>("publishedEnd");
    QTest::addColumn<int>("targetStart");
    QTest::addColumn<int>("targetEnd");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("valid");
    QTest::newRow("target only") << u"80"_s << QString() << 0 << 0 << 80 << 80 << u"tcp"_s << true;
    QTest::newRow("published") << u"8080:80"_s << QString() << 8080 << 8080 << 80 << 80 << u"tcp"_s << true;
    QTest::newRow("ip") << u"127.0.0.1:8080:80"_s << u"127.0.0.1"_s << 8080 << 8080 << 80 << 80 << u"tcp"_s << true;
    QTest::newRow("ipv6") << u"[::1]:8080:80"_s << u"::1"_s << 8080 << 8080 << 80 << 80 << u"tcp"_s << true;
    QTest::newRow("ranges") << u"8000-8010:9000-9010/udp"_s << QString() << 8000 << 8010 << 9000 << 9010 << u"udp"_s
                            << true;
    QTest::newRow("ephemeral with ip") << u"127.0.0.1::80"_s << u"127.0.0.1"_s << 0 << 0 << 80 << 80 << u"tcp"_s
                                       << true;
    QTest::newRow("zero port") << u"0:80"_s << QString() << 0 << 0 << 80 << 80 << u"tcp"_s << false;
    QTest::newRow("bad protocol") << u"80/tcpx"_s << QString() << 0 << 0 << 0 << 0 << u"tcpx"_s << false;
    QTest::newRow("word") << u"http"_s << QString() << 0 << 0 << 0 << 0 << u"tcp"_s << false;
    QTest::newRow("too many colons") << u"1:2:3:4"_s << QString() << 0 << 0 << 0 << 0 << u"tcp"_s << false;
}

void TestValidator::portSyntax()
{
    QFETCH(QString, text);
    QFETCH(QString, hostIp);
    QFETCH(int, publishedStart);
    QFETCH(int, publishedEnd);
    QFETCH(int, targetStart);
    QFETCH(int, targetEnd);
    QFETCH(QString, protocol);
    QFETCH(bool, valid);
    const YamlNodePtr node = YamlNode::makeScalar(text);
    const PortMapping m = PortMapping::parse(*node, u"p"_s);
    QCOMPARE(m.valid(), valid);
    QCOMPARE(m.protocol, protocol);
    if (!valid) {
        QVERIFY(!m.error.isEmpty());
        return;
    }
    QCOMPARE(m.hostIp, hostIp);
    QCOMPARE(m.publishedStart, publishedStart);
    QCOMPARE(m.publishedEnd, publishedEnd);
    QCOMPARE(m.targetStart, targetStart);
    QCOMPARE(m.targetEnd, targetEnd);
}

void TestValidator::spelling_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing letter") << u"enviroment"_s << u"environment"_s;
    QTest::newRow("case") << u"Ports"_s << u"ports"_s;
    QTest::newRow("underscore") << u"healthcheck"_s << u"healthcheck"_s;
    QTest::newRow("swap") << u"dpeends_on"_s << u"depends_on"_s;
    QTest::newRow("too far") << u"colour"_s << QString();
}

void TestValidator::spelling()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const QStringList keys = {u"environment"_s, u"ports"_s, u"healthcheck"_s, u"depends_on"_s, u"image"_s};
    QCOMPARE(Spelling::closest(word, keys), expected);
}

void TestValidator::productionFileNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("production");
    QTest::newRow("prod") << u"docker-compose.prod.yml"_s << true;
    QTest::newRow("production") << u"compose.production.yaml"_s << true;
    QTest::newRow("prefix") << u"prod-compose.yml"_s << true;
    QTest::newRow("upper-case") << u"docker-compose.PROD.yml"_s << true;
    QTest::newRow("product is not prod") << u"product-catalog.yml"_s << false;
    QTest::newRow("plain") << u"docker-compose.yml"_s << false;
}

// The same database port is a production finding only when the file name says production.
void TestValidator::productionFileNames()
{
    QFETCH(QString, fileName);
    QFETCH(bool, production);
    const QByteArray yaml = "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n";
    const Result<YamlDocument> doc = YamlReader::parse(yaml, u"/stack/"_s + fileName);
    QVERIFY(doc.ok());
    ComposeProject project;
    project.files = {doc->file};
    project.effective = doc->root;
    const Findings findings = Validator::validate(project, machine());
    const bool found = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.ruleId == u"ports.database-production"_s;
    });
    QCOMPARE(found, production);
}

void TestValidator::keysMatchComposeSpec_data()
{
    QTest::addColumn<QString>("definition"); // JSON pointer into compose-spec.json, '/'-separated
    QTest::addColumn<QString>("object");     // our path: dotted keys from the top level, '*' for a named entry
    QTest::newRow("top level") << u""_s << u""_s;
    QTest::newRow("service") << u"definitions/service"_s << u"services.*"_s;
    QTest::newRow("deploy") << u"definitions/deployment"_s << u"services.*.deploy"_s;
    QTest::newRow("resources") << u"definitions/deployment/properties/resources"_s << u"services.*.deploy.resources"_s;
    QTest::newRow("limits") << u"definitions/deployment/properties/resources/properties/limits"_s
                            << u"services.*.deploy.resources.limits"_s;
    QTest::newRow("healthcheck") << u"definitions/healthcheck"_s << u"services.*.healthcheck"_s;
    QTest::newRow("network") << u"definitions/network"_s << u"networks.*"_s;
    QTest::newRow("volume") << u"definitions/volume"_s << u"volumes.*"_s;
    QTest::newRow("secret") << u"definitions/secret"_s << u"secrets.*"_s;
    QTest::newRow("config") << u"definitions/config"_s << u"configs.*"_s;
}

// An independent oracle: every key compose-spec.json allows is known to the structure rules.
void TestValidator::keysMatchComposeSpec()
{
    QFETCH(QString, definition);
    QFETCH(QString, object);
    QFile file(QStringLiteral(STACKDECK_SHARED_DIR "/schema/compose-spec.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/schema/compose-spec.json is absent");
    QJsonObject node = QJsonDocument::fromJson(file.readAll()).object();
    if (!definition.isEmpty()) {
        for (const QString &part : definition.split(u'/'))
            node = node.value(part).toObject();
    }
    const QJsonObject properties = node.value(u"properties"_s).toObject();
    QVERIFY2(!properties.isEmpty(), qPrintable(definition));

    const ComposeSchema::Object *spec = &ComposeSchema::topLevel();
    const QStringList parts = object.isEmpty() ? QStringList() : object.split(u'.');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] == u"*"_s)
            continue;
        const ComposeSchema::Key *key = ComposeSchema::find(*spec, parts[i]);
        QVERIFY2(key, qPrintable(parts[i]));
        const bool named = i + 1 < parts.size() && parts[i + 1] == u"*"_s;
        spec = named ? key->entries : key->fields;
        QVERIFY2(spec, qPrintable(parts[i]));
    }
    for (auto it = properties.begin(); it != properties.end(); ++it)
        QVERIFY2(ComposeSchema::find(*spec, it.key()), qPrintable(u"%1 misses %2"_s.arg(object, it.key())));
    QCOMPARE(spec->count, int(properties.size())); // and nothing the spec does not allow
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
