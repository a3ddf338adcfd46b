#include "models/core/yamlreader.h"
#include "models/docker/composeerrormapper.h"
#include "models/docker/composejob.h"
#include "models/docker/composerunner.h"
#include "models/docker/composeoutputparser.h"
#include "models/docker/composetarget.h"
#include "models/docker/composetool.h"
#include "models/docker/composev1filter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

using Flavor = ComposeTool::Flavor;
Q_DECLARE_METATYPE(Stackdeck::ComposeTool::Flavor)

// Unit tests of the runner's pure parts: output parsers (v1 recorded, v2 written from the documented
// format), error mapping, version parsing, project names and the v1 line filter.
class TestComposeRunnerParsers final : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data();
    void parseLine();
    void transcript_data();
    void transcript();
    void errorMapping_data();
    void errorMapping();
    void version_data();
    void version();
    void projectName_data();
    void projectName();
    void v1Filter_data();
    void v1Filter();
    void v1FilterRefusesFlowStyle();
    void argumentLists_data();
    void argumentLists();
    void noComposeToolIsAnError();
};

static QStringList fixtureLines(const QString &name)
{
    QFile file(QStringLiteral(STACKDECK_TEST_DATA) + u"/runner/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (QByteArray line : file.readAll().split('\n')) {
        while (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    return lines;
}

// "service|target|action|state|message" or "-" for no event.
static QString describe(const std::optional<ComposeProgress> &e)
{
    if (!e)
        return u"-"_s;
    return QStringList{e->service, e->target, e->action, ComposeProgress::stateName(e->state), e->message}.join(u'|');
}

void TestComposeRunnerParsers::parseLine_data()
{
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("lines"); // earlier lines set context (the last action of a service)
    QTest::addColumn<QString>("expected");  // event of the last line

    const auto v1 = Flavor::V1;
    const auto v2 = Flavor::V2;
    // v1, recorded from docker-compose 1.29.2 on this machine.
    QTest::newRow("v1 creating running") << v1 << u"rxtest"_s << QStringList{u"Creating rxtest_web_1 ... \r"_s}
                                         << u"web|rxtest_web_1|create|running|"_s;
    QTest::newRow("v1 creating padded done") << v1 << u"rxtest"_s << QStringList{u"Creating rxtest_bad_1     ... done"_s}
                                             << u"bad|rxtest_bad_1|create|done|"_s;
    QTest::newRow("v1 start by service") << v1 << u"rxtest"_s << QStringList{u"Starting sleeper ... done"_s}
                                         << u"sleeper|sleeper|start|done|"_s;
    QTest::newRow("v1 recreating") << v1 << u"rxtest"_s << QStringList{u"Recreating rxtest_web_1 ... done"_s}
                                   << u"web|rxtest_web_1|recreate|done|"_s;
    QTest::newRow("v1 error result") << v1 << u"rxtestb"_s << QStringList{u"Creating rxtestb_web_1 ... error"_s}
                                     << u"web|rxtestb_web_1|create|error|"_s;
    QTest::newRow("v1 service with underscore") << v1 << u"p"_s << QStringList{u"Stopping p_spark_worker_2 ... done"_s}
                                                << u"spark_worker|p_spark_worker_2|stop|done|"_s;
    QTest::newRow("v1 network") << v1 << u"rxtest"_s
                                << QStringList{u"Creating network \"rxtest_default\" with the default driver"_s}
                                << u"|network rxtest_default|create|done|"_s;
    QTest::newRow("v1 removing network") << v1 << u"rxtest"_s << QStringList{u"Removing network rxtest_default"_s}
                                         << u"|network rxtest_default|remove|done|"_s;
    QTest::newRow("v1 volume") << v1 << u"p"_s << QStringList{u"Creating volume \"p_data\" with default driver"_s}
                               << u"|volume p_data|create|done|"_s;
    QTest::newRow("v1 up-to-date") << v1 << u"rxtest"_s << QStringList{u"rxtest_web_1 is up-to-date"_s}
                                   << u"web|rxtest_web_1|up-to-date|done|"_s;
    QTest::newRow("v1 pulling image") << v1 << u"rxtest"_s << QStringList{u"Pulling nope (stackdeck/doesnotexist:1)..."_s}
                                      << u"nope|nope|pull|running|stackdeck/doesnotexist:1"_s;
    QTest::newRow("v1 error for service keeps action")
        << v1 << u"rxtestb"_s
        << QStringList{u"Creating rxtestb_web_1 ... "_s, u"Creating rxtestb_web_1 ... error"_s,
                       u"ERROR: for web  Cannot start service web: Bind for 0.0.0.0:18081 failed: port is already allocated"_s}
        << u"web|web|create|error|Cannot start service web: Bind for 0.0.0.0:18081 failed: port is already allocated"_s;
    QTest::newRow("v1 error for container") << v1 << u"rxtest"_s
                                            << QStringList{u"ERROR: for rxtest_web_1  boom"_s}
                                            << u"web|rxtest_web_1||error|boom"_s;
    QTest::newRow("v1 other container name") << v1 << u"rxtest"_s << QStringList{u"Stopping my-db ... done"_s}
                                             << u"my-db|my-db|stop|done|"_s;
    QTest::newRow("v1 summary is no event") << v1 << u"rxtest"_s
                                            << QStringList{u"Encountered errors while bringing up the project."_s} << u"-"_s;
    QTest::newRow("v1 traceback is no event") << v1 << u"rxtest"_s
                                              << QStringList{u"  File \"/usr/bin/docker-compose\", line 33, in <module>"_s}
                                              << u"-"_s;
    QTest::newRow("v1 blank") << v1 << u"rxtest"_s << QStringList{u"\r"_s} << u"-"_s;

    // v2, written from the documented format (not captured: no v2 plugin on Debian 12).
    QTest::newRow("v2 plain creating") << v2 << u"demo"_s << QStringList{u" Container demo-db-1  Creating"_s}
                                       << u"db|demo-db-1|create|running|"_s;
    QTest::newRow("v2 plain started, dashed service") << v2 << u"demo"_s
                                                      << QStringList{u" Container demo-api-server-1  Started"_s}
                                                      << u"api-server|demo-api-server-1|start|done|"_s;
    QTest::newRow("v2 tty tick with duration") << v2 << u"demo"_s
                                               << QStringList{u" ✔ Container demo-db-1            Started     0.6s"_s}
                                               << u"db|demo-db-1|start|done|"_s;
    QTest::newRow("v2 old tty glyph") << v2 << u"demo"_s << QStringList{u" ⠿ Container demo-db-1  Recreated  1.2s"_s}
                                      << u"db|demo-db-1|recreate|done|"_s;
    QTest::newRow("v2 spinner frame running") << v2 << u"demo"_s
                                              << QStringList{u" ⠋ Container demo-db-1  Starting   0.2s"_s}
                                              << u"db|demo-db-1|start|running|"_s;
    QTest::newRow("v2 already running") << v2 << u"demo"_s << QStringList{u" ✔ Container demo-cache-1  Running  0.0s"_s}
                                        << u"cache|demo-cache-1|up-to-date|done|"_s;
    QTest::newRow("v2 healthy") << v2 << u"demo"_s << QStringList{u" Container demo-db-1  Healthy"_s}
                                << u"db|demo-db-1|healthy|done|"_s;
    QTest::newRow("v2 network") << v2 << u"demo"_s << QStringList{u" Network demo_default  Created"_s}
                                << u"|network demo_default|create|done|"_s;
    QTest::newRow("v2 quoted volume") << v2 << u"demo"_s << QStringList{u" Volume \"demo_pgdata\"  Creating"_s}
                                      << u"|volume demo_pgdata|create|running|"_s;
    QTest::newRow("v2 cross error then daemon reason")
        << v2 << u"demo"_s
        << QStringList{u" Container demo-web-1  Starting"_s, u" ✘ Container demo-web-1  Error   0.4s"_s,
                       u"Error response from daemon: Bind for 0.0.0.0:8080 failed: port is already allocated"_s}
        << u"web|web|start|error|Bind for 0.0.0.0:8080 failed: port is already allocated"_s;
    QTest::newRow("v2 pull service") << v2 << u"demo"_s << QStringList{u" web Pulling"_s} << u"web|web|pull|running|"_s;
    QTest::newRow("v2 pull error") << v2 << u"demo"_s << QStringList{u" web Pulling"_s, u" web Error"_s}
                                   << u"web|web|pull|error|"_s;
    QTest::newRow("v2 layer line is no event") << v2 << u"demo"_s << QStringList{u" 3f4ca61aafcd Pulling fs layer"_s}
                                               << u"-"_s;
    QTest::newRow("v2 summary is no event") << v2 << u"demo"_s << QStringList{u"[+] Running 4/4"_s} << u"-"_s;
    QTest::newRow("v2 unknown status is no event") << v2 << u"demo"_s
                                                   << QStringList{u" Container demo-db-1  Frobnicating"_s} << u"-"_s;
}

void TestComposeRunnerParsers::parseLine()
{
    QFETCH(Flavor, flavor);
    QFETCH(QString, project);
    QFETCH(QStringList, lines);
    QFETCH(QString, expected);
    ComposeOutputParser parser(flavor, project);
    std::optional<ComposeProgress> last;
    for (const QString &line : std::as_const(lines))
        last = parser.parseLine(line);
    QCOMPARE(describe(last), expected);
}

void TestComposeRunnerParsers::transcript_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("expected"); // "service:action=state" of each service's last event, sorted

    QTest::newRow("v1 up (recorded)") << u"v1/up.txt"_s << Flavor::V1 << u"rxtest"_s
                                      << u":create=done bad:create=done sleeper:create=done web:create=done"_s;
    QTest::newRow("v1 up again (recorded)") << u"v1/up-again.txt"_s << Flavor::V1 << u"rxtest"_s
                                            << u"bad:start=done sleeper:up-to-date=done web:up-to-date=done"_s;
    QTest::newRow("v1 stop (recorded)") << u"v1/stop.txt"_s << Flavor::V1 << u"rxtest"_s
                                        << u"sleeper:stop=done web:stop=done"_s;
    QTest::newRow("v1 restart (recorded)") << u"v1/restart.txt"_s << Flavor::V1 << u"rxtest"_s
                                           << u"bad:restart=done sleeper:restart=done web:restart=done"_s;
    QTest::newRow("v1 down (recorded)") << u"v1/down.txt"_s << Flavor::V1 << u"rxtest"_s
                                        << u":remove=done bad:remove=done sleeper:remove=done web:remove=done"_s;
    QTest::newRow("v1 pull offline (recorded)") << u"v1/pull-offline.txt"_s << Flavor::V1 << u"rxtest"_s
                                                << u"bad:pull=error sleeper:pull=error web:pull=error"_s;
    QTest::newRow("v1 port allocated (recorded)") << u"v1/up-port-allocated.txt"_s << Flavor::V1 << u"rxtestb"_s
                                                  << u":create=done web:create=error"_s;
    QTest::newRow("v2 up plain (documented)") << u"v2/up-plain.txt"_s << Flavor::V2 << u"demo"_s
                                              << u":create=done api-server:start=done db:healthy=done"_s;
    QTest::newRow("v2 up tty (documented)") << u"v2/up-tty.txt"_s << Flavor::V2 << u"demo"_s
                                            << u":create=done api-server:start=done cache:up-to-date=done db:start=done"_s;
    QTest::newRow("v2 tty error (documented)") << u"v2/up-tty-error.txt"_s << Flavor::V2 << u"demo"_s
                                               << u":create=done web:=error"_s;
    QTest::newRow("v2 down (documented)") << u"v2/down.txt"_s << Flavor::V2 << u"demo"_s
                                          << u":remove=done api-server:remove=done db:remove=done"_s;
    QTest::newRow("v2 restart (documented)") << u"v2/restart.txt"_s << Flavor::V2 << u"demo"_s
                                             << u"api-server:start=done db:start=done"_s;
    QTest::newRow("v2 pull denied (documented)") << u"v2/pull-denied.txt"_s << Flavor::V2 << u"demo"_s
                                                 << u"sleeper:pull=done web:pull=error"_s;
}

void TestComposeRunnerParsers::transcript()
{
    QFETCH(QString, file);
    QFETCH(Flavor, flavor);
    QFETCH(QString, project);
    QFETCH(QString, expected);
    const QStringList lines = fixtureLines(file);
    QVERIFY2(!lines.isEmpty(), qPrintable(u"missing fixture "_s + file));
    ComposeOutputParser parser(flavor, project);
    QMap<QString, QString> last;
    for (const QString &line : lines) {
        if (const auto e = parser.parseLine(line))
            last.insert(e->service, e->service + u':' + e->action + u'=' + ComposeProgress::stateName(e->state));
    }
    QCOMPARE(QStringList(last.values()).join(u' '), expected);
}

void TestComposeRunnerParsers::errorMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // substrings the mapped error must contain
    QTest::addColumn<QString>("hint");

    QTest::newRow("v1 port allocated by a container") << u"v1/up-port-allocated.txt"_s
        << u"Port 18081 is already in use on the host (0.0.0.0), so rxtestb_web_1"_s << u"change the published port"_s;
    QTest::newRow("v1 port bound by a process") << u"v1/up-port-in-use.txt"_s
        << u"Port 18080 is already in use"_s << u"listening on port 18080"_s;
    QTest::newRow("v1 missing image, registry offline") << u"v1/up-missing-image-offline.txt"_s
        << u"Image stackdeck/doesnotexist:1 is not available locally and its registry cannot be reached"_s
        << u"docker import"_s;
    QTest::newRow("v1 pull offline") << u"v1/pull-offline.txt"_s << u"registry cannot be reached"_s << u"network"_s;
    QTest::newRow("v1 engine down") << u"v1/up-no-engine.txt"_s << u"Cannot connect to the Docker engine"_s
                                    << u"DOCKER_HOST"_s;
    QTest::newRow("v1 socket permission (recorded as nobody)") << u"v1/up-permission-denied.txt"_s
        << u"Permission denied on the Docker engine's socket"_s << u"docker group"_s;
    QTest::newRow("v1 rejects name") << u"v1/config-name-rejected.txt"_s
        << u"The compose file ./n.yml is invalid: 'name' does not match any of the regexes: '^x-'"_s << u"stackdeck check"_s;
    QTest::newRow("v1 unknown key") << u"v1/config-unknown-key.txt"_s
        << u"invalid: Unsupported config option for services.a: 'imagex'"_s << u"stackdeck check"_s;
    QTest::newRow("v1 bad yaml") << u"v1/config-bad-yaml.txt"_s << u"not valid YAML: while parsing a flow node"_s
                                 << u"line and column"_s;
    QTest::newRow("v2 port allocated (documented)") << u"v2/up-port-allocated.txt"_s
        << u"Port 8080 is already in use on the host (0.0.0.0), so demo-web-1"_s << u"port 8080"_s;
    QTest::newRow("v2 pull denied (documented)") << u"v2/pull-denied.txt"_s << u"Image stackdeck/nope cannot be found"_s
                                                 << u"docker login"_s;
    QTest::newRow("v2 no such image (documented)") << u"v2/no-such-image.txt"_s
                                                   << u"Image stackdeck/nope:1 cannot be found"_s << u"image name"_s;
    QTest::newRow("v2 engine down (documented)") << u"v2/no-engine.txt"_s << u"Cannot connect to the Docker engine"_s
                                                 << u"systemctl start docker"_s;
    QTest::newRow("v2 permission denied (documented)") << u"v2/permission-denied.txt"_s
        << u"Permission denied on the Docker engine's socket"_s << u"docker group"_s;
    QTest::newRow("v2 invalid file (documented)") << u"v2/config-invalid.txt"_s
        << u"invalid: validating /home/user/demo/compose.yaml: services.web additional properties"_s << u"stackdeck check"_s;
}

