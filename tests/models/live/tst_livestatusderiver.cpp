#include "models/live/containerhealthof.h"
#include "models/live/livestatusderiver.h"
#include "models/live/restarttracker.h"

#include <QTest>
#include <QTimeZone>

#include <initializer_list>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

using S = ServiceLiveStatus::State;
using H = ServiceLiveStatus::Health;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

ServiceSpec spec(const QString &name, std::optional<int> replicas = std::nullopt, const QStringList &dependsOn = {})
{
    ServiceSpec s;
    s.name = name;
    s.image = u"stackdeck/busybox:test"_s;
    s.replicas = replicas;
    for (const QString &d : dependsOn)
        s.dependsOn.append(Dependency{d, u"service_started"_s, true, false, {}});
    return s;
}

ProbeSpec probe(ProbeSpec::Kind kind)
{
    ProbeSpec p;
    p.kind = kind;
    p.port = kind == ProbeSpec::Kind::Container ? 0 : 8080;
    return p;
}

ContainerInfo replica(const QString &service, int number, const QString &status)
{
    ContainerInfo c;
    c.id = u"%1-id-%2"_s.arg(service).arg(number);
    c.name = u"proj-%1-%2"_s.arg(service).arg(number);
    c.project = u"proj"_s;
    c.service = service;
    c.containerNumber = number;
    c.status = status;
    c.running = status == u"running"_s || status == u"paused"_s || status == u"restarting"_s;
    c.startedAt = t0.addSecs(-600);
    if (!c.running && status != u"created"_s)
        c.finishedAt = t0.addSecs(-60 + number);
    return c;
}

ContainerInfo withHealth(ContainerInfo c, const QString &health, int failingStreak = 0)
{
    c.hasHealthcheck = true;
    c.health = health;
    c.failingStreak = failingStreak;
    c.probes.append({t0.addSecs(-2), t0.addSecs(-1), health == u"healthy"_s ? 0 : 1, u"probe said so"_s});
    return c;
}

ContainerInfo exited(const QString &service, int number, int code, bool oom = false, const QString &error = {})
{
    ContainerInfo c = replica(service, number, u"exited"_s);
    c.exitCode = code;
    c.oomKilled = oom;
    c.error = error;
    return c;
}

EngineState connected()
{
    return EngineState{EngineState::Kind::Connected, u"Docker 24.0 (API 1.43) at unix:///var/run/docker.sock"_s, {}, u"1.43"_s};
}

// A hand-built snapshot: one ServiceSnapshot per (name, replicas), in the order given.
StackSnapshot snapshotOf(const QList<QPair<QString, QList<ContainerInfo>>> &services, const QDateTime &taken = t0)
{
    StackSnapshot s;
    s.sequence = 1;
    s.taken = taken;
    s.engine = connected();
    s.project = u"proj"_s;
    for (const auto &[name, replicas] : services) {
        ServiceSnapshot service;
        service.name = name;
        service.containers = replicas;
        service.history = std::make_shared<const StatsHistory>();
        s.services.append(service);
    }
    return s;
}

ContainerStats sample(const QString &id, double cpu, qint64 memory)
{
    ContainerStats st;
    st.id = id;
    st.read = t0;
    st.cpuPercent = cpu;
    st.memoryUsed = memory;
    st.memoryLimit = 8LL << 30;
    return st;
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

// LiveStatusDeriver on hand-built snapshots (real value types): state, replicas, health, resources, causes, loops.
class TestLiveStatusDeriver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deriveService_data();
    void deriveService();
    void initialBeforeAnything();
    void engineUnavailable_data();
    void engineUnavailable();
    void dependencyCause_data();
    void dependencyCause();
    void restartLoopOverTime();
    void restartTrackerWindow();
    void adoptsOrphansOfNewServices();
    void containerHealthConversion();
};

