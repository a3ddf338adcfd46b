#include "models/docker/containerinfo.h"
#include "models/docker/containersummary.h"
#include "models/docker/engineclient.h"
#include "models/docker/engineendpoint.h"
#include "models/docker/engineevent.h"
#include "models/docker/projectcontainers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Parsing of recorded engine answers (inspect, list, events) and endpoint resolution; no engine needed.
class TestEngineParsing final : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(STACKDECK_TEST_DATA) + u"/docker/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

private Q_SLOTS:
    void inspect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("oom");
        QTest::addColumn<QString>("health");
        QTest::addColumn<int>("failingStreak");
        QTest::addColumn<int>("probes");
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<double>("cpus");
        QTest::addColumn<int>("ports");
        QTest::addColumn<bool>("tty");
        QTest::newRow("running, unhealthy, limits, ports") << u"inspect-web.json"_s << u"fx-web"_s << u"web"_s << 1
            << u"running"_s << 0 << false << u"unhealthy"_s << 11 << 5 << qint64(67108864) << 0.5 << 2 << false;
        QTest::newRow("exited 3, cpu quota") << u"inspect-exit.json"_s << u"fx-exit"_s << u"job"_s << 1
            << u"exited"_s << 3 << false << QString() << 0 << 0 << qint64(0) << 0.25 << 0 << false;
        QTest::newRow("tty container") << u"inspect-tty.json"_s << u"fx-tty"_s << u"shell"_s << 2
            << u"running"_s << 0 << false << QString() << 0 << 0 << qint64(0) << 0.0 << 0 << true;
        QTest::newRow("oom killed") << u"inspect-oom.json"_s << u"fx-oom"_s << u"hog"_s << 1
            << u"exited"_s << 137 << true << QString() << 0 << 0 << qint64(16777216) << 0.0 << 0 << false;
    }

    void inspect()
    {
        QFETCH(QString, file);
        const Result<ContainerInfo> info = ContainerInfo::fromInspectJson(fixture(file));
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
        QTEST(info->name, "name");
        QTEST(info->service, "service");
        QTEST(info->containerNumber, "number");
        QCOMPARE(info->project, u"stackdeck-fixture"_s);
        QTEST(info->status, "status");
        QTEST(info->exitCode, "exitCode");
        QTEST(info->oomKilled, "oom");
        QTEST(info->health, "health");
        QTEST(info->failingStreak, "failingStreak");
        QTEST(int(info->probes.size()), "probes");
        QTEST(info->memoryLimit, "memory");
        QTEST(info->cpuLimit(), "cpus");
        QTEST(int(info->ports.size()), "ports");
        QTEST(info->tty, "tty");
        QCOMPARE(info->networks, QStringList{u"bridge"_s});
        QVERIFY(!info->oneOff);
        QCOMPARE(info->id.size(), 64);
    }

    void inspectDetails()
    {
        const Result<ContainerInfo> info = ContainerInfo::fromInspectJson(fixture(u"inspect-web.json"_s));
        QVERIFY(info.ok());
        QCOMPARE(info->ports.at(0), (PublishedPort{80, u"tcp"_s, u"127.0.0.1"_s, 18080}));
        QCOMPARE(info->ports.at(1), (PublishedPort{443, u"udp"_s, u"127.0.0.1"_s, 18443}));
        const HealthProbe &last = info->probes.last();
        QCOMPARE(last.exitCode, 1);
        QCOMPARE(last.output, u"probing\n"_s);
        QVERIFY(last.start.isValid() && last.end >= last.start);
        QVERIFY(info->probes.first().start < last.start); // oldest first
        QVERIFY(info->startedAt.isValid());
        QVERIFY(!info->finishedAt.isValid()); // 0001-01-01 means never
    }

    void inspectGarbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("truncated") << fixture(u"inspect-web.json"_s).left(300);
        QTest::newRow("no id") << QByteArray("{\"State\":{\"Status\":\"running\"}}");
    }

    void inspectGarbage()
    {
        QFETCH(QByteArray, json);
        const Result<ContainerInfo> info = ContainerInfo::fromInspectJson(json);
        QVERIFY(!info.ok());
        QVERIFY(!info.error().message.isEmpty());
    }

    void listAndMap()
    {
        const Result<QList<ContainerSummary>> list = ContainerSummary::listFromJson(fixture(u"list-project.json"_s));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 5);
        // web and job are in the model, shell is not; hog and mem become orphans too.
        const ProjectContainers mapped = ProjectContainers::map(list.value(), {u"web"_s, u"job"_s, u"db"_s});
        QCOMPARE(mapped.services.size(), 3);
        QCOMPARE(mapped.services.value(u"web"_s).size(), 1);
        QCOMPARE(mapped.services.value(u"web"_s).first().name, u"fx-web"_s);
        QCOMPARE(mapped.services.value(u"job"_s).first().state, u"exited"_s);
        QVERIFY(mapped.services.value(u"db"_s).isEmpty());
        QStringList orphans;
        for (const ContainerSummary &c : mapped.orphans)
            orphans.append(c.service);
        QCOMPARE(orphans, (QStringList{u"hog"_s, u"mem"_s, u"shell"_s}));
        QVERIFY(mapped.oneOffs.isEmpty());
    }

    void mapReplicasAndOneOffs()
    {
        const auto make = [](const QString &service, int number, bool oneOff) {
            ContainerSummary c;
            c.id = service + QString::number(number) + (oneOff ? u"r"_s : QString());
            c.name = c.id;
            c.service = service;
            c.containerNumber = number;
            c.oneOff = oneOff;
            return c;
        };
        const QList<ContainerSummary> list = {make(u"web"_s, 3, false), make(u"web"_s, 1, false), make(u"web"_s, 1, true),
                                              make(u"web"_s, 2, false), make(u"gone"_s, 1, false)};
        const ProjectContainers mapped = ProjectContainers::map(list, {u"web"_s});
        const QList<ContainerSummary> web = mapped.services.value(u"web"_s);
        QCOMPARE(web.size(), 3);
        QCOMPARE(web.at(0).containerNumber, 1);
        QCOMPARE(web.at(2).containerNumber, 3);
        QCOMPARE(mapped.oneOffs.size(), 1);
        QCOMPARE(mapped.orphans.size(), 1);
        QCOMPARE(mapped.orphans.first().service, u"gone"_s);
    }

    void events()
    {
        const QList<QByteArray> lines = fixture(u"events-project.jsonl"_s).split('\n');
        QStringList kinds;
        int health = 0;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const Result<EngineEvent> event = EngineEvent::fromJson(line);
            QVERIFY(event.ok());
            QCOMPARE(event->type, u"container"_s);
            QCOMPARE(event->project, u"stackdeck-fixture"_s);
            QVERIFY(event->timeNs > 1700000000LL * 1000000000LL);
            if (event->service != u"ev"_s)
                continue;
            switch (event->kind) {
            case EngineEvent::Kind::Create: kinds << u"create"_s; break;
            case EngineEvent::Kind::Start: kinds << u"start"_s; break;
            case EngineEvent::Kind::Die: kinds << u"die"_s; QCOMPARE(event->exitCode, 4); break;
            case EngineEvent::Kind::Destroy: kinds << u"destroy"_s; break;
            case EngineEvent::Kind::HealthStatus: ++health; QCOMPARE(event->health, u"healthy"_s); break;
            default: break;
            }
        }
        QCOMPARE(kinds, (QStringList{u"create"_s, u"start"_s, u"die"_s, u"destroy"_s}));
        QCOMPARE(health, 1);
        QVERIFY(!EngineEvent::fromJson("{not json").ok());
    }

    void eventsQuery()
    {
        const QByteArray query = EngineEvent::queryForProject(u"my app"_s, 42);
        QVERIFY(query.startsWith("filters="));
        QVERIFY(query.endsWith("&since=42"));
        const QByteArray filters = QByteArray::fromPercentEncoding(query.mid(8, query.indexOf('&') - 8));
        const QJsonObject object = QJsonDocument::fromJson(filters).object();
        QCOMPARE(object.value(u"label"_s).toArray().first().toString(), u"com.docker.compose.project=my app"_s);
        QVERIFY(!query.contains(' '));
    }

    void endpointParse_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("socket");
        QTest::newRow("unix") << u"unix:///run/user/1000/docker.sock"_s << true << u"http://localhost"_s << u"/run/user/1000/docker.sock"_s;
        QTest::newRow("tcp") << u"tcp://10.0.0.5:2376"_s << true << u"http://10.0.0.5:2376"_s << QString();
        QTest::newRow("tcp default port") << u"tcp://example"_s << true << u"http://example:2375"_s << QString();
        QTest::newRow("ssh") << u"ssh://me@host"_s << false << QString() << QString();
        QTest::newRow("empty unix") << u"unix://"_s << false << QString() << QString();
        QTest::newRow("garbage") << u"localhost"_s << false << QString() << QString();
    }

    void endpointParse()
    {
        QFETCH(QString, uri);
        QFETCH(bool, ok);
        const Result<EngineEndpoint> endpoint = EngineEndpoint::parse(uri, u"test"_s);
        QCOMPARE(endpoint.ok(), ok);
        if (!ok) {
            QVERIFY(!endpoint.error().hint.isEmpty());
            return;
        }
        QTEST(endpoint->baseUrl(), "baseUrl");
        QTEST(endpoint->socketPath, "socket");
    }

    void endpointResolve()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home.path());
        // Nothing configured: the default socket.
        Result<EngineEndpoint> endpoint = EngineEndpoint::resolve(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->socketPath, u"/var/run/docker.sock"_s);
        QCOMPARE(endpoint->source, u"default"_s);

        // A current context stored the way the docker CLI stores it.
        const QString docker = home.path() + u"/.docker"_s;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash("rootless", QCryptographicHash::Sha256).toHex());
        QVERIFY(QDir().mkpath(docker + u"/contexts/meta/"_s + hash));
        QFile config(docker + u"/config.json"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"auths\":{},\"currentContext\":\"rootless\"}");
        config.close();
        QFile meta(docker + u"/contexts/meta/"_s + hash + u"/meta.json"_s);
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{\"Name\":\"rootless\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"unix:///run/user/1000/docker.sock\",\"SkipTLSVerify\":false}}}");
        meta.close();
        endpoint = EngineEndpoint::resolve(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->socketPath, u"/run/user/1000/docker.sock"_s);
        QCOMPARE(endpoint->source, u"context rootless"_s);

        // DOCKER_CONTEXT beats config.json; an unknown context is an error naming the fix.
        env.insert(u"DOCKER_CONTEXT"_s, u"missing"_s);
        endpoint = EngineEndpoint::resolve(env);
        QVERIFY(!endpoint.ok());
        QVERIFY(endpoint.error().hint.contains(u"docker context use default"_s));

        // DOCKER_HOST beats everything.
        env.insert(u"DOCKER_HOST"_s, u"tcp://127.0.0.1:2999"_s);
        endpoint = EngineEndpoint::resolve(env);
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->port, 2999);
        QCOMPARE(endpoint->source, u"DOCKER_HOST"_s);
    }

    void negotiate_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("older server") << u"1.43"_s << u"1.41"_s << u"1.41"_s;
        QTest::newRow("newer server") << u"1.43"_s << u"1.50"_s << u"1.43"_s;
        QTest::newRow("minor 9 vs 10") << u"1.10"_s << u"1.9"_s << u"1.9"_s;
        QTest::newRow("garbage") << u"1.43"_s << u"banana"_s << QString();
    }

    void negotiate()
    {
        QFETCH(QString, client);
        QFETCH(QString, server);
        QTEST(EngineClient::negotiate(client, server), "expected");
    }
};

QTEST_GUILESS_MAIN(TestEngineParsing)
#include "tst_engineparsing.moc"