void TestComposeRunnerParsers::errorMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    const QStringList lines = fixtureLines(file);
    QVERIFY2(!lines.isEmpty(), qPrintable(u"missing fixture "_s + file));
    const Error error = ComposeErrorMapper::map(lines, 1, u"docker-compose up"_s);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.hint.contains(hint), qPrintable(error.hint));
}

void TestComposeRunnerParsers::version_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("version");
    QTest::addColumn<Flavor>("flavor");
    QTest::newRow("v1 long") << u"docker-compose version 1.29.2, build unknown\ndocker-py version: 5.0.3\n"_s
                             << u"1.29.2"_s << Flavor::V1;
    QTest::newRow("v2 plugin") << u"Docker Compose version v2.24.5\n"_s << u"2.24.5"_s << Flavor::V2;
    QTest::newRow("v2 short") << u"2.29.1\n"_s << u"2.29.1"_s << Flavor::V2;
    QTest::newRow("v2 desktop build") << u"Docker Compose version v2.20.2-desktop.1"_s << u"2.20.2-desktop.1"_s << Flavor::V2;
    QTest::newRow("unknown command") << u"docker: 'compose' is not a docker command.\nSee 'docker --help'"_s
                                     << QString() << Flavor::None;
    QTest::newRow("empty") << QString() << QString() << Flavor::None;
}