void TestLiveStatusDeriver::deriveService_data()
{
    QTest::addColumn<QList<ContainerInfo>>("containers");
    QTest::addColumn<int>("specReplicas");   // 0: not set in the file
    QTest::addColumn<int>("probeKind");      // int(ProbeSpec::Kind)
    QTest::addColumn<int>("network");        // -1: no network result, else int(HealthState)
    QTest::addColumn<bool>("history");       // the monitor's per-second total is there (cpu 12.5 %, 40 MiB)
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("health");
    QTest::addColumn<int>("running");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("restarts");
    QTest::addColumn<bool>("oom");
    QTest::addColumn<bool>("loop");
    QTest::addColumn<qint64>("memoryLimit"); // -1: none
    QTest::addColumn<double>("cpu");         // -1: none
    QTest::addColumn<QString>("reason");     // a part the reason must contain ("" = must be empty)

    const int container = int(ProbeSpec::Kind::Container);
    const int http = int(ProbeSpec::Kind::Http);
    const int none = -1;

    QTest::newRow("running, nothing to probe")
        << QList{replica(u"web"_s, 1, u"running"_s)} << 0 << container << none << false
        << int(S::Running) << int(H::None) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, HEALTHCHECK healthy")
        << QList{withHealth(replica(u"web"_s, 1, u"running"_s), u"healthy"_s)} << 0 << container << none << true
        << int(S::Running) << int(H::Healthy) << 1 << 1 << 0 << false << false << qint64(-1) << 12.5 << QString();
    QTest::newRow("running, HEALTHCHECK starting")
        << QList{withHealth(replica(u"web"_s, 1, u"running"_s), u"starting"_s)} << 0 << container << none << false
        << int(S::Running) << int(H::Starting) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, HEALTHCHECK unhealthy beats a healthy network probe")
        << QList{withHealth(replica(u"web"_s, 1, u"running"_s), u"unhealthy"_s, 3)} << 0 << http << int(HealthState::Healthy)
        << false << int(S::Running) << int(H::Unhealthy) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, network probe healthy")
        << QList{replica(u"web"_s, 1, u"running"_s)} << 0 << http << int(HealthState::Healthy) << false
        << int(S::Running) << int(H::Healthy) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, network probe down")
        << QList{withHealth(replica(u"web"_s, 1, u"running"_s), u"healthy"_s)} << 0 << http << int(HealthState::Down) << false
        << int(S::Running) << int(H::Unhealthy) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, network probe degraded")
        << QList{replica(u"web"_s, 1, u"running"_s)} << 0 << http << int(HealthState::Degraded) << false
        << int(S::Running) << int(H::Degraded) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("running, network probe not back yet")
        << QList{replica(u"web"_s, 1, u"running"_s)} << 0 << http << none << false
        << int(S::Running) << int(H::Unknown) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("paused")
        << QList{replica(u"web"_s, 1, u"paused"_s)} << 0 << container << none << false
        << int(S::Running) << int(H::Degraded) << 1 << 1 << 0 << false << false << qint64(-1) << 15.0 << QString();
    QTest::newRow("exited with code 1")
        << QList{exited(u"web"_s, 1, 1)} << 0 << http << none << true
        << int(S::Exited) << int(H::Unknown) << 0 << 1 << 0 << false << false << qint64(-1) << -1.0 << u"code 1"_s;
    QTest::newRow("exited with the engine's error")
        << QList{exited(u"web"_s, 1, 128, false, u"port is already allocated"_s)} << 0 << container << none << false
        << int(S::Exited) << int(H::Unknown) << 0 << 1 << 0 << false << false << qint64(-1) << -1.0
        << u"port is already allocated"_s;
    {
        ContainerInfo oom = exited(u"web"_s, 1, 137, true);
        oom.memoryLimit = 64 * MiB;
        QTest::newRow("OOM killed")
            << QList{oom} << 0 << container << none << false
            << int(S::Exited) << int(H::Unknown) << 0 << 1 << 0 << true << false << 64 * MiB << -1.0
            << u"out of memory"_s;
    }
    {
        ContainerInfo restarting = replica(u"web"_s, 1, u"restarting"_s);
        restarting.exitCode = 2;
        restarting.restartCount = 5;
        QTest::newRow("restarting")
            << QList{restarting} << 0 << container << none << false
            << int(S::Restarting) << int(H::Unhealthy) << 0 << 1 << 5 << false << true << qint64(-1) << -1.0
            << u"exit code 2"_s;
    }
    QTest::newRow("created, not started")
        << QList{replica(u"web"_s, 1, u"created"_s)} << 0 << container << none << false
        << int(S::Created) << int(H::Unknown) << 0 << 1 << 0 << false << false << qint64(-1) << -1.0 << u"run Start"_s;
    QTest::newRow("not created")
        << QList<ContainerInfo>{} << 0 << http << none << false
        << int(S::NotCreated) << int(H::Unknown) << 0 << 1 << 0 << false << false << qint64(-1) << -1.0
        << u"docker compose up -d"_s;
    QTest::newRow("replicas 1 of 2")
        << QList{replica(u"web"_s, 1, u"running"_s), exited(u"web"_s, 2, 3)} << 2 << container << none << false
        << int(S::Running) << int(H::Degraded) << 1 << 2 << 0 << false << false << qint64(-1) << 15.0 << u"1 of 2"_s;
    QTest::newRow("replicas 1 of 2, the second never created")
        << QList{withHealth(replica(u"web"_s, 1, u"running"_s), u"healthy"_s)} << 2 << container << none << false
        << int(S::Running) << int(H::Degraded) << 1 << 2 << 0 << false << false << qint64(-1) << 15.0 << u"1 of 2"_s;
    {
        ContainerInfo a = replica(u"web"_s, 1, u"running"_s);
        ContainerInfo b = replica(u"web"_s, 2, u"running"_s);
        a.memoryLimit = b.memoryLimit = 64 * MiB;
        a.restartCount = 1;
        b.restartCount = 1;
        QTest::newRow("replicas 2 of 2, limits summed")
            << QList{a, b} << 2 << container << none << false
            << int(S::Running) << int(H::None) << 2 << 2 << 2 << false << false << 128 * MiB << 30.0 << QString();
    }
    QTest::newRow("replicas wanted 3, none created")
        << QList<ContainerInfo>{} << 3 << container << none << false
        << int(S::NotCreated) << int(H::Unknown) << 0 << 3 << 0 << false << false << qint64(-1) << -1.0 << u"Not created"_s;
}

