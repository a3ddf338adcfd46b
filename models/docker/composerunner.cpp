#include "models/docker/composerunner.h"

#include "models/docker/dockerlogging.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

constexpr int kProbeTimeoutMs = 20'000;

// Invokes `fn` in `context`'s thread unless the context is gone.
void deliver(const QPointer<QObject> &context, std::function<void()> fn)
{
    if (context && fn)
        QMetaObject::invokeMethod(context.data(), std::move(fn));
}

// Turns a status callback into what launch() delivers: a closure holding the outcome by value.
std::function<std::function<void()>(ComposeJob *)> statusDelivery(const ComposeRunner::Callback &done)
{
    return [done](ComposeJob *job) -> std::function<void()> {
        if (!done)
            return {};
        return [done, status = job->status()] { done(status); };
    };
}

} // namespace

ComposeRunner::ComposeRunner(QObject *parent)
    : QObject(parent), m_dockerProgram(u"docker"_s), m_v1Program(u"docker-compose"_s)
{
}

ComposeRunner::~ComposeRunner() = default;

void ComposeRunner::detect(QObject *context, DetectCallback done)
{
    const QPointer<QObject> ctx(context);
    auto answer = [ctx, done](const Result<ComposeTool> &result) {
        if (done)
            deliver(ctx, [done, result] { done(result); });
    };
    if (m_tool) {
        answer(*m_tool);
        return;
    }
    m_waiters.append(answer);
    runDetection();
}

void ComposeRunner::runDetection()
{
    if (m_detecting)
        return;
    m_detecting = true;
    const QString docker = QStandardPaths::findExecutable(m_dockerProgram).isEmpty()
        ? m_dockerProgram : QStandardPaths::findExecutable(m_dockerProgram);
    probe(docker, {u"compose"_s, u"version"_s}, [this, docker](const QString &v2) {
        const QString version = ComposeTool::parseVersion(v2);
        if (!version.isEmpty() && ComposeTool::flavorOf(version) == ComposeTool::Flavor::V2) {
            detectionFinished(ComposeTool{ComposeTool::Flavor::V2, docker, {u"compose"_s}, version});
            return;
        }
        const QString v1Path = QStandardPaths::findExecutable(m_v1Program).isEmpty()
            ? m_v1Program : QStandardPaths::findExecutable(m_v1Program);
        probe(v1Path, {u"version"_s}, [this, v1Path](const QString &v1) {
            const QString version = ComposeTool::parseVersion(v1);
            const ComposeTool::Flavor flavor = ComposeTool::flavorOf(version);
            if (flavor == ComposeTool::Flavor::None) {
                detectionFinished(Error{tr("No Docker Compose found: neither \"docker compose\" nor \"docker-compose\" answers."),
                                        {},
                                        tr("Install the docker compose plugin (docker-compose-plugin) or docker-compose.")});
                return;
            }
            // A standalone docker-compose may be v2 too; its output then follows the v2 format.
            detectionFinished(ComposeTool{flavor, v1Path, {}, version});
        });
    });
}

void ComposeRunner::probe(const QString &program, const QStringList &arguments,
                          std::function<void(const QString &)> next)
{
    auto *process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, &QProcess::kill);
    auto done = std::make_shared<bool>(false);
    auto complete = [process, next, done](const QString &output) {
        if (std::exchange(*done, true))
            return;
        process->deleteLater();
        next(output);
    };
    connect(process, &QProcess::finished, this, [process, complete](int code, QProcess::ExitStatus status) {
        const bool ok = status == QProcess::NormalExit && code == 0;
        complete(ok ? QString::fromUtf8(process->readAllStandardOutput()) : QString());
    });
    connect(process, &QProcess::errorOccurred, this, [complete](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(QString());
    });
    timer->start(kProbeTimeoutMs);
    process->start();
}

void ComposeRunner::detectionFinished(const Result<ComposeTool> &result)
{
    m_detecting = false;
    if (result.ok()) {
        m_tool = result.value();
        qCInfo(lcComposeRunner).noquote() << "using" << m_tool->describe();
    } else {
        qCWarning(lcComposeRunner).noquote() << result.error().message;
    }
    flushWaiters(result);
}

void ComposeRunner::flushWaiters(const Result<ComposeTool> &result)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters)
        waiter(result);
}

ComposeJob *ComposeRunner::launch(ComposeJob::Operation operation, const ComposeTarget &target,
                                  const QStringList &arguments, QObject *context,
                                  std::function<std::function<void()>(ComposeJob *)> done)
{
    auto *job = new ComposeJob(operation, target, arguments, this);
    const QPointer<QObject> ctx(context);
    if (context)
        connect(context, &QObject::destroyed, job, &ComposeJob::cancel);
    connect(job, &ComposeJob::finished, this, [job, ctx, done] {
        if (done && ctx)
            deliver(ctx, done(job)); // the closure holds the outcome by value: the context may live in another thread
        QTimer::singleShot(0, job, &QObject::deleteLater); // after queued callbacks above
    });
    const QPointer<ComposeJob> guard(job);
    m_waiters.append([guard](const Result<ComposeTool> &tool) {
        if (!guard)
            return;
        if (tool.ok())
            guard->start(tool.value());
        else
            guard->fail(tool.error());
    });
    if (m_tool) {
        // Start after the caller has connected to the returned job's signals.
        QTimer::singleShot(0, this, [this] { flushWaiters(*m_tool); });
    } else {
        runDetection();
    }
    return job;
}

ComposeJob *ComposeRunner::up(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Up, target, QStringList{u"-d"_s} + services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::upRemovingOrphans(const ComposeTarget &target, const QStringList &services,
                                             QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Up, target, QStringList{u"-d"_s, u"--remove-orphans"_s} + services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::stop(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Stop, target, services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::start(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Start, target, services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::restart(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Restart, target, services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::down(const ComposeTarget &target, bool removeVolumes, QObject *context, Callback done)
{
    QStringList args{u"--remove-orphans"_s};
    if (removeVolumes)
        args << u"--volumes"_s;
    return launch(ComposeJob::Operation::Down, target, args, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::pull(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done)
{
    return launch(ComposeJob::Operation::Pull, target, services, context,
                  statusDelivery(done));
}

ComposeJob *ComposeRunner::config(const ComposeTarget &target, QObject *context, ConfigCallback done)
{
    return launch(ComposeJob::Operation::Config, target, {}, context,
                  [done](ComposeJob *job) -> std::function<void()> {
                      if (!done)
                          return {};
                      const Status status = job->status();
                      const Result<QString> result = status.ok() ? Result<QString>(QString::fromUtf8(job->standardOutput()))
                                                                 : Result<QString>(status.error());
                      return [done, result] { done(result); };
                  });
}

} // namespace Stackdeck