void TestComposeRunnerParsers::version()
{
    QFETCH(QString, output);
    QFETCH(QString, version);
    QFETCH(Flavor, flavor);
    const QString parsed = ComposeTool::parseVersion(output);
    QCOMPARE(parsed, version);
    QCOMPARE(ComposeTool::flavorOf(parsed), flavor);
}

void TestComposeRunnerParsers::projectName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"demo"_s << u"demo"_s;
    QTest::newRow("upper and dots") << u"My.Stack"_s << u"mystack"_s;
    QTest::newRow("leading dash dropped") << u"-_x-1"_s << u"x-1"_s;
    QTest::newRow("spaces") << u"data platform"_s << u"dataplatform"_s;
}

void TestComposeRunnerParsers::projectName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(ComposeTarget::normaliseProjectName(name), expected);
}

void TestComposeRunnerParsers::v1Filter_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<QString>("name");

    QTest::newRow("nothing to remove") << QByteArray("services:\n  a:\n    image: x\n")
                                       << QByteArray("services:\n  a:\n    image: x\n") << QList<int>{} << QString();
    QTest::newRow("top-level name") << QByteArray("# demo\nname: demo\nservices:\n  a:\n    image: x\n")
                                    << QByteArray("# demo\nservices:\n  a:\n    image: x\n") << QList<int>{2} << u"demo"_s;
    QTest::newRow("name last, no newline") << QByteArray("services:\n  a:\n    image: x\nname: demo")
                                           << QByteArray("services:\n  a:\n    image: x\n") << QList<int>{4} << u"demo"_s;
    QTest::newRow("name with block value") << QByteArray("name: >-\n  demo\n\nservices: {}\n")
                                           << QByteArray("\nservices: {}\n") << QList<int>{1, 2} << u"demo"_s;
    QTest::newRow("service named name is kept")
        << QByteArray("services:\n  name:\n    image: x\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n      start_interval: 1s\n      interval: 2s\n")
        << QByteArray("services:\n  name:\n    image: x\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 2s\n")
        << QList<int>{6} << QString();
    QTest::newRow("two services, comments kept")
        << QByteArray("services:\n  a:\n    healthcheck:\n      start_interval: 1s # fast\n  b:\n    healthcheck:\n      # soon\n      start_interval: 2s\n")
        << QByteArray("services:\n  a:\n    healthcheck:\n  b:\n    healthcheck:\n      # soon\n")
        << QList<int>{4, 8} << QString();
    QTest::newRow("anchored healthcheck removed once")
        << QByteArray("x-hc: &hc\n  test: [\"CMD\", \"true\"]\n  start_interval: 1s\nservices:\n  a:\n    healthcheck: *hc\n  b:\n    healthcheck:\n      <<: *hc\n      retries: 2\n")
        << QByteArray("x-hc: &hc\n  test: [\"CMD\", \"true\"]\nservices:\n  a:\n    healthcheck: *hc\n  b:\n    healthcheck:\n      <<: *hc\n      retries: 2\n")
        << QList<int>{3} << QString();
    QTest::newRow("CRLF and multibyte")
        << QByteArray("name: café\r\nservices:\r\n  é:\r\n    healthcheck:\r\n      start_interval: 1s\r\n      retries: 1\r\n")
        << QByteArray("services:\r\n  é:\r\n    healthcheck:\r\n      retries: 1\r\n") << QList<int>{1, 5} << u"café"_s;
}