void TestLiveStatusDeriver::deriveService()
{
    QFETCH(QList<ContainerInfo>, containers);
    QFETCH(int, specReplicas);
    QFETCH(int, probeKind);
    QFETCH(int, network);
    QFETCH(bool, history);

    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"web"_s, specReplicas > 0 ? std::optional(specReplicas) : std::nullopt)},
                        {{u"web"_s, probe(ProbeSpec::Kind(probeKind))}});
    StackSnapshot snapshot = snapshotOf({{u"web"_s, containers}});
    if (history) {
        auto h = std::make_shared<StatsHistory>();
        ContainerStats total = sample(u"web"_s, 12.5, 40 * MiB);
        h->append(total);
        snapshot.services[0].history = h;
        snapshot.services[0].total = total;
    }
    // Without the per-second total, the running replicas' latest samples are summed (15 % each here).
    for (const ContainerInfo &c : containers) {
        if (LiveStatusDeriver::isUp(c))
            snapshot.statsById.insert(c.id, sample(c.id, 15.0, 10 * MiB));
    }
    QMap<QString, ProbeResult> results;
    if (network >= 0)
        results.insert(u"web"_s, ProbeResult::make(HealthState(network), u"network probe verdict"_s));

    const LiveStatusDeriver::Derived derived = deriver.derive(&snapshot, snapshot.engine, results);
    QCOMPARE(derived.statuses.size(), 1);
    const ServiceLiveStatus s = derived.statuses.value(u"web"_s);

    QTEST(int(s.state), "state");
    QTEST(int(s.health), "health");
    QTEST(s.replicasRunning, "running");
    QTEST(s.replicasWanted, "wanted");
    QTEST(s.restarts, "restarts");
    QTEST(s.oomKilled, "oom");
    QTEST(s.restartLoop, "loop");
    QFETCH(qint64, memoryLimit);
    QCOMPARE(s.memoryLimit.value_or(-1), memoryLimit);
    QFETCH(double, cpu);
    QCOMPARE(s.cpuPercent.value_or(-1.0), cpu);
    if (s.cpuPercent)
        QCOMPARE(*s.memoryUsed, history ? 40 * MiB : s.replicasRunning * 10 * MiB);
    else
        QVERIFY(!s.memoryUsed);
    QFETCH(QString, reason);
    if (reason.isEmpty())
        QVERIFY2(s.reason.isEmpty(), qPrintable(s.reason));
    else
        QVERIFY2(s.reason.contains(reason), qPrintable(s.reason));
    QVERIFY(s.cause.isEmpty()); // no dependencies here
    // The health row's verdict follows the same evidence.
    const ProbeResult verdict = derived.verdicts.value(u"web"_s);
    QVERIFY(!verdict.message.isEmpty());
    if (s.state == S::Exited || s.state == S::NotCreated)
        QCOMPARE(verdict.state, HealthState::Down);
    if (s.health == H::Healthy)
        QCOMPARE(verdict.state, HealthState::Healthy);
}

