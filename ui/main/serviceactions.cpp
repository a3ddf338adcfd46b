#include "ui/main/serviceactions.h"

#include "models/docker/composejob.h"
#include "models/docker/composerunner.h"

namespace Stackdeck {

ServiceActions::ServiceActions(QObject *parent)
    : QObject(parent), m_runner(new ComposeRunner(this))
{
}

void ServiceActions::run(ServiceAction action, const QString &service)
{
    const QStringList services = service.isEmpty() ? QStringList() : QStringList{service};
    const QString who = service.isEmpty() ? tr("the stack") : service;
    QString doing;
    auto done = [this, service, who, action](const Status &status) {
        --m_running;
        QString text;
        if (status) {
            switch (action) {
            case ServiceAction::Start: text = tr("Started %1.").arg(who); break;
            case ServiceAction::Stop: text = tr("Stopped %1.").arg(who); break;
            case ServiceAction::Restart: text = tr("Restarted %1.").arg(who); break;
            case ServiceAction::Logs: break;
            }
        } else {
            text = tr("Could not act on %1: %2").arg(who, status.error().toString());
        }
        emit progress(service, text, false);
        emit finished(service, bool(status));
    };
    switch (action) {
    case ServiceAction::Start: doing = tr("Starting %1…").arg(who); break;
    case ServiceAction::Stop: doing = tr("Stopping %1…").arg(who); break;
    case ServiceAction::Restart: doing = tr("Restarting %1…").arg(who); break;
    case ServiceAction::Logs: return;
    }
    // Announced before launching: a runner without a compose tool answers at once.
    ++m_running;
    emit progress(service, doing, true);
    ComposeJob *job = nullptr;
    if (action == ServiceAction::Start) // a never-created service needs `up`; `start` only wakes containers
        job = m_runner->up(m_target, services, this, done);
    else if (action == ServiceAction::Stop)
        job = m_runner->stop(m_target, services, this, done);
    else
        job = m_runner->restart(m_target, services, this, done);
    if (job) {
        connect(job, &ComposeJob::progress, this, [this, service](const ComposeProgress &event) {
            if (event.service.isEmpty() || (!service.isEmpty() && event.service != service))
                return;
            emit progress(service, tr("%1: %2 (%3)").arg(event.service, event.action,
                                                         ComposeProgress::stateName(event.state)), true);
        });
    }
}

} // namespace Stackdeck
