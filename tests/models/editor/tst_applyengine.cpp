#include "models/compose/composeloader.h"
#include "models/docker/composerunner.h"
#include "models/editor/appliedhistory.h"
#include "models/editor/applyplanner.h"
#include "models/editor/applyrun.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Applies changes to a busybox stack on the real Docker engine: plan, recreate only the changed service,
// wait for health, fail on a broken healthcheck and roll back to the previous applied version.
// tests/setup.d/20-docker.sh provides the engine and the stackdeck/busybox:test image.
class TestApplyEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyRecreateFailAndRollBack();

private:
    void writeCompose(const QByteArray &bytes);
    QByteArray readCompose() const;
    std::optional<ComposeProject> load(const QByteArray *bytesOverride = nullptr) const;
    ApplyResult apply(const ApplyPlan &plan);
    QStringList runningServices() const;
    QString containerId(const QString &service) const;

    ComposeRunner m_runner;
    QTemporaryDir m_dir;
    ComposeTarget m_target;
    QString m_composePath;
};

static const QString kImage = u"stackdeck/busybox:test"_s;

static QString docker(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(u"docker"_s, args);
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

static QByteArray service(const QByteArray &name, const QByteArray &memory, const QByteArray &healthTest)
{
    return "  " + name + ":\n"
           "    image: @IMAGE@\n"
           "    command: [\"sh\", \"-c\", \"echo " + name + " starting; while true; do echo " + name + " alive; sleep 1; done\"]\n"
           "    mem_limit: " + memory + "\n"
           "    stop_grace_period: 1s\n"
           "    healthcheck:\n"
           "      test: " + healthTest + "\n"
           "      interval: 1s\n"
           "      timeout: 3s\n"
           "      retries: 2\n";
}

static QByteArray stack(const QByteArray &alphaMemory, const QByteArray &betaHealth)
{
    QByteArray text = "# apply test stack\nservices:\n" + service("alpha", alphaMemory, "[\"CMD\", \"true\"]")
                    + service("beta", "64m", betaHealth);
    return text.replace("@IMAGE@", kImage.toUtf8());
}

static const QByteArray kHealthy = "[\"CMD\", \"true\"]";
static const QByteArray kFailing = "[\"CMD\", \"sh\", \"-c\", \"echo probe says no; exit 1\"]";

void TestApplyEngine::initTestCase()
{
    int code = -1;
    docker({u"info"_s, u"--format"_s, u"{{.ServerVersion}}"_s}, &code);
    if (code != 0)
        QSKIP("No Docker engine answers (docker info failed): run tests/setup.d/20-docker.sh");
    docker({u"image"_s, u"inspect"_s, kImage}, &code);
    if (code != 0)
        QSKIP("Test image stackdeck/busybox:test is missing: run tests/setup.d/20-docker.sh");
    std::optional<Result<ComposeTool>> tool;
    m_runner.detect(this, [&](const Result<ComposeTool> &r) { tool = r; });
    QTRY_VERIFY_WITH_TIMEOUT(tool.has_value(), 30'000);
    if (!tool->ok())
        QSKIP(qPrintable(u"No compose tool: "_s + tool->error().message));
    QVERIFY(m_dir.isValid());
    m_composePath = m_dir.filePath(u"compose.yaml"_s);
    m_target.projectName = u"sdapply-%1"_s.arg(QCoreApplication::applicationPid());
    m_target.files = {m_composePath};
}

void TestApplyEngine::cleanupTestCase()
{
    if (m_target.projectName.isEmpty() || !QFile::exists(m_composePath))
        return;
    std::optional<Status> done;
    m_runner.down(m_target, true, this, [&](const Status &s) { done = s; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 120'000);
    const QString left = docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + m_target.projectName});
    if (!left.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s} + left.split(u'\n'));
    QVERIFY2(left.isEmpty(), qPrintable(u"containers left after down: "_s + left));
}

void TestApplyEngine::writeCompose(const QByteArray &bytes)
{
    QFile file(m_composePath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray TestApplyEngine::readCompose() const
{
    QFile file(m_composePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<ComposeProject> TestApplyEngine::load(const QByteArray *bytesOverride) const
{
    ComposeLoadOptions options;
    options.files = {m_composePath};
    options.projectName = m_target.projectName;
    if (bytesOverride) // an applied version from history, loaded as if it were on disk
        options.overrides.insert(m_composePath, *bytesOverride);
    Result<ComposeProject> project = ComposeLoader::load(options);
    if (!project.ok())
        return std::nullopt;
    return project.value();
}

ApplyResult TestApplyEngine::apply(const ApplyPlan &plan)
{
    ApplyRun run(&m_runner);
    run.setHealthTimeout(90);
    QSignalSpy finished(&run, &ApplyRun::finished);
    QStringList progress;
    connect(&run, &ApplyRun::serviceProgress, this, [&](const QString &s, const QString &state, const QString &) {
        progress.append(s + u": "_s + state);
    });
    run.start(m_target, plan);
    QDeadlineTimer deadline(240'000);
    while (finished.isEmpty() && !deadline.hasExpired())
        QTest::qWait(100);
    if (finished.isEmpty()) {
        run.cancel();
        return ApplyResult{false, {}, u"timed out"_s, {}, {}};
    }
    qInfo().noquote() << "progress:" << progress.join(u" | "_s);
    return finished.first().first().value<ApplyResult>();
}

QStringList TestApplyEngine::runningServices() const
{
    const QString out = docker({u"ps"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + m_target.projectName,
                                u"--format"_s, u"{{.Label \"com.docker.compose.service\"}}"_s});
    QStringList services = out.split(u'\n', Qt::SkipEmptyParts);
    services.sort();
    return services;
}

QString TestApplyEngine::containerId(const QString &name) const
{
    return docker({u"ps"_s, u"-aq"_s, u"--no-trunc"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + m_target.projectName,
                   u"--filter"_s, u"label=com.docker.compose.service="_s + name});
}

static QString health(const QString &id)
{
    return docker({u"inspect"_s, u"--format"_s, u"{{.State.Health.Status}}"_s, id});
}

void TestApplyEngine::applyRecreateFailAndRollBack()
{
    AppliedHistory history(m_dir.path());

    // v1: nothing applied yet, nothing running: both services are created.
    writeCompose(stack("64m", kHealthy));
    const auto v1 = load();
    QVERIFY(v1.has_value());
    const ApplyPlan plan1 = ApplyPlanner::plan(nullptr, *v1, runningServices());
    QCOMPARE(plan1.servicesWith(ServicePlan::Action::Create), (QStringList{u"alpha"_s, u"beta"_s}));
    ApplyResult result = apply(plan1);
    QVERIFY2(result.ok, qPrintable(result.failingService + u": "_s + result.error));
    QCOMPARE(result.healthy.size(), 2);
    const auto applied1 = history.record({m_composePath}, plan1.summary(), result.ok);
    QVERIFY(applied1.ok());
    const QString alpha1 = containerId(u"alpha"_s);
    const QString beta1 = containerId(u"beta"_s);
    QVERIFY(!alpha1.isEmpty() && !beta1.isEmpty());
    QCOMPARE(health(alpha1), u"healthy"_s);

    // v2: alpha's memory limit changes; the plan names only alpha.
    writeCompose(stack("96m", kHealthy));
    const QByteArray v2Bytes = readCompose();
    const QByteArray applied1Bytes = applied1->files.value(u"compose.yaml"_s);
    const auto appliedProject = load(&applied1Bytes);
    const auto v2 = load();
    QVERIFY(appliedProject && v2);
    const ApplyPlan plan2 = ApplyPlanner::plan(&*appliedProject, *v2, runningServices());
    QCOMPARE(plan2.servicesWith(ServicePlan::Action::Recreate), QStringList{u"alpha"_s});
    QCOMPARE(plan2.servicesWith(ServicePlan::Action::Unchanged), QStringList{u"beta"_s});
    QCOMPARE(plan2.services.first().reasons, QStringList{u"mem_limit: 64m → 96m"_s});
    result = apply(plan2);
    QVERIFY2(result.ok, qPrintable(result.failingService + u": "_s + result.error));
    QCOMPARE(result.healthy, QStringList{u"alpha"_s});
    const QString alpha2 = containerId(u"alpha"_s);
    QVERIFY(!alpha2.isEmpty());
    QVERIFY2(alpha2 != alpha1, "alpha was not recreated");
    QCOMPARE(containerId(u"beta"_s), beta1);
    QCOMPARE(health(alpha2), u"healthy"_s);
    QCOMPARE(docker({u"inspect"_s, u"--format"_s, u"{{.HostConfig.Memory}}"_s, alpha2}), QString::number(96 * 1024 * 1024));
    const auto applied2 = history.record({m_composePath}, plan2.summary(), result.ok);
    QVERIFY(applied2.ok());

    // v3: beta's healthcheck fails; the apply fails naming beta with the probe output and its logs.
    writeCompose(stack("96m", kFailing));
    const auto v3 = load();
    QVERIFY(v3.has_value());
    const ApplyPlan plan3 = ApplyPlanner::plan(&*v2, *v3, runningServices());
    QCOMPARE(plan3.servicesWith(ServicePlan::Action::Recreate), QStringList{u"beta"_s});
    result = apply(plan3);
    QVERIFY(!result.ok);
    QCOMPARE(result.failingService, u"beta"_s);
    QVERIFY2(result.error.contains(u"probe says no"_s), qPrintable(result.error));
    QVERIFY(!result.lastLogLines.isEmpty());
    QVERIFY2(result.lastLogLines.last().contains(u"beta"_s), qPrintable(result.lastLogLines.join(u'\n')));
    const auto applied3 = history.record({m_composePath}, plan3.summary(), result.ok);
    QVERIFY(applied3.ok());

    // Rollback: restore the last good version, plan against the failed one, apply.
    const auto good = history.latest(true);
    QVERIFY(good.ok());
    QCOMPARE(good->id, applied2->id);
    const auto restored = history.restore(good->id);
    QVERIFY(restored.ok());
    QCOMPARE(readCompose(), v2Bytes);
    const auto failed = history.load(applied3->id);
    const QByteArray failedBytes = failed->files.value(u"compose.yaml"_s);
    const auto failedProject = load(&failedBytes);
    const auto back = load();
    QVERIFY(failedProject && back);
    const ApplyPlan rollback = ApplyPlanner::plan(&*failedProject, *back, runningServices());
    QCOMPARE(rollback.servicesWith(ServicePlan::Action::Recreate), QStringList{u"beta"_s});
    result = apply(rollback);
    QVERIFY2(result.ok, qPrintable(result.failingService + u": "_s + result.error));
    const QString beta3 = containerId(u"beta"_s);
    QCOMPARE(health(beta3), u"healthy"_s);
    QCOMPARE(containerId(u"alpha"_s), alpha2);
    QVERIFY(history.diff(applied2->id, QString())->isEmpty());

    // A service without a healthcheck counts once it stays running; a service taken out is removed.
    const QByteArray withGamma = v2Bytes + "  gamma:\n    image: " + kImage.toUtf8()
                               + "\n    command: [\"sleep\", \"3600\"]\n    stop_grace_period: 1s\n";
    writeCompose(withGamma);
    const auto v4 = load();
    QVERIFY(v4.has_value());
    const ApplyPlan plan4 = ApplyPlanner::plan(&*back, *v4, runningServices());
    QCOMPARE(plan4.servicesWith(ServicePlan::Action::Create), QStringList{u"gamma"_s});
    result = apply(plan4);
    QVERIFY2(result.ok, qPrintable(result.failingService + u": "_s + result.error));
    QCOMPARE(result.healthy, QStringList{u"gamma"_s});
    QVERIFY(!containerId(u"gamma"_s).isEmpty());
    writeCompose(v2Bytes);
    const ApplyPlan plan5 = ApplyPlanner::plan(&*v4, *back, runningServices());
    QCOMPARE(plan5.servicesWith(ServicePlan::Action::Remove), QStringList{u"gamma"_s});
    QVERIFY(ApplyRun::servicesToStart(plan5).isEmpty());
    result = apply(plan5);
    QVERIFY2(result.ok, qPrintable(result.failingService + u": "_s + result.error));
    QCOMPARE(containerId(u"gamma"_s), QString());
    QCOMPARE(containerId(u"alpha"_s), alpha2);
    QCOMPARE(containerId(u"beta"_s), beta3);
}

QTEST_GUILESS_MAIN(TestApplyEngine)
#include "tst_applyengine.moc"