void TestLiveStatusDeriver::initialBeforeAnything()
{
    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"db"_s), spec(u"app"_s, 2, {u"db"_s})}, {});
    const auto derived = deriver.derive(nullptr, EngineState{}, {});
    QCOMPARE(derived.statuses.size(), 2);
    for (const QString &name : {u"db"_s, u"app"_s}) {
        const ServiceLiveStatus s = derived.statuses.value(name);
        QCOMPARE(s.state, S::NotCreated);
        QCOMPARE(s.reason, u"Not created yet — run Start, or `docker compose up -d`"_s);
        QCOMPARE(s.health, H::Unknown);
        QVERIFY(s.cause.isEmpty());
        QCOMPARE(derived.verdicts.value(name).state, HealthState::Unknown);
    }
    QVERIFY(derived.causeHints.isEmpty());
    QCOMPARE(derived.report.services.size(), 2);
    QCOMPARE(LiveStatusDeriver::initialStatus(), derived.statuses.value(u"db"_s));
}

void TestLiveStatusDeriver::engineUnavailable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    QTest::newRow("socket missing")
        << int(EngineState::Kind::SocketMissing) << u"The Docker engine socket /run/nothing.sock does not exist"_s
        << u"Start Docker (`sudo systemctl start docker`, or `dockerd`)"_s;
    QTest::newRow("permission denied")
        << int(EngineState::Kind::PermissionDenied) << u"Permission denied opening the Docker engine socket /x"_s
        << u"Add your user to the docker group"_s;
    QTest::newRow("reconnecting, no hint")
        << int(EngineState::Kind::Reconnecting) << u"Lost the Docker engine, retrying: refused"_s << QString();
}

void TestLiveStatusDeriver::engineUnavailable()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"db"_s), spec(u"app"_s, std::nullopt, {u"db"_s})}, {});
    // A stale snapshot that still lists running containers must not make them look alive.
    StackSnapshot stale = snapshotOf({{u"db"_s, {exited(u"db"_s, 1, 1)}}, {u"app"_s, {replica(u"app"_s, 1, u"running"_s)}}});
    const EngineState engine{EngineState::Kind(kind), message, hint, {}};
    stale.engine = engine;
    for (const StackSnapshot *snapshot : std::initializer_list<const StackSnapshot *>{nullptr, &stale}) {
        const auto derived = deriver.derive(snapshot, engine, {});
        for (const QString &name : {u"db"_s, u"app"_s}) {
            const ServiceLiveStatus s = derived.statuses.value(name);
            QCOMPARE(s.state, S::EngineUnavailable);
            QVERIFY2(s.reason.contains(message), qPrintable(s.reason));
            if (!hint.isEmpty())
                QVERIFY2(s.reason.contains(hint), qPrintable(s.reason));
            QVERIFY(s.cause.isEmpty());
            QCOMPARE(s.replicasRunning, 0);
            QCOMPARE(derived.verdicts.value(name).state, HealthState::Unknown);
        }
        QVERIFY(derived.causeHints.isEmpty());
    }
}

