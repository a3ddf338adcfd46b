#pragma once

#include "models/core/result.h"
#include "models/docker/composetarget.h"
#include "models/editor/applyplan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Stackdeck {

class ComposeJob;
class ComposeRunner;
class HealthWaiter;
struct HealthOutcome;

// The outcome of one apply (or rollback).
struct ApplyResult
{
    bool ok = false;
    QString failingService;    // the first service that failed to start or to become healthy
    QString error;             // what went wrong, in a sentence (compose's error or the health output)
    QStringList lastLogLines;  // the failing service's last log lines (secrets masked)
    QStringList healthy;       // services that came up healthy (or running, without a healthcheck)
};

// Runs an apply plan: `up -d` for the services to create/recreate (removed ones as orphans), per-service
// progress, then waits until every touched service is healthy (or running, without a healthcheck).
// Engine calls run off the GUI thread; results come back on the context's thread.
// Rollback is the same run on restored files: AppliedHistory::restore(previous id), ComposeLoader::load
// the restored files, ApplyPlanner::plan(failed version, restored, running), then start() with that plan.
class ApplyRun final : public QObject
{
    Q_OBJECT
public:
    explicit ApplyRun(ComposeRunner *runner, QObject *parent = nullptr);

    // Seconds to wait for health after compose returns (default 120).
    void setHealthTimeout(int seconds) { m_healthTimeout = seconds; }
    // Values masked in log lines and errors.
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }

    void start(const ComposeTarget &target, const ApplyPlan &plan);
    void cancel();
    bool isRunning() const { return m_running; }

    // What compose is asked to bring up: the services to create or recreate, in plan order.
    static QStringList servicesToStart(const ApplyPlan &plan);

signals:
    // state: "creating", "recreating", "starting", "waiting for health", "healthy", "failed", ...
    void serviceProgress(const QString &service, const QString &state, const QString &detail);
    void finished(const Stackdeck::ApplyResult &result);

private:
    void composeFinished(const Status &status);
    void healthFinished(const HealthOutcome &outcome);
    void finish(ApplyResult result);
    QString masked(const QString &text) const;

    ComposeRunner *m_runner;
    HealthWaiter *m_waiter;
    QPointer<ComposeJob> m_job;
    ComposeTarget m_target;
    ApplyPlan m_plan;
    QStringList m_services;
    QString m_composeErrorService;  // the first service compose reported an error for
    QStringList m_secrets;
    int m_healthTimeout = 120;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ApplyResult)