void TestComposeRunnerParsers::v1Filter()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expected);
    QFETCH(QList<int>, removed);
    QFETCH(QString, name);
    const auto doc = YamlReader::parse(yaml, u"compose.yaml"_s);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const auto filtered = ComposeV1Filter::filter(*doc);
    QVERIFY2(filtered.ok(), qPrintable(filtered.ok() ? QString() : filtered.error().toString()));
    QCOMPARE(filtered->text, expected);
    QCOMPARE(filtered->removedLines, removed);
    QCOMPARE(filtered->name, name);
    // The result must still be YAML.
    QVERIFY(YamlReader::parse(filtered->text, u"copy.yaml"_s).ok());
}

void TestComposeRunnerParsers::v1FilterRefusesFlowStyle()
{
    const auto doc = YamlReader::parse("services:\n  a:\n    healthcheck: {test: [CMD, 'true'], start_interval: 1s}\n",
                                       u"compose.yaml"_s);
    QVERIFY(doc.ok());
    const auto filtered = ComposeV1Filter::filter(*doc);
    QVERIFY(!filtered.ok());
    QCOMPARE(filtered.error().location.line, 3);
    QVERIFY(filtered.error().hint.contains(u"block style"_s));
}

void TestComposeRunnerParsers::argumentLists_data()
{
    QTest::addColumn<Flavor>("flavor");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected"); // @FILE@ is the file compose is given
    QTest::addColumn<bool>("copied");          // v1 gets a filtered hidden copy

    using Op = ComposeJob::Operation;
    QTest::newRow("v2 plugin up two services") << Flavor::V2 << u"2.24.5"_s << int(Op::Up) << QStringList{u"-d"_s, u"a"_s, u"b"_s}
        << QStringList{u"compose"_s, u"--ansi"_s, u"never"_s, u"-p"_s, u"demo"_s, u"-f"_s, u"@FILE@"_s, u"up"_s, u"-d"_s, u"a"_s, u"b"_s}
        << false;
    QTest::newRow("v2 down with volumes") << Flavor::V2 << u"2.24.5"_s << int(Op::Down) << QStringList{u"--volumes"_s}
        << QStringList{u"compose"_s, u"--ansi"_s, u"never"_s, u"-p"_s, u"demo"_s, u"-f"_s, u"@FILE@"_s, u"down"_s, u"--volumes"_s}
        << false;
    QTest::newRow("v1 config through a copy") << Flavor::V1 << u"1.29.2"_s << int(Op::Config) << QStringList{}
        << QStringList{u"--ansi"_s, u"never"_s, u"-p"_s, u"demo"_s, u"-f"_s, u"@FILE@"_s, u"config"_s} << true;
    QTest::newRow("old v1 restart") << Flavor::V1 << u"1.25.0"_s << int(Op::Restart) << QStringList{u"web"_s}
        << QStringList{u"--no-ansi"_s, u"-p"_s, u"demo"_s, u"-f"_s, u"@FILE@"_s, u"restart"_s, u"web"_s} << true;
}

