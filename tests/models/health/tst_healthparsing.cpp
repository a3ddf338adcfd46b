// Pure verdict logic: container HEALTHCHECK state, HTTP replies and JSON health bodies,
// transport failures, and stack health with root causes from depends_on.
#include "models/health/containerhealth.h"
#include "models/health/httpprobe.h"
#include "models/health/stackhealth.h"

#include <QTest>

using namespace Stackdeck;

Q_DECLARE_METATYPE(Stackdeck::HealthState)
Q_DECLARE_METATYPE(Stackdeck::HttpReply::Failure)

class TestHealthParsing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void container_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<HealthState>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("healthy") << QByteArray(R"j({"Status":"running","Health":{"Status":"healthy","FailingStreak":0,"Log":[]}})j")
                                 << HealthState::Healthy << "Health check passes.";
        QTest::newRow("no-healthcheck") << QByteArray(R"j({"Status":"running","ExitCode":0})j")
                                        << HealthState::Unknown << "defines no health check";
        QTest::newRow("starting") << QByteArray(R"j({"Status":"running","Health":{"Status":"starting","FailingStreak":2}})j")
                                  << HealthState::Degraded << "failed 2 time(s) so far";
        QTest::newRow("unhealthy-output") << QByteArray(R"j({"Status":"running","Health":{"Status":"unhealthy","FailingStreak":4,
            "Log":[{"Start":"2020-01-04T10:44:24.496525531Z","End":"2020-01-04T10:44:24.596525531Z","ExitCode":0,"Output":"ok"},
                   {"Start":"2020-01-04T10:44:54.496525531Z","End":"2020-01-04T10:44:54.696525531Z","ExitCode":1,
                    "Output":"curl: (7) Failed to connect to localhost port 8000\n"}]}})j")
                                          << HealthState::Unhealthy
                                          << "Health check failing (4 in a row). Last output: curl: (7) Failed to connect to localhost port 8000";
        QTest::newRow("unhealthy-timeout") << QByteArray(R"j({"Status":"running","Health":{"Status":"unhealthy","FailingStreak":3,
            "Log":[{"ExitCode":-1,"Output":"Health check exceeded timeout (5s)"}]}})j")
                                           << HealthState::Unhealthy << "Health check timed out (3 failures in a row).";
        QTest::newRow("exited") << QByteArray(R"j({"Status":"exited","ExitCode":137})j")
                                << HealthState::Down << "not running (exited, exit code 137)";
        QTest::newRow("oom") << QByteArray(R"j({"Status":"exited","ExitCode":137,"OOMKilled":true})j")
                             << HealthState::Down << "running out of memory";
        QTest::newRow("restarting") << QByteArray(R"j({"Status":"restarting","ExitCode":1})j")
                                    << HealthState::Unhealthy << "keeps restarting";
        QTest::newRow("paused") << QByteArray(R"j({"Status":"paused","Health":{"Status":"healthy"}})j")
                                << HealthState::Degraded << "paused";
        QTest::newRow("created") << QByteArray(R"j({"Status":"created"})j") << HealthState::Down << "not started";
        QTest::newRow("garbage") << QByteArray("not json") << HealthState::Unknown << "defines no health check";
    }

    void container()
    {
        QFETCH(QByteArray, state);
        QFETCH(HealthState, expected);
        QFETCH(QString, message);
        const ProbeResult r = ContainerHealthProbe::evaluate(ContainerHealth::fromStateJson(state));
        QCOMPARE(healthStateName(r.state), healthStateName(expected));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }

    void containerLogParsed()
    {
        const ContainerHealth h = ContainerHealth::fromStateJson(R"j({"Status":"running","Health":{"Status":"unhealthy",
            "FailingStreak":1,"Log":[{"Start":"2020-01-04T10:44:24.496525531Z","End":"2020-01-04T10:44:25.5Z","ExitCode":1,"Output":"x"}]}})j");
        QCOMPARE(h.log.size(), 1);
        QCOMPARE(h.log.first().exitCode, 1);
        QVERIFY(h.log.first().start.isValid());
        QCOMPARE(h.log.first().start.date(), QDate(2020, 1, 4));
        const ProbeResult r = ContainerHealthProbe::evaluate(h);
        QCOMPARE(r.detail(QStringLiteral("failing streak")), QStringLiteral("1"));
        QCOMPARE(r.detail(QStringLiteral("last exit code")), QStringLiteral("1"));
    }

    void httpBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expect");
        QTest::addColumn<HealthState>("expected");
        QTest::addColumn<QString>("message");
        const QString json = QStringLiteral("application/json");
        QTest::newRow("ok-word") << 200 << json << QByteArray(R"j({"status":"ok"})j") << 0 << HealthState::Healthy << "Reports ok";
        QTest::newRow("up-uppercase") << 200 << json << QByteArray(R"j({"status":"UP"})j") << 0 << HealthState::Healthy << "Reports up";
        QTest::newRow("degraded-warnings") << 200 << json
                                           << QByteArray(R"j({"status":"degraded","config_warnings":["a","b"]})j")
                                           << 0 << HealthState::Degraded << "config_warnings: a, b";
        QTest::newRow("degraded-bare") << 200 << json << QByteArray(R"j({"status":"degraded"})j") << 0
                                       << HealthState::Degraded << "Reports degraded (HTTP 200 OK).";
        QTest::newRow("unhealthy-503") << 503 << json << QByteArray(R"j({"status":"unhealthy","error":"db down"})j")
                                       << 0 << HealthState::Unhealthy << "Reports unhealthy (HTTP 503 Service Unavailable): db down.";
        QTest::newRow("healthy-but-500") << 500 << json << QByteArray(R"j({"status":"healthy"})j") << 0
                                         << HealthState::Unhealthy << "Body says healthy, but the server answered HTTP 500";
        QTest::newRow("odd-status-word") << 200 << json << QByteArray(R"j({"status":"sleepy"})j") << 0
                                         << HealthState::Degraded << "unrecognised status \"sleepy\"";
        QTest::newRow("status-not-string") << 200 << json << QByteArray(R"j({"status":1})j") << 0
                                           << HealthState::Healthy << "Answers HTTP 200 OK.";
        QTest::newRow("json-array") << 200 << json << QByteArray("[1,2]") << 0
                                    << HealthState::Degraded << "does not parse";
        QTest::newRow("empty-json") << 200 << json << QByteArray() << 0 << HealthState::Degraded << "does not parse";
        QTest::newRow("html-200") << 200 << QStringLiteral("text/html") << QByteArray("<h1>hi</h1>") << 0
                                  << HealthState::Healthy << "Answers HTTP 200 OK.";
        QTest::newRow("redirect") << 302 << QStringLiteral("text/html") << QByteArray() << 0
                                  << HealthState::Healthy << "Answers HTTP 302 Found.";
        QTest::newRow("unauthorized") << 401 << QStringLiteral("text/plain") << QByteArray() << 0
                                      << HealthState::Unhealthy << "answered HTTP 401 Unauthorized.";
        QTest::newRow("expected-204") << 204 << QStringLiteral("text/plain") << QByteArray() << 204
                                      << HealthState::Healthy << "Answers HTTP 204 No Content.";
        QTest::newRow("unknown-code") << 299 << QStringLiteral("text/plain") << QByteArray() << 0
                                      << HealthState::Healthy << "Answers HTTP 299.";
    }

    void httpBody()
    {
        QFETCH(int, status);
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, expect);
        QFETCH(HealthState, expected);
        QFETCH(QString, message);
        ProbeSpec spec;
        spec.kind = ProbeSpec::Kind::Http;
        spec.port = 8000;
        spec.path = QStringLiteral("/health");
        spec.expectStatus = expect;
        HttpReply reply;
        reply.status = status;
        reply.contentType = contentType;
        reply.body = body;
        const ProbeResult r = HttpProbe::interpret(spec, reply);
        QCOMPARE(healthStateName(r.state), healthStateName(expected));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.detail(QStringLiteral("http status")), QString::number(status));
    }

    void transport_data()
    {
        QTest::addColumn<HttpReply::Failure>("failure");
        QTest::addColumn<HealthState>("expected");
        QTest::addColumn<QString>("message");
        using F = HttpReply::Failure;
        QTest::newRow("refused") << F::Refused << HealthState::Down << "Connection refused on 10.0.0.5:8000";
        QTest::newRow("connect-timeout") << F::ConnectTimeout << HealthState::Down << "No answer to connect on 10.0.0.5:8000 within 2 s.";
        QTest::newRow("timeout") << F::Timeout << HealthState::Unhealthy << "but /health did not answer within 5 s.";
        QTest::newRow("resolve") << F::Resolve << HealthState::Down << "cannot be resolved";
        QTest::newRow("tls") << F::Tls << HealthState::Unhealthy << "TLS handshake with 10.0.0.5:8000 failed: boom.";
        QTest::newRow("protocol") << F::Protocol << HealthState::Unhealthy << "not with valid HTTP (boom)";
        QTest::newRow("too-large") << F::TooLarge << HealthState::Unhealthy << "larger than 1024 KiB";
        QTest::newRow("other") << F::Other << HealthState::Down << "failed: boom.";
    }

    void transport()
    {
        QFETCH(HttpReply::Failure, failure);
        QFETCH(HealthState, expected);
        QFETCH(QString, message);
        ProbeSpec spec;
        spec.host = QStringLiteral("10.0.0.5");
        spec.port = 8000;
        spec.path = QStringLiteral("/health");
        HttpReply reply;
        reply.failure = failure;
        reply.error = QStringLiteral("boom");
        const ProbeResult r = HttpProbe::transportFailure(spec, reply);
        QCOMPARE(healthStateName(r.state), healthStateName(expected));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.detail(QStringLiteral("error")), QStringLiteral("boom"));
    }

    void stack_data()
    {
        // graph: "a:b,c;b:c" = a depends on b and c, b on c. states: "a=down;b=healthy".
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("states");
        QTest::addColumn<HealthState>("worst");
        QTest::addColumn<QString>("causes"); // "svc=cause;..." for every service with a cause
        QTest::newRow("all-healthy") << "web:api;api:db;db:" << "web=healthy;api=healthy;db=healthy"
                                     << HealthState::Healthy << "";
        QTest::newRow("chain-db-down") << "web:api;api:db;db:" << "web=unhealthy;api=unhealthy;db=down"
                                       << HealthState::Down << "web=db;api=db";
        QTest::newRow("deepest-wins") << "web:api,cache;api:db;cache:;db:" << "web=down;api=down;db=down;cache=down"
                                      << HealthState::Down << "web=db;api=db";
        QTest::newRow("healthy-middle-stops") << "web:api;api:db;db:" << "web=unhealthy;api=healthy;db=down"
                                              << HealthState::Down << "";
        QTest::newRow("degraded-dep-is-not-a-cause") << "web:api;api:" << "web=unhealthy;api=degraded"
                                                     << HealthState::Unhealthy << "";
        QTest::newRow("degraded-because-dep-down") << "spark-worker:spark-master;spark-master:"
                                                   << "spark-worker=degraded;spark-master=down"
                                                   << HealthState::Down << "spark-worker=spark-master";
        QTest::newRow("unknown-is-not-a-cause") << "web:db;db:" << "web=down" << HealthState::Down << "";
        QTest::newRow("cycle-terminates") << "a:b;b:a" << "a=down;b=down" << HealthState::Down << "a=b;b=a";
        QTest::newRow("unprobed-only") << "a:;b:" << "" << HealthState::Unknown << "";
        QTest::newRow("healthy-and-unknown") << "a:;b:" << "a=healthy" << HealthState::Unknown << "";
    }

    void stack()
    {
        QFETCH(QString, graph);
        QFETCH(QString, states);
        QFETCH(HealthState, worst);
        QFETCH(QString, causes);
        QMap<QString, QStringList> deps;
        for (const auto &entry : graph.split(u';', Qt::SkipEmptyParts))
            deps.insert(entry.section(u':', 0, 0), entry.section(u':', 1).split(u',', Qt::SkipEmptyParts));
        QMap<QString, ProbeResult> results;
        const QMap<QString, HealthState> names{{QStringLiteral("healthy"), HealthState::Healthy},
                                               {QStringLiteral("degraded"), HealthState::Degraded},
                                               {QStringLiteral("unhealthy"), HealthState::Unhealthy},
                                               {QStringLiteral("down"), HealthState::Down}};
        for (const auto &entry : states.split(u';', Qt::SkipEmptyParts))
            results.insert(entry.section(u'=', 0, 0), ProbeResult::make(names.value(entry.section(u'=', 1)), {}));
        const StackHealthReport report = StackHealth::evaluate(deps, results);
        QCOMPARE(healthStateName(report.state), healthStateName(worst));
        QStringList got;
        for (const auto &s : report.services) {
            if (!s.cause.isEmpty()) {
                got << s.service + u'=' + s.cause;
                QVERIFY2(s.causeHint.startsWith(u"because " + s.cause + u" is "), qPrintable(s.causeHint));
            }
        }
        QStringList want = causes.split(u';', Qt::SkipEmptyParts);
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        QVERIFY(!report.summary.isEmpty());
    }

    void stackSummaryAndGraph()
    {
        ServiceSpec web, api, db;
        web.name = QStringLiteral("web");
        api.name = QStringLiteral("api");
        db.name = QStringLiteral("db");
        web.dependsOn.append(Dependency{QStringLiteral("api"), QStringLiteral("service_started"), true, false, {}});
        api.dependsOn.append(Dependency{QStringLiteral("db"), QStringLiteral("service_healthy"), true, false, {}});
        const auto graph = StackHealth::dependencyGraph({web, api, db});
        QCOMPARE(graph.value(QStringLiteral("web")), QStringList{QStringLiteral("api")});
        const StackHealthReport report = StackHealth::evaluate(
            graph, {{QStringLiteral("web"), ProbeResult::make(HealthState::Unhealthy, {})},
                    {QStringLiteral("api"), ProbeResult::make(HealthState::Down, {})},
                    {QStringLiteral("db"), ProbeResult::make(HealthState::Down, {})}});
        QCOMPARE(report.find(QStringLiteral("web"))->causeHint, QStringLiteral("because db is down"));
        QCOMPARE(report.summary, QStringLiteral("api is down because db is down; db is down; web is unhealthy because db is down."));
        QVERIFY(report.find(QStringLiteral("nope")) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestHealthParsing)
#include "tst_healthparsing.moc"
