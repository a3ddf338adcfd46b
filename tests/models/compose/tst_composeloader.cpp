#include "composetesthelpers.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::TestHelpers;

// Loading like `docker compose`: discovery, .env, anchors, extends, profiles, names, the seed stacks, bad input.
class TestComposeLoader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("stackdeck.compose.debug=false"));
        // Rows set these themselves; a developer's shell must not leak into them.
        for (const char *name : {"COMPOSE_FILE", "COMPOSE_PROFILES", "COMPOSE_PROJECT_NAME", "TAG", "STACKDECK_TEST_OVERRIDE"})
            qunsetenv(name);
    }

    void discovery_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("checkPath");
        QTest::addColumn<QString>("checkValue");
        QTest::newRow("compose.yaml + override, compose.yaml wins over docker-compose.yml")
            << "discovery/nested" << QStringList{QStringLiteral("discovery/nested/compose.yaml"), QStringLiteral("discovery/nested/compose.override.yml")}
            << "services.api.environment.LOG_LEVEL" << "debug";
        QTest::newRow("walks up to a parent folder")
            << "discovery/nested/deeper" << QStringList{QStringLiteral("discovery/nested/compose.yaml"), QStringLiteral("discovery/nested/compose.override.yml")}
            << "services.legacy-only" << "<absent>";
        QTest::newRow("docker-compose.yml + docker-compose.override.yml")
            << "discovery/legacy" << QStringList{QStringLiteral("discovery/legacy/docker-compose.yml"), QStringLiteral("discovery/legacy/docker-compose.override.yml")}
            << "services.web.ports" << "[8080:80,8443:443]";
        QTest::newRow("production stack with its override")
            << "production" << QStringList{QStringLiteral("production/compose.yaml"), QStringLiteral("production/compose.override.yaml")}
            << "services.fastapi.ports" << "[8000:8000]";
    }
    void discovery()
    {
        QFETCH(QString, dir);
        QFETCH(QStringList, files);
        QFETCH(QString, checkPath);
        ComposeLoadOptions options;
        options.workingDir = fixture(dir);
        options.useProcessEnvironment = false;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QStringList expected;
        for (const QString &f : files)
            expected.append(fixture(f));
        QCOMPARE(p->files, expected);
        QCOMPARE(p->projectDir, QFileInfo(expected.first()).absolutePath());
        QTEST(textAt(p->effective, checkPath), "checkValue");
    }

    void discoveryFindsNothing()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        ComposeLoadOptions options;
        options.workingDir = empty.path();
        options.useProcessEnvironment = false;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        if (p.ok())
            QSKIP("a compose file exists in a parent of the temporary folder");
        QVERIFY(p.error().message.contains(QStringLiteral("No compose file")));
        QVERIFY(!p.error().hint.isEmpty());
    }

    void composeFileVariable()
    {
        qputenv("COMPOSE_FILE", fixture(QStringLiteral("profiles/compose.yaml")).toUtf8());
        ComposeLoadOptions options;
        options.workingDir = fixture(QStringLiteral("discovery/legacy"));
        const Result<ComposeProject> p = ComposeLoader::load(options);
        qunsetenv("COMPOSE_FILE");
        QVERIFY(p.ok());
        QCOMPARE(p->files, QStringList{fixture(QStringLiteral("profiles/compose.yaml"))});
    }

    void interpolationFromEnvFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("${VAR} from .env") << "services.app.environment.FROM_ENV_FILE" << "from-dot-env";
        QTest::newRow("$VAR") << "services.app.environment.BARE" << "bare";
        QTest::newRow(":- unset") << "services.app.environment.DEFAULT_UNSET" << "fallback";
        QTest::newRow(":- empty") << "services.app.environment.DEFAULT_EMPTY_COLON" << "colon-default";
        QTest::newRow("- empty") << "services.app.environment.DEFAULT_EMPTY_DASH" << "";
        QTest::newRow(":+ set") << "services.app.environment.ALT_SET" << "has-tag";
        QTest::newRow("+ unset") << "services.app.environment.ALT_UNSET" << "";
        QTest::newRow("nested") << "services.app.environment.NESTED" << "1.2.3-nested";
        QTest::newRow("$$ escape") << "services.app.environment.ESCAPED" << "$HOME and ${TAG}";
        QTest::newRow(".env double quotes keep #") << "services.app.environment.QUOTED" << "two words # not a comment";
        QTest::newRow(".env export prefix") << "services.app.environment.EXPORTED" << "exported";
        QTest::newRow("process wins over .env") << "services.app.environment.PROCESS_WINS" << "from-process";
        QTest::newRow("keys not interpolated") << "services.app.labels.${TAG}" << "keys are not interpolated";
        QTest::newRow("quoted value") << "services.app.image" << "registry.local/app:1.2.3";
    }
    void interpolationFromEnvFile()
    {
        QFETCH(QString, path);
        qputenv("STACKDECK_TEST_OVERRIDE", "from-process");
        ComposeLoadOptions options;
        options.files = {fixture(QStringLiteral("interpolation/compose.yaml"))};
        const Result<ComposeProject> p = ComposeLoader::load(options);
        qunsetenv("STACKDECK_TEST_OVERRIDE");
        QVERIFY(p.ok());
        QCOMPARE(countRule(p->findings, QStringLiteral("interpolation.required")), 0);
        QTEST(textAt(p->effective, path), "expected");
    }

    void interpolatedNodesKeepLocationAndRaw()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("interpolation/compose.yaml")});
        QVERIFY(p.ok());
        const YamlNodePtr image = nodeAt(p->effective, QStringLiteral("services.app.image"));
        QVERIFY(image);
        QCOMPARE(image->raw, QStringLiteral("registry.local/app:${TAG}"));
        QCOMPARE(image->location.file, fixture(QStringLiteral("interpolation/compose.yaml")));
        QCOMPARE(image->location.line, 4);
        QCOMPARE(image->location.column, 12);
        QCOMPARE(p->variables.value(QStringLiteral("DERIVED")), QStringLiteral("1.2.3-derived"));
        QCOMPARE(p->variables.value(QStringLiteral("SINGLE")), QStringLiteral("${TAG} stays literal"));
        QCOMPARE(p->variables.value(QStringLiteral("INLINE")), QStringLiteral("value"));
        const EnvVar &env = p->services.first().environment.first();
        QCOMPARE(env.name, QStringLiteral("FROM_ENV_FILE"));
        QCOMPARE(env.raw, QStringLiteral("${FROM_ENV_FILE}"));
        QCOMPARE(env.value, QStringLiteral("from-dot-env"));
    }

    void anchorsAndMergeKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        QTest::newRow("explicit key wins over <<") << "services.single.image" << "stackdeck/single:2.0" << 17;
        QTest::newRow("merged key, located at the anchor") << "services.single.restart" << "unless-stopped" << 4;
        QTest::newRow("merged nested map") << "services.single.environment.LOG_LEVEL" << "info" << 6;
        QTest::newRow("<< key itself is gone") << "services.single.<<" << "<absent>" << 0;
        QTest::newRow("list: first map wins") << "services.listed.restart" << "no" << 8;
        QTest::newRow("list: earlier wins over later") << "services.listed.mem_limit" << "512m" << 9;
        QTest::newRow("list: explicit wins") << "services.listed.cpus" << "2" << 20;
        QTest::newRow("list: last map still contributes") << "services.listed.image" << "stackdeck/base:1.0" << 3;
        QTest::newRow("alias, located where written") << "services.env-alias.environment" << "<map>" << 23;
        QTest::newRow("alias children at the anchor") << "services.env-alias.environment.LOG_LEVEL" << "info" << 6;
        QTest::newRow("x- fields kept") << "x-more.cpus" << "0.5" << 12;
    }
    void anchorsAndMergeKeys()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        const Result<ComposeProject> p = loadFiles({QStringLiteral("anchors/compose.yaml")});
        QVERIFY(p.ok());
        QCOMPARE(p->findings.size(), 0);
        QTEST(textAt(p->effective, path), "expected");
        if (line > 0)
            QCOMPARE(nodeAt(p->effective, path)->location.line, line);
    }

    void extends_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("file");
        QTest::newRow("short form inherits") << "services.web.image" << "stackdeck/base:1.0" << "extends/compose.yaml";
        QTest::newRow("short form overrides") << "services.web.environment.LOG_LEVEL" << "debug" << "extends/compose.yaml";
        QTest::newRow("ports appended") << "services.web.ports" << "[8000:8000,8001:8001]" << "";
        QTest::newRow("extends key removed") << "services.web.extends" << "<absent>" << "";
        QTest::newRow("long form, recursive") << "services.web-long.environment.LOG_LEVEL" << "debug" << "";
        QTest::newRow("long form own key") << "services.web-long.restart" << "always" << "";
        QTest::newRow("other file") << "services.worker.image" << "bitnami/spark:3.5.0" << "extends/common/services.yaml";
        QTest::newRow("other file, its own extends") << "services.worker.environment.SPARK_MODE" << "worker" << "extends/common/services.yaml";
        QTest::newRow("other file, overridden") << "services.worker.environment.SPARK_WORKER_CORES" << "2" << "extends/compose.yaml";
        QTest::newRow("other file, inherited") << "services.worker.environment.SPARK_WORKER_MEMORY" << "6G" << "extends/common/services.yaml";
        QTest::newRow("base service itself unchanged") << "services.base.environment.LOG_LEVEL" << "info" << "";
        const QString common = QStringLiteral(STACKDECK_TEST_DATA "/compose/extends/common");
        QTest::newRow("other file: build context rebased") << "services.worker.build" << common + QStringLiteral("/spark")
                                                           << "extends/common/services.yaml";
        QTest::newRow("other file: env_file rebased") << "services.worker.env_file" << common + QStringLiteral("/spark.env") << "";
        QTest::newRow("other file: bind source rebased") << "services.worker.volumes.0"
                                                         << common + QStringLiteral("/jobs:/opt/spark/jobs:ro") << "";
    }
    void extends()
    {
        QFETCH(QString, path);
        QFETCH(QString, file);
        const Result<ComposeProject> p = loadFiles({QStringLiteral("extends/compose.yaml")});
        QVERIFY(p.ok());
        QCOMPARE(p->findings.size(), 0);
        QCOMPARE(p->files.size(), 1);
        QTEST(textAt(p->effective, path), "expected");
        if (!file.isEmpty())
            QCOMPARE(nodeAt(p->effective, path)->location.file, fixture(file));
    }

    void rebasedPathsKeepWhatWasWritten()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("extends/compose.yaml")});
        QVERIFY(p.ok());
        const YamlNodePtr build = nodeAt(p->effective, QStringLiteral("services.worker.build"));
        QVERIFY(build);
        QCOMPARE(build->raw, QStringLiteral("./spark"));
        QCOMPARE(p->service(QStringLiteral("worker"))->buildContext, QStringLiteral(STACKDECK_TEST_DATA "/compose/extends/common/spark"));
        // Same-file extends leaves paths as written.
        QCOMPARE(textAt(p->effective, QStringLiteral("services.web.build")), QStringLiteral("<absent>"));
    }

    void extendsErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::newRow("cycle") << "extends/cycle.yaml" << "extends.cycle" << 1;
        QTest::newRow("missing service") << "extends/missing.yaml" << "extends.missing-service" << 1;
        QTest::newRow("missing file") << "extends/missing.yaml" << "extends.file" << 1;
    }
    void extendsErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, rule);
        QFETCH(int, count);
        const Result<ComposeProject> p = loadFiles({file});
        QVERIFY(p.ok());
        QCOMPARE(countRule(p->findings, rule), count);
        for (const Finding &f : p->findings) {
            if (f.ruleId == rule) {
                QCOMPARE(f.severity, Severity::Error);
                QCOMPARE(f.location.file, fixture(file));
                QVERIFY(f.location.line > 1);
                QVERIFY(f.path.endsWith(QStringLiteral(".extends")));
            }
        }
        QVERIFY(!p->services.isEmpty());
    }

    void include()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("include/compose.yaml")});
        QVERIFY(p.ok());
        QVERIFY(!hasErrors(p->findings));
        QCOMPARE(serviceNames(*p), (QStringList{QStringLiteral("postgres"), QStringLiteral("api")}));
        // The included project reads its own .env.
        QCOMPARE(p->service(QStringLiteral("postgres"))->image, QStringLiteral("postgres:16-alpine"));
        QCOMPARE(p->service(QStringLiteral("postgres"))->location.file, fixture(QStringLiteral("include/db/compose.yaml")));
        QCOMPARE(textAt(p->effective, QStringLiteral("volumes.pg_data")), QStringLiteral("<null>"));
        QCOMPARE(textAt(p->effective, QStringLiteral("include")), QStringLiteral("<absent>"));
        const Result<ComposeProject> self = loadFiles({QStringLiteral("bad/include-self.yaml")});
        QVERIFY(self.ok());
        QCOMPARE(countRule(self->findings, QStringLiteral("include.invalid")), 1);
        QCOMPARE(serviceNames(*self), QStringList{QStringLiteral("web")});
    }

    void profiles_data()
    {
        QTest::addColumn<QStringList>("profiles");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("active");
        QTest::addColumn<QStringList>("inactive");
        const QString app = QStringLiteral("app"), debug = QStringLiteral("debug"), pgadmin = QStringLiteral("pgadmin");
        QTest::newRow("none enabled") << QStringList() << QString() << QStringList{app} << QStringList{debug, pgadmin};
        QTest::newRow("debug") << QStringList{debug} << QString() << QStringList{app, debug} << QStringList{pgadmin};
        QTest::newRow("second profile of a service") << QStringList{QStringLiteral("ops")} << QString() << QStringList{app, pgadmin} << QStringList{debug};
        QTest::newRow("all with *") << QStringList{QStringLiteral("*")} << QString() << QStringList{app, debug, pgadmin} << QStringList();
        QTest::newRow("COMPOSE_PROFILES") << QStringList() << "tools,debug" << QStringList{app, debug, pgadmin} << QStringList();
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("nope")} << QString() << QStringList{app} << QStringList{debug, pgadmin};
    }
    void profiles()
    {
        QFETCH(QStringList, profiles);
        QFETCH(QString, variable);
        QFETCH(QStringList, inactive);
        if (!variable.isEmpty())
            qputenv("COMPOSE_PROFILES", variable.toUtf8());
        ComposeLoadOptions options;
        options.files = {fixture(QStringLiteral("profiles/compose.yaml"))};
        options.profiles = profiles;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        qunsetenv("COMPOSE_PROFILES");
        QVERIFY(p.ok());
        QTEST(serviceNames(*p), "active");
        QCOMPARE(p->inactiveServices, inactive);
        for (const QString &name : inactive)
            QCOMPARE(textAt(p->effective, QStringLiteral("services.") + name), QStringLiteral("<absent>"));
    }

    void projectName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("folder name, normalised") << "naming/My_Project.Dir/compose.yaml" << "" << "" << "my_projectdir";
        QTest::newRow("top-level name:") << "naming/named.yaml" << "" << "" << "stack-deck_demo";
        QTest::newRow("COMPOSE_PROJECT_NAME over name:") << "naming/named.yaml" << "" << "FromEnv" << "fromenv";
        QTest::newRow("-p over everything") << "naming/named.yaml" << "Cli.Name" << "FromEnv" << "cliname";
        QTest::newRow("spark folder") << "spark/docker-compose.yml" << "" << "" << "spark";
    }
    void projectName()
    {
        QFETCH(QString, file);
        QFETCH(QString, option);
        QFETCH(QString, variable);
        if (!variable.isEmpty())
            qputenv("COMPOSE_PROJECT_NAME", variable.toUtf8());
        ComposeLoadOptions options;
        options.files = {fixture(file)};
        options.projectName = option;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        qunsetenv("COMPOSE_PROJECT_NAME");
        QVERIFY(p.ok());
        QTEST(p->name, "expected");
    }

    void sparkStack()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("spark/docker-compose.yml")});
        QVERIFY(p.ok());
        QVERIFY(!hasErrors(p->findings));
        QCOMPARE(serviceNames(*p), (QStringList{QStringLiteral("spark-master"), QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-2")}));
        const ServiceSpec *master = p->service(QStringLiteral("spark-master"));
        QCOMPARE(master->ports.size(), 1);
        QCOMPARE(master->ports[0].published, QStringLiteral("8080"));
        QCOMPARE(master->expose, QStringList{QStringLiteral("7077")});
        QCOMPARE(master->limits.memory, QStringLiteral("4G"));
        QCOMPARE(master->restart, QStringLiteral("unless-stopped"));
        QCOMPARE(master->logging.driver, QStringLiteral("json-file"));
        QCOMPARE(master->logging.options.value(QStringLiteral("max-size")), QStringLiteral("10m"));
        QCOMPARE(master->logging.options.value(QStringLiteral("max-file")), QStringLiteral("3"));
        QVERIFY(master->healthcheck.has_value());
        const ServiceSpec *worker = p->service(QStringLiteral("spark-worker-2"));
        QCOMPARE(worker->limits.memory, QStringLiteral("7G"));
        QCOMPARE(worker->reservations.cpus, QStringLiteral("2"));
        QCOMPARE(worker->dependsOn.size(), 1);
        QCOMPARE(worker->dependsOn[0].condition, QStringLiteral("service_healthy"));
        QCOMPARE(worker->networks, QStringList{QStringLiteral("spark-network")});
        bool sawCores = false;
        for (const EnvVar &e : worker->environment) {
            if (e.name == QLatin1String("SPARK_WORKER_CORES")) {
                sawCores = true;
                QCOMPARE(e.value, QStringLiteral("2")); // from spark/.env
                QCOMPARE(e.raw, QStringLiteral("${SPARK_WORKER_CORES:-4}"));
            }
        }
        QVERIFY(sawCores);
    }

    void productionStack()
    {
        ComposeLoadOptions options;
        options.workingDir = fixture(QStringLiteral("production"));
        options.useProcessEnvironment = false;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        QVERIFY(p.ok());
        QVERIFY(!hasErrors(p->findings));
        QCOMPARE(p->services.size(), 8);
        QCOMPARE(p->name, QStringLiteral("production"));
        const ServiceSpec *api = p->service(QStringLiteral("fastapi"));
        QCOMPARE(api->ports.size(), 1);
        QCOMPARE(api->user, QStringLiteral("10001:10001"));
        QVERIFY(api->readOnly);
        QCOMPARE(api->capDrop, QStringList{QStringLiteral("ALL")});
        QCOMPARE(api->secrets, QStringList{QStringLiteral("jwt_secret")});
        QCOMPARE(api->command.first(), QStringLiteral("uvicorn"));
        QMap<QString, QString> env;
        for (const EnvVar &e : api->environment)
            env.insert(e.name, e.value);
        QCOMPARE(env.value(QStringLiteral("DATABASE_URL")), QStringLiteral("postgresql://app:fixture-not-a-secret@postgres:5432/app"));
        QCOMPARE(env.value(QStringLiteral("LOG_LEVEL")), QStringLiteral("debug"));
        QCOMPARE(env.value(QStringLiteral("APP_ENV")), QStringLiteral("production"));
        QCOMPARE(env.value(QStringLiteral("WORKERS")), QStringLiteral("2"));
        const ServiceSpec *analytics = p->service(QStringLiteral("analytics"));
        QCOMPARE(analytics->environment.last().name, QStringLiteral("ANALYTICS_BATCH_SIZE"));
        QVERIFY(analytics->environment.last().hasValue);
        QCOMPARE(analytics->environment.last().value, QStringLiteral("100"));
        QCOMPARE(analytics->buildContext, QStringLiteral("./analytics"));
        const ServiceSpec *nginx = p->service(QStringLiteral("nginx"));
        QCOMPARE(nginx->dependsOn.first().condition, QStringLiteral("service_healthy"));
        QCOMPARE(nginx->volumes.size(), 2);
        QVERIFY(nginx->volumes[1].readOnly);
        const ServiceSpec *streamlit = p->service(QStringLiteral("streamlit"));
        QCOMPARE(streamlit->healthcheck->test.first(), QStringLiteral("CMD-SHELL"));
        QCOMPARE(p->service(QStringLiteral("prometheus"))->ports.first().hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(nodeAt(p->effective, QStringLiteral("networks"))->pairs.size(), 4);
        QCOMPARE(p->service(QStringLiteral("grafana"))->image, QStringLiteral("grafana/grafana:10.4.0"));
    }

    void productionWithoutPassword()
    {
        QTemporaryDir dir;
        QFile env(dir.filePath(QStringLiteral("empty.env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("# no password here\nAPP_VERSION=2.0.0\n");
        env.close();
        ComposeLoadOptions options;
        options.workingDir = fixture(QStringLiteral("production"));
        options.envFiles = {env.fileName()};
        options.useProcessEnvironment = false;
        const Result<ComposeProject> p = ComposeLoader::load(options);
        QVERIFY(p.ok());
        QCOMPARE(countRule(p->findings, QStringLiteral("interpolation.required")), 1);
        for (const Finding &f : p->findings) {
            if (f.ruleId == QLatin1String("interpolation.required")) {
                QCOMPARE(f.location.file, fixture(QStringLiteral("production/compose.yaml")));
                QCOMPARE(f.location.line, 164);
                QCOMPARE(f.location.column, 26);
                QCOMPARE(f.path, QStringLiteral("services.postgres.environment.POSTGRES_PASSWORD"));
                QVERIFY(f.message.contains(QStringLiteral("set POSTGRES_PASSWORD in .env")));
            }
        }
        QCOMPARE(p->service(QStringLiteral("fastapi"))->image, QStringLiteral("stackdeck/fastapi:2.0.0"));
        QVERIFY(countRule(p->findings, QStringLiteral("interpolation.unset")) >= 1);
    }

    void missingEnvFileIsAnError()
    {
        ComposeLoadOptions options;
        options.files = {fixture(QStringLiteral("profiles/compose.yaml"))};
        options.envFiles = {fixture(QStringLiteral("profiles/no-such.env"))};
        const Result<ComposeProject> p = ComposeLoader::load(options);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().location.file, fixture(QStringLiteral("profiles/no-such.env")));
    }
};

QTEST_GUILESS_MAIN(TestComposeLoader)
#include "tst_composeloader.moc"
