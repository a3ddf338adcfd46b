#pragma once

#include "models/core/result.h"
#include "models/docker/composejob.h"
#include "models/docker/composetarget.h"
#include "models/docker/composetool.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace Stackdeck {

// Drives a stack with the compose CLI: `docker compose` (v2 plugin) when present, else `docker-compose` (v1).
// Every call takes a context: when it is destroyed the command is cancelled and no callback runs.
// Callbacks run in the context's thread. Returned jobs stream progress and can be cancelled.
class ComposeRunner final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Stackdeck::Status &)>;
    using ConfigCallback = std::function<void(const Stackdeck::Result<QString> &)>;
    using DetectCallback = std::function<void(const Stackdeck::Result<Stackdeck::ComposeTool> &)>;

    explicit ComposeRunner(QObject *parent = nullptr);
    ~ComposeRunner() override;

    // Programs to try; defaults are "docker" and "docker-compose" looked up in PATH.
    void setDockerProgram(const QString &program) { m_dockerProgram = program; }
    void setComposeV1Program(const QString &program) { m_v1Program = program; }

    // Finds the compose tool once (v2 plugin first, then v1); later calls answer from the cache.
    void detect(QObject *context, DetectCallback done);
    std::optional<ComposeTool> tool() const { return m_tool; } // set once detection succeeded

    ComposeJob *up(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done = {});
    // `up -d --remove-orphans`: also removes the containers of services no longer in the files (apply).
    ComposeJob *upRemovingOrphans(const ComposeTarget &target, const QStringList &services, QObject *context,
                                  Callback done = {});
    ComposeJob *stop(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done = {});
    ComposeJob *start(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done = {});
    ComposeJob *restart(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done = {});
    ComposeJob *down(const ComposeTarget &target, bool removeVolumes, QObject *context, Callback done = {});
    ComposeJob *pull(const ComposeTarget &target, const QStringList &services, QObject *context, Callback done = {});
    // The merged file as compose sees it (v1 is given the filtered copy).
    ComposeJob *config(const ComposeTarget &target, QObject *context, ConfigCallback done);

private:
    ComposeJob *launch(ComposeJob::Operation operation, const ComposeTarget &target, const QStringList &arguments,
                       QObject *context, std::function<std::function<void()>(ComposeJob *)> done);
    void runDetection();
    void probe(const QString &program, const QStringList &arguments, std::function<void(const QString &)> next);
    void detectionFinished(const Result<ComposeTool> &result);
    void flushWaiters(const Result<ComposeTool> &result);

    QString m_dockerProgram;
    QString m_v1Program;
    std::optional<ComposeTool> m_tool;
    std::optional<Error> m_detectError;
    bool m_detecting = false;
    QList<std::function<void(const Result<ComposeTool> &)>> m_waiters;
};

} // namespace Stackdeck
