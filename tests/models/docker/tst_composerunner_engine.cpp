#include "models/docker/composerunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Runs the compose runner against the real Docker engine with busybox services
// (tests/setup.d/20-docker.sh provides the engine and the stackdeck/busybox:test image).
class TestComposeRunnerEngine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void lifecycle();
    void upChosenServices();
    void portAlreadyAllocated();
    void missingImage();
    void v1RejectedKeysAreFiltered();
    void configPrintsMergedFile();
    void invalidFileNamesTheOriginal();
    void cancelStopsTheCommand();
    void destroyedContextGetsNoCallback();
    void engineUnreachable();
    void missingComposeFile();

private:
    ComposeTarget makeProject(const QByteArray &yaml, bool withName = true);
    Status wait(ComposeJob *job, std::optional<Status> &result, int timeoutMs = 180'000);
    Status run(const std::function<ComposeJob *(ComposeRunner::Callback)> &call, QList<ComposeProgress> *events = nullptr);
    QStringList containerStates(const QString &project, const QString &service = {});

    ComposeRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ComposeTarget> m_created;
    int m_counter = 0;
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

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::AnyIPv4, 0);
    return probe.serverPort();
}

void TestComposeRunnerEngine::initTestCase()
{
    int code = -1;
    docker({u"info"_s, u"--format"_s, u"{{.ServerVersion}}"_s}, &code);
    if (code != 0)
        QSKIP("No Docker engine answers (docker info failed): run tests/setup.d/20-docker.sh");
    docker({u"image"_s, u"inspect"_s, kImage}, &code);
    if (code != 0)
        QSKIP("Test image stackdeck/busybox:test is missing: run tests/setup.d/20-docker.sh");

    std::optional<Result<ComposeTool>> tool;
    QObject context;
    m_runner.detect(&context, [&](const Result<ComposeTool> &r) { tool = r; });
    QTRY_VERIFY_WITH_TIMEOUT(tool.has_value(), 30'000);
    if (!tool->ok())
        QSKIP(qPrintable(u"No compose tool: "_s + tool->error().message));
    qInfo().noquote() << "compose tool:" << tool->value().describe() << tool->value().program;
    QVERIFY(!tool->value().version.isEmpty());
}

ComposeTarget TestComposeRunnerEngine::makeProject(const QByteArray &yaml, bool withName)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString name = u"sdrunner-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_counter);
    QFile file(m_dir->filePath(u"compose.yaml"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = yaml;
    text.replace("@NAME@", name.toUtf8());
    text.replace("@IMAGE@", kImage.toUtf8());
    file.write(text);
    file.close();
    ComposeTarget target;
    target.projectName = withName ? name : QString();
    target.files = {file.fileName()};
    m_created.append(target);
    return target;
}

Status TestComposeRunnerEngine::wait(ComposeJob *job, std::optional<Status> &result, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QTest::qWait(50);
    if (!result) {
        if (job)
            job->cancel();
        return Error{u"timed out"_s, {}, {}};
    }
    return *result;
}

Status TestComposeRunnerEngine::run(const std::function<ComposeJob *(ComposeRunner::Callback)> &call,
                                    QList<ComposeProgress> *events)
{
    std::optional<Status> result;
    ComposeJob *job = call([&result](const Status &s) { result = s; });
    if (events)
        connect(job, &ComposeJob::progress, this, [events](const ComposeProgress &e) { events->append(e); });
    return wait(job, result);
}

QStringList TestComposeRunnerEngine::containerStates(const QString &project, const QString &service)
{
    QStringList args{u"ps"_s, u"-a"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project};
    if (!service.isEmpty())
        args << u"--filter"_s << u"label=com.docker.compose.service="_s + service;
    args << u"--format"_s << u"{{.Label \"com.docker.compose.service\"}}={{.State}}"_s;
    QStringList states = docker(args).split(u'\n', Qt::SkipEmptyParts);
    states.sort();
    return states;
}

void TestComposeRunnerEngine::cleanup()
{
    for (const ComposeTarget &target : std::as_const(m_created)) {
        if (QFile::exists(target.files.value(0)))
            run([&](auto cb) { return m_runner.down(target, true, this, cb); });
        const QString project = target.resolvedProjectName();
        const QString left = docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project});
        if (!left.isEmpty()) // the runner's down failed: remove by label so nothing is left behind
            docker(QStringList{u"rm"_s, u"-f"_s} + left.split(u'\n'));
        QVERIFY2(left.isEmpty(), qPrintable(u"containers left after down: "_s + left));
        docker({u"network"_s, u"rm"_s, project + u"_default"_s});
    }
    m_created.clear();
    m_dir.reset();
}