void TestLiveStatusDeriver::dependencyCause_data()
{
    QTest::addColumn<QList<ContainerInfo>>("db");
    QTest::addColumn<QList<ContainerInfo>>("app");
    QTest::addColumn<int>("appNetwork"); // -1: none
    QTest::addColumn<QString>("appCause");
    QTest::addColumn<QString>("webCause");

    const QList<ContainerInfo> appUp{replica(u"app"_s, 1, u"running"_s)};
    // web depends on app: it learns of db only through a failing app (StackHealth follows failing chains).
    QTest::newRow("db exited: app learns it")
        << QList{exited(u"db"_s, 1, 1)} << appUp << -1 << u"db is down"_s << QString();
    QTest::newRow("db never created")
        << QList<ContainerInfo>{} << appUp << -1 << u"db is down"_s << QString();
    QTest::newRow("db unhealthy, app failing too: web learns the root")
        << QList{withHealth(replica(u"db"_s, 1, u"running"_s), u"unhealthy"_s, 4)} << appUp
        << int(HealthState::Down) << u"db is unhealthy"_s << u"db is unhealthy"_s;
    QTest::newRow("db restarting")
        << QList{replica(u"db"_s, 1, u"restarting"_s)} << appUp << -1 << u"db is unhealthy"_s << QString();
    QTest::newRow("app healthy: nothing to explain")
        << QList{exited(u"db"_s, 1, 1)} << appUp << int(HealthState::Healthy) << QString() << QString();
    QTest::newRow("db fine")
        << QList{withHealth(replica(u"db"_s, 1, u"running"_s), u"healthy"_s)} << appUp << -1 << QString() << QString();
    QTest::newRow("app down itself, db fine: no cause")
        << QList{withHealth(replica(u"db"_s, 1, u"running"_s), u"healthy"_s)} << QList{exited(u"app"_s, 1, 2)} << -1
        << QString() << u"app is down"_s;
}

void TestLiveStatusDeriver::dependencyCause()
{
    QFETCH(QList<ContainerInfo>, db);
    QFETCH(QList<ContainerInfo>, app);
    QFETCH(int, appNetwork);
    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"db"_s), spec(u"app"_s, std::nullopt, {u"db"_s}), spec(u"web"_s, std::nullopt, {u"app"_s})},
                        {{u"app"_s, probe(appNetwork >= 0 ? ProbeSpec::Kind::Http : ProbeSpec::Kind::Container)}});
    const StackSnapshot snapshot = snapshotOf({{u"db"_s, db}, {u"app"_s, app}, {u"web"_s, {replica(u"web"_s, 1, u"running"_s)}}});
    QMap<QString, ProbeResult> network;
    if (appNetwork >= 0)
        network.insert(u"app"_s, ProbeResult::make(HealthState(appNetwork), u"app probe"_s));
    const auto derived = deriver.derive(&snapshot, snapshot.engine, network);
    QTEST(derived.statuses.value(u"app"_s).cause, "appCause");
    QTEST(derived.statuses.value(u"web"_s).cause, "webCause");
    QVERIFY(derived.statuses.value(u"db"_s).cause.isEmpty()); // the root has no cause above it
    QFETCH(QString, appCause);
    QCOMPARE(derived.causeHints.value(u"app"_s).isEmpty(), appCause.isEmpty());
    if (!appCause.isEmpty())
        QVERIFY2(derived.causeHints.value(u"app"_s).contains(appCause.section(u' ', 0, 0)),
                 qPrintable(derived.causeHints.value(u"app"_s)));
}

void TestLiveStatusDeriver::restartLoopOverTime()
{
    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"worker"_s)}, {});
    // (minutes after t0, summed RestartCount, restart loop expected)
    const struct Step { int minutes; int restarts; bool loop; } steps[] = {
        {0, 4, false},   // first sight: earlier restarts are history, not growth
        {1, 5, false},
        {2, 6, false},
        {3, 7, true},    // +3 within five minutes
        {4, 7, true},
        {5, 7, true},    // the window (0, 5] still holds all three
        {6, 7, false},   // ... and no longer once minute 1 leaves it
        {10, 8, false},
        {12, 9, false},
        {16, 10, false}, // one every two minutes or more: never three within five
        {17, 11, false},
        {18, 12, true},  // 9 → 12 within minutes 13..18
        {19, 0, false},  // recreated: a fresh container, nothing to hold against it
    };
    for (const Step &step : steps) {
        ContainerInfo c = replica(u"worker"_s, 1, u"running"_s);
        c.restartCount = step.restarts;
        const StackSnapshot snapshot = snapshotOf({{u"worker"_s, {c}}}, t0.addSecs(step.minutes * 60));
        const ServiceLiveStatus s = deriver.derive(&snapshot, snapshot.engine, {}).statuses.value(u"worker"_s);
        QVERIFY2(s.restartLoop == step.loop, qPrintable(u"minute %1, %2 restarts"_s.arg(step.minutes).arg(step.restarts)));
        QCOMPARE(s.restarts, step.restarts);
        QCOMPARE(s.state, S::Running);
    }
}

