#include "models/editor/applyrun.h"

#include "models/docker/composerunner.h"
#include "models/editor/editorlogging.h"
#include "models/editor/healthwaiter.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
constexpr int kComposeLogLines = 20;
} // namespace

ApplyRun::ApplyRun(ComposeRunner *runner, QObject *parent)
    : QObject(parent), m_runner(runner), m_waiter(new HealthWaiter(this))
{
    qRegisterMetaType<Stackdeck::ApplyResult>();
    connect(m_waiter, &HealthWaiter::serviceState, this, [this](const QString &service, const QString &state,
                                                               const QString &detail) {
        emit serviceProgress(service, state, masked(detail));
    });
    connect(m_waiter, &HealthWaiter::finished, this, &ApplyRun::healthFinished);
}

QStringList ApplyRun::servicesToStart(const ApplyPlan &plan)
{
    QStringList out = plan.servicesWith(ServicePlan::Action::Create);
    out += plan.servicesWith(ServicePlan::Action::Recreate);
    QStringList ordered;
    for (const ServicePlan &service : plan.services) {
        if (out.contains(service.service))
            ordered.append(service.service);
    }
    return ordered;
}

QString ApplyRun::masked(const QString &text) const
{
    return HealthWaiter::mask(text, m_secrets);
}

void ApplyRun::start(const ComposeTarget &target, const ApplyPlan &plan)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_running = true;
    m_target = target;
    m_plan = plan;
    m_services = servicesToStart(plan);
    m_composeErrorService.clear();
    const QStringList removed = plan.servicesWith(ServicePlan::Action::Remove);
    qCInfo(lcApply).noquote() << "apply" << target.resolvedProjectName() << ":" << plan.summary();
    if (m_services.isEmpty() && removed.isEmpty()) {
        ApplyResult result;
        result.ok = true;
        const quint64 gen = m_generation;
        QMetaObject::invokeMethod(this, [this, gen, result] {
            if (gen == m_generation)
                finish(result);
        }, Qt::QueuedConnection);
        return;
    }
    for (const ServicePlan &service : plan.services) {
        if (service.action == ServicePlan::Action::Create)
            emit serviceProgress(service.service, u"creating"_s, {});
        else if (service.action == ServicePlan::Action::Recreate)
            emit serviceProgress(service.service, u"recreating"_s, {});
        else if (service.action == ServicePlan::Action::Remove)
            emit serviceProgress(service.service, u"removing"_s, {});
    }
    const quint64 gen = m_generation;
    auto done = [this, gen](const Status &status) {
        if (gen == m_generation)
            composeFinished(status);
    };
    // Removed services are orphans to compose: `--remove-orphans` takes them away. Without services to
    // start, name the ones left alone (already up: a no-op for them) so compose does not start the rest.
    QStringList named = m_services;
    if (named.isEmpty())
        named = plan.servicesWith(ServicePlan::Action::Unchanged);
    m_job = removed.isEmpty() ? m_runner->up(target, m_services, this, done)
                              : m_runner->upRemovingOrphans(target, named, this, done);
    connect(m_job, &ComposeJob::progress, this, [this](const ComposeProgress &event) {
        if (event.service.isEmpty())
            return;
        if (event.state == ComposeProgress::State::Error && m_composeErrorService.isEmpty())
            m_composeErrorService = event.service;
        const QString state = event.state == ComposeProgress::State::Error ? u"failed"_s
            : event.action + (event.state == ComposeProgress::State::Done ? u" done"_s : QString());
        emit serviceProgress(event.service, state, masked(event.message));
    });
}

void ApplyRun::composeFinished(const Status &status)
{
    if (!status.ok()) {
        ApplyResult result;
        result.failingService = m_composeErrorService.isEmpty() ? m_services.value(0) : m_composeErrorService;
        result.error = masked(status.error().message);
        if (m_job) {
            const QStringList lines = m_job->lines();
            for (const QString &line : lines.mid(qMax<qsizetype>(0, lines.size() - kComposeLogLines)))
                result.lastLogLines.append(masked(line));
        }
        if (!result.failingService.isEmpty())
            emit serviceProgress(result.failingService, u"failed"_s, result.error);
        finish(result);
        return;
    }
    for (const QString &service : m_plan.servicesWith(ServicePlan::Action::Remove))
        emit serviceProgress(service, u"removed"_s, {});
    m_waiter->setEnvironment(m_target.environment);
    m_waiter->setSecrets(m_secrets);
    m_waiter->start(m_target.resolvedProjectName(), m_services, m_healthTimeout);
}

void ApplyRun::healthFinished(const HealthOutcome &outcome)
{
    if (!m_running)
        return;
    ApplyResult result;
    result.ok = outcome.ok;
    result.failingService = outcome.failingService;
    result.error = masked(outcome.error);
    result.lastLogLines = outcome.lastLogLines;
    result.healthy = outcome.healthy;
    if (!outcome.ok && !outcome.failingService.isEmpty())
        emit serviceProgress(outcome.failingService, u"failed"_s, result.error);
    finish(result);
}

void ApplyRun::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_waiter->cancel();
    if (m_job)
        m_job->cancel();
    ApplyResult result;
    result.error = tr("The apply was cancelled.");
    finish(result);
}

void ApplyRun::finish(ApplyResult result)
{
    m_running = false;
    m_job.clear();
    qCInfo(lcApply).noquote() << "apply finished:" << (result.ok ? u"ok"_s : result.failingService + u": "_s + result.error);
    emit finished(result);
}

} // namespace Stackdeck