void TestComposeRunnerParsers::argumentLists()
{
    QFETCH(Flavor, flavor);
    QFETCH(QString, version);
    QFETCH(int, operation);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    QFETCH(bool, copied);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"compose.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name: demo\nservices:\n  web:\n    image: x\n    healthcheck:\n      start_interval: 1s\n");
    file.close();
    ComposeTarget target;
    target.files = {file.fileName()};
    // A program that cannot start: the arguments are built, nothing runs.
    const QString program = dir.filePath(u"no-such-program"_s);
    const QStringList prefix = flavor == Flavor::V2 ? QStringList{u"compose"_s} : QStringList{};
    ComposeJob job(ComposeJob::Operation(operation), target, extra);
    QSignalSpy finished(&job, &ComposeJob::finished);
    job.start(ComposeTool{flavor, program, prefix, version});
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!job.status().ok());
    QVERIFY2(job.status().error().message.contains(u"could not be started"_s), qPrintable(job.status().error().message));
    const QStringList args = job.arguments();
    const QString given = args.value(args.indexOf(u"-f"_s) + 1);
    QCOMPARE(QStringList(args).replaceInStrings(given, u"@FILE@"_s), expected);
    QCOMPARE(given != file.fileName(), copied);
    if (copied) {
        QVERIFY2(QFileInfo(given).fileName().startsWith(u".stackdeck-v1-"_s), qPrintable(given));
        QCOMPARE(QFileInfo(given).absolutePath(), QFileInfo(file.fileName()).absolutePath());
    }
    QVERIFY(!QFile::exists(given) || given == file.fileName()); // the copy is removed when the job ends
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"compose.yaml"_s});
}

void TestComposeRunnerParsers::noComposeToolIsAnError()
{
    QTemporaryDir dir;
    ComposeRunner runner;
    runner.setDockerProgram(dir.filePath(u"docker"_s));
    runner.setComposeV1Program(dir.filePath(u"docker-compose"_s));
    ComposeTarget target;
    target.projectName = u"demo"_s;
    target.files = {dir.filePath(u"compose.yaml"_s)};
    std::optional<Status> result;
    runner.up(target, {}, this, [&result](const Status &s) { result = s; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
    QVERIFY(!result->ok());
    QVERIFY2(result->error().message.contains(u"No Docker Compose found"_s), qPrintable(result->error().message));
    QVERIFY(result->error().hint.contains(u"docker-compose"_s));
    QVERIFY(!runner.tool().has_value());
}

QTEST_GUILESS_MAIN(TestComposeRunnerParsers)
#include "tst_composerunner_parsers.moc"