static const QByteArray kStack = R"(services:
  web:
    image: @IMAGE@
    command: httpd -f -p 8080 -h /
    ports: ["127.0.0.1:@PORT@:8080"]
  sleeper:
    image: @IMAGE@
    command: sleep 3600
  crasher:
    image: @IMAGE@
    command: sh -c "echo giving up; exit 1"
)";

static QStringList servicesWith(const QList<ComposeProgress> &events, const QString &action, ComposeProgress::State state)
{
    QStringList out;
    for (const ComposeProgress &e : events) {
        if (e.action == action && e.state == state && !e.service.isEmpty() && !out.contains(e.service))
            out.append(e.service);
    }
    out.sort();
    return out;
}

void TestComposeRunnerEngine::lifecycle()
{
    const quint16 port = freePort();
    const ComposeTarget target = makeProject(QByteArray(kStack).replace("@PORT@", QByteArray::number(port)));
    const QString project = target.projectName;
    QList<ComposeProgress> events;

    Status status = run([&](auto cb) { return m_runner.up(target, {}, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(servicesWith(events, u"create"_s, ComposeProgress::State::Done),
             (QStringList{u"crasher"_s, u"sleeper"_s, u"web"_s}));
    QVERIFY(!servicesWith(events, u"create"_s, ComposeProgress::State::Running).isEmpty()); // streamed, not just the end
    QCOMPARE(containerStates(project, u"sleeper"_s), QStringList{u"sleeper=running"_s});
    QTRY_COMPARE_WITH_TIMEOUT(containerStates(project, u"crasher"_s), QStringList{u"crasher=exited"_s}, 20'000);
    QTcpSocket http;
    http.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY2(http.waitForConnected(10'000), "the web service's published port does not answer");
    http.close();

    events.clear();
    status = run([&](auto cb) { return m_runner.stop(target, {u"web"_s}, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(servicesWith(events, u"stop"_s, ComposeProgress::State::Done), QStringList{u"web"_s});
    QCOMPARE(containerStates(project, u"web"_s), QStringList{u"web=exited"_s});
    QCOMPARE(containerStates(project, u"sleeper"_s), QStringList{u"sleeper=running"_s});

    events.clear();
    status = run([&](auto cb) { return m_runner.start(target, {u"web"_s}, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(servicesWith(events, u"start"_s, ComposeProgress::State::Done), QStringList{u"web"_s});
    QCOMPARE(containerStates(project, u"web"_s), QStringList{u"web=running"_s});

    const QString sleeperId = docker({u"ps"_s, u"-q"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project,
                                      u"--filter"_s, u"label=com.docker.compose.service=sleeper"_s});
    const QString startedBefore = docker({u"inspect"_s, u"-f"_s, u"{{.State.StartedAt}}"_s, sleeperId});
    events.clear();
    status = run([&](auto cb) { return m_runner.restart(target, {u"sleeper"_s, u"web"_s}, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    const QStringList restarted = servicesWith(events, u"restart"_s, ComposeProgress::State::Done)
                                + servicesWith(events, u"start"_s, ComposeProgress::State::Done); // v2 ends with Started
    QVERIFY2(restarted.contains(u"sleeper"_s) && restarted.contains(u"web"_s), qPrintable(restarted.join(u',')));
    QVERIFY(docker({u"inspect"_s, u"-f"_s, u"{{.State.StartedAt}}"_s, sleeperId}) != startedBefore);

    events.clear();
    status = run([&](auto cb) { return m_runner.down(target, true, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(servicesWith(events, u"remove"_s, ComposeProgress::State::Done),
             (QStringList{u"crasher"_s, u"sleeper"_s, u"web"_s}));
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ComposeProgress &e) {
        return e.target.startsWith(u"network "_s) && e.action == u"remove"_s;
    }));
    QCOMPARE(containerStates(project), QStringList());
}

void TestComposeRunnerEngine::upChosenServices()
{
    const ComposeTarget target = makeProject(QByteArray(kStack).replace("@PORT@", QByteArray::number(freePort())));
    QList<ComposeProgress> events;
    const Status status = run([&](auto cb) { return m_runner.up(target, {u"sleeper"_s}, this, cb); }, &events);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(containerStates(target.projectName), QStringList{u"sleeper=running"_s});
    QCOMPARE(servicesWith(events, u"create"_s, ComposeProgress::State::Done), QStringList{u"sleeper"_s});
}

void TestComposeRunnerEngine::portAlreadyAllocated()
{
    QTcpServer holder; // the port is taken before compose tries to publish it
    QVERIFY(holder.listen(QHostAddress::AnyIPv4, 0));
    const QByteArray port = QByteArray::number(holder.serverPort());
    QByteArray yaml = kStack;
    yaml.replace("127.0.0.1:@PORT@", "@PORT@").replace("@PORT@", port);
    const ComposeTarget target = makeProject(yaml);
    QList<ComposeProgress> events;
    const Status status = run([&](auto cb) { return m_runner.up(target, {u"web"_s}, this, cb); }, &events);
    QVERIFY(!status.ok());
    qInfo().noquote() << "mapped:" << status.error().toString();
    QVERIFY2(status.error().message.contains(u"Port "_s + QString::fromLatin1(port) + u" is already in use"_s),
             qPrintable(status.error().message));
    QVERIFY(status.error().hint.contains(u"change the published port"_s));
    QCOMPARE(servicesWith(events, u"create"_s, ComposeProgress::State::Error).value(0, u"(none)"_s)
                 + servicesWith(events, u"start"_s, ComposeProgress::State::Error).value(0),
             u"web"_s);
}

void TestComposeRunnerEngine::missingImage()
{
    const ComposeTarget target = makeProject("services:\n  ghost:\n    image: stackdeck/no-such-image:never\n");
    QList<ComposeProgress> events;
    const Status status = run([&](auto cb) { return m_runner.up(target, {}, this, cb); }, &events);
    QVERIFY(!status.ok());
    qInfo().noquote() << "mapped:" << status.error().toString();
    QVERIFY2(status.error().message.contains(u"stackdeck/no-such-image"_s), qPrintable(status.error().message));
    QVERIFY(status.error().message.contains(u"cannot be found"_s) || status.error().message.contains(u"cannot be reached"_s));
    QVERIFY(!status.error().hint.isEmpty());
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
                        [](const ComposeProgress &e) { return e.service == u"ghost"_s && e.action == u"pull"_s; }));
}

void TestComposeRunnerEngine::v1RejectedKeysAreFiltered()
{
    const ComposeTarget target = makeProject(R"(name: @NAME@
services:
  checked:
    image: @IMAGE@
    command: sleep 3600
    healthcheck:
      test: ["CMD", "true"]
      interval: 1s
      start_interval: 1s
)",
                                             false);
    QCOMPARE(target.resolvedProjectName(), u"sdrunner-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(m_counter));
    std::optional<Status> result;
    ComposeJob *job = m_runner.up(target, {}, this, [&result](const Status &s) { result = s; });
    QString usedFile;
    connect(job, &ComposeJob::finished, this, [&] {
        const QStringList args = job->arguments();
        usedFile = args.value(args.indexOf(u"-f"_s) + 1);
    });
    const Status status = wait(job, result);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    if (m_runner.tool()->isV1()) {
        // v1 ran a hidden copy next to the original, which is gone once the command finished.
        QVERIFY2(QFileInfo(usedFile).fileName().startsWith(u".stackdeck-v1-"_s), qPrintable(usedFile));
        QCOMPARE(QFileInfo(usedFile).absolutePath(), QFileInfo(target.files.constFirst()).absolutePath());
        QVERIFY(!QFile::exists(usedFile));
    }
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Hidden | QDir::Files).filter(u".stackdeck-v1-"_s).isEmpty());
    QCOMPARE(containerStates(target.resolvedProjectName()), QStringList{u"checked=running"_s});
    QTRY_COMPARE_WITH_TIMEOUT(docker({u"ps"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + target.resolvedProjectName(),
                                      u"--format"_s, u"{{.Status}}"_s}).contains(u"(healthy)"_s),
                              true, 30'000);
}

void TestComposeRunnerEngine::configPrintsMergedFile()
{
    const ComposeTarget target = makeProject("name: ignored-by-v1\nservices:\n  one:\n    image: @IMAGE@\n"
                                             "    healthcheck:\n      test: [\"CMD\", \"true\"]\n      start_interval: 2s\n");
    std::optional<Result<QString>> result;
    m_runner.config(target, this, [&result](const Result<QString> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QVERIFY2(result->value().contains(u"one:"_s) && result->value().contains(kImage), qPrintable(result->value()));
    if (m_runner.tool()->isV1())
        QVERIFY(!result->value().contains(u"start_interval"_s));
    m_created.removeLast(); // nothing was created
}

void TestComposeRunnerEngine::invalidFileNamesTheOriginal()
{
    const ComposeTarget target = makeProject("name: @NAME@\nservices:\n  a:\n    imagex: @IMAGE@\n");
    std::optional<Result<QString>> result;
    m_runner.config(target, this, [&result](const Result<QString> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    QVERIFY(!result->ok());
    qInfo().noquote() << "mapped:" << result->error().toString();
    const QString message = result->error().message;
    QVERIFY2(message.contains(u"compose.yaml"_s) && !message.contains(u".stackdeck-v1-"_s), qPrintable(message));
    QVERIFY2(message.contains(u"imagex"_s), qPrintable(message));
    m_created.removeLast();
}

void TestComposeRunnerEngine::cancelStopsTheCommand()
{
    const ComposeTarget target = makeProject(QByteArray(kStack).replace("@PORT@", QByteArray::number(freePort())));
    std::optional<Status> result;
    ComposeJob *job = m_runner.up(target, {}, this, [&result](const Status &s) { result = s; });
    connect(job, &ComposeJob::lineReceived, job, &ComposeJob::cancel); // cancel as soon as it is running
    const Status status = wait(job, result);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"cancelled"_s), qPrintable(status.error().message));
}

void TestComposeRunnerEngine::destroyedContextGetsNoCallback()
{
    const ComposeTarget target = makeProject(QByteArray(kStack).replace("@PORT@", QByteArray::number(freePort())));
    bool called = false;
    auto *context = new QObject;
    QPointer<ComposeJob> job = m_runner.up(target, {u"sleeper"_s}, context, [&called](const Status &) { called = true; });
    QSignalSpy finished(job.data(), &ComposeJob::finished);
    qsizetype lines = 0;
    bool failed = false;
    connect(job.data(), &ComposeJob::finished, this, [&] { // the runner deletes the job right after
        lines = job->lines().size();
        failed = !job->status().ok();
    });
    // Closed while compose runs, e.g. the window that asked: the command is cancelled, no callback.
    connect(job.data(), &ComposeJob::lineReceived, context, [context] { context->deleteLater(); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QVERIFY2(lines > 0, "compose never ran");
    QVERIFY(failed);
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestComposeRunnerEngine::engineUnreachable()
{
    ComposeTarget target = makeProject("services:\n  a:\n    image: @IMAGE@\n");
    target.environment = QProcessEnvironment::systemEnvironment();
    target.environment.insert(u"DOCKER_HOST"_s, u"unix://"_s + m_dir->filePath(u"no-engine.sock"_s));
    const Status status = run([&](auto cb) { return m_runner.up(target, {}, this, cb); });
    QVERIFY(!status.ok());
    qInfo().noquote() << "mapped:" << status.error().toString();
    QVERIFY2(status.error().message.contains(u"Cannot connect to the Docker engine"_s), qPrintable(status.error().message));
    QVERIFY(status.error().hint.contains(u"DOCKER_HOST"_s));
    m_created.removeLast();
}

void TestComposeRunnerEngine::missingComposeFile()
{
    ComposeTarget target;
    target.projectName = u"sdrunner-missing"_s;
    target.files = {u"/nonexistent/compose.yaml"_s};
    const Status status = run([&](auto cb) { return m_runner.up(target, {}, this, cb); });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().location.file, u"/nonexistent/compose.yaml"_s);
}

QTEST_GUILESS_MAIN(TestComposeRunnerEngine)
#include "tst_composerunner_engine.moc"
