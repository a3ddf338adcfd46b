#include "composetesthelpers.h"

#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::TestHelpers;

// Compose's merge rules for several -f files, one row per rule (merge/base.yaml + merge/override.yaml).
class TestComposeMerge final : public QObject
{
    Q_OBJECT

private:
    ComposeProject m_project;

private slots:
    void initTestCase()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("merge/base.yaml"), QStringLiteral("merge/override.yaml")});
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        m_project = p.value();
        QCOMPARE(m_project.files.size(), 2);
        QCOMPARE(m_project.documents.size(), 2);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scalar replaced") << "services.api.image" << "stackdeck/fastapi:1.1.0";
        QTest::newRow("build string merged into map") << "services.api.build.context" << "./api";
        QTest::newRow("build map key added") << "services.api.build.dockerfile" << "Dockerfile.prod";
        QTest::newRow("command replaced") << "services.api.command" << "[gunicorn,app.main:app]";
        QTest::newRow("entrypoint replaced") << "services.api.entrypoint" << "[/entry.sh,--prod]";
        QTest::newRow("ports unique, appended") << "services.api.ports" << "[8000:8000,9100:9100,127.0.0.1:9090:9090]";
        QTest::newRow("expose appended") << "services.api.expose" << "[7000,7001]";
        QTest::newRow("dns appended") << "services.api.dns" << "[1.1.1.1,8.8.8.8]";
        QTest::newRow("environment by key (list + map)") << "services.api.environment" << "[LOG_LEVEL=debug,WORKERS=2,DEBUG=1]";
        QTest::newRow("labels by key (map + list)") << "services.api.labels" << "[team=platform,tier=api]";
        QTest::newRow("extra_hosts by host") << "services.api.extra_hosts" << "[db.local=10.0.0.6,cache.local:10.0.0.7]";
        QTest::newRow("volumes by target") << "services.api.volumes" << "[./other:/data:ro,logs:/var/log/app]";
        QTest::newRow("depends_on list becomes map") << "services.api.depends_on.postgres.condition" << "service_started";
        QTest::newRow("depends_on map merged") << "services.api.depends_on.redis.condition" << "service_healthy";
        QTest::newRow("networks list becomes map") << "services.api.networks.backend" << "<null>";
        QTest::newRow("networks map merged") << "services.api.networks.frontend.aliases" << "[api-public]";
        QTest::newRow("secrets by target") << "services.api.secrets.0.mode" << "0400";
        QTest::newRow("secrets not duplicated") << "services.api.secrets.1" << "<absent>";
        QTest::newRow("healthcheck.test replaced") << "services.api.healthcheck.test" << "[CMD-SHELL,curl -f http://localhost:8000/ready]";
        QTest::newRow("healthcheck other keys kept") << "services.api.healthcheck.interval" << "30s";
        QTest::newRow("healthcheck key added") << "services.api.healthcheck.timeout" << "5s";
        QTest::newRow("logging same driver: options merged") << "services.api.logging.options.max-size" << "10m";
        QTest::newRow("logging options added") << "services.api.logging.options.max-file" << "3";
        QTest::newRow("logging other driver replaces") << "services.worker.logging.options.max-size" << "<absent>";
        QTest::newRow("logging other driver") << "services.worker.logging.driver" << "syslog";
        QTest::newRow("nested map merged, kept") << "services.api.deploy.resources.limits.cpus" << "1.0";
        QTest::newRow("nested map merged, replaced") << "services.api.deploy.resources.limits.memory" << "2G";
        QTest::newRow("x- field in service replaced") << "services.api.x-owner" << "bob";
        QTest::newRow("top-level x- field kept") << "x-team" << "platform";
        QTest::newRow("!reset removes") << "services.api.stop_grace_period" << "<absent>";
        QTest::newRow("!override replaces a list") << "services.api.cap_add" << "[SYS_PTRACE]";
        QTest::newRow("new service added") << "services.redis.image" << "redis:7-alpine";
        QTest::newRow("untouched service kept") << "services.postgres.image" << "postgres:16-alpine";
        QTest::newRow("top-level networks merged") << "networks.frontend" << "<map>";
        QTest::newRow("top-level networks kept") << "networks.backend" << "<map>";
    }
    void rules()
    {
        QFETCH(QString, path);
        QTEST(textAt(m_project.effective, path), "expected");
    }

    void locationsPointIntoTheRightFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("replaced scalar from override") << "services.api.image" << "override.yaml" << 4;
        QTest::newRow("kept scalar from base") << "services.api.deploy.resources.limits.cpus" << "base.yaml" << 44;
        QTest::newRow("appended port from override") << "services.api.ports.2" << "override.yaml" << 11;
        QTest::newRow("kept port from base") << "services.api.ports.1" << "base.yaml" << 11;
        QTest::newRow("service from base") << "services.postgres.image" << "base.yaml" << 57;
    }
    void locationsPointIntoTheRightFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, file);
        QFETCH(int, line);
        const YamlNodePtr n = nodeAt(m_project.effective, path);
        QVERIFY(n);
        QCOMPARE(n->location.file, fixture(QStringLiteral("merge/") + file));
        QCOMPARE(n->location.line, line);
    }

    void typedViewFollowsMerge()
    {
        const ServiceSpec *api = m_project.service(QStringLiteral("api"));
        QVERIFY(api);
        QCOMPARE(api->ports.size(), 3);
        QCOMPARE(api->ports[2].hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(api->volumes.size(), 2);
        QVERIFY(api->volumes[0].readOnly);
        QCOMPARE(api->dependsOn.size(), 2);
        QCOMPARE(api->networks, (QStringList{QStringLiteral("backend"), QStringLiteral("frontend")}));
        QCOMPARE(serviceNames(m_project), (QStringList{QStringLiteral("api"), QStringLiteral("worker"),
                                                       QStringLiteral("postgres"), QStringLiteral("redis")}));
    }

    void mergeOrderMatters()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("merge/override.yaml"), QStringLiteral("merge/base.yaml")});
        QVERIFY(p.ok());
        QCOMPARE(textAt(p->effective, QStringLiteral("services.api.image")), QStringLiteral("stackdeck/fastapi:1.0.0"));
        QCOMPARE(textAt(p->effective, QStringLiteral("services.api.command")), QStringLiteral("[uvicorn,app.main:app]"));
    }
};

QTEST_GUILESS_MAIN(TestComposeMerge)
#include "tst_composemerge.moc"