void TestLiveStatusDeriver::restartTrackerWindow()
{
    RestartTracker tracker;
    QVERIFY(!tracker.record(u"a"_s, 0, t0));
    QVERIFY(!tracker.record(u"a"_s, 2, t0.addSecs(10)));
    QCOMPARE(tracker.growth(u"a"_s, t0.addSecs(10)), 2);
    QVERIFY(tracker.record(u"a"_s, 3, t0.addSecs(299)));
    // Exactly five minutes after the first sample it is the baseline: growth from 0 is 3.
    QCOMPARE(tracker.growth(u"a"_s, t0.addSecs(300)), 3);
    QCOMPARE(tracker.growth(u"a"_s, t0.addSecs(310)), 1);   // baseline is now the count at t0+10 s
    QCOMPARE(tracker.growth(u"a"_s, t0.addSecs(600)), 0);
    QCOMPARE(tracker.growth(u"unknown"_s, t0), 0);
    tracker.forget(u"a"_s);
    QCOMPARE(tracker.growth(u"a"_s, t0.addSecs(10)), 0);
    // A single jump of three counts as a loop too (seen between two snapshots).
    QVERIFY(!tracker.record(u"b"_s, 1, t0));
    QVERIFY(tracker.record(u"b"_s, 4, t0.addSecs(30)));
}

void TestLiveStatusDeriver::adoptsOrphansOfNewServices()
{
    LiveStatusDeriver deriver;
    deriver.setServices({spec(u"db"_s), spec(u"cache"_s)}, {});
    // The monitor was started before "cache" existed in the file: its container is an orphan.
    StackSnapshot snapshot = snapshotOf({{u"db"_s, {replica(u"db"_s, 1, u"running"_s)}}});
    snapshot.orphans = {replica(u"cache"_s, 1, u"running"_s), replica(u"legacy"_s, 1, u"running"_s)};
    const auto derived = deriver.derive(&snapshot, snapshot.engine, {});
    QCOMPARE(derived.statuses.value(u"cache"_s).state, S::Running);
    QCOMPARE(derived.statuses.value(u"cache"_s).replicasRunning, 1);
    QCOMPARE(derived.statuses.value(u"db"_s).state, S::Running);
    QVERIFY(!derived.statuses.contains(u"legacy"_s));
}

void TestLiveStatusDeriver::containerHealthConversion()
{
    ContainerInfo c = withHealth(exited(u"db"_s, 1, 137, true), u"unhealthy"_s, 2);
    ContainerHealth h = containerHealthOf(c);
    QCOMPARE(h.containerStatus, u"exited"_s);
    QCOMPARE(h.exitCode, 137);
    QVERIFY(h.oomKilled);
    QCOMPARE(h.healthStatus, u"unhealthy"_s);
    QCOMPARE(h.failingStreak, 2);
    QCOMPARE(h.log.size(), 1);
    QCOMPARE(h.log.constFirst().output, u"probe said so"_s);
    QCOMPARE(h.log.constFirst().exitCode, 1);
    // Health fields of a container without HEALTHCHECK are not read (the engine leaves them empty anyway).
    c.hasHealthcheck = false;
    QVERIFY(containerHealthOf(c).healthStatus.isEmpty());
    QCOMPARE(ContainerHealthProbe::evaluate(containerHealthOf(c)).state, HealthState::Down);
}

QTEST_GUILESS_MAIN(TestLiveStatusDeriver)
#include "tst_livestatusderiver.moc"
