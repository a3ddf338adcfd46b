#pragma once

#include "models/docker/composetarget.h"
#include "ui/inspector/serviceaction.h"

#include <QObject>

namespace Stackdeck {

class ComposeRunner;

// Runs the inspector's and the Stack menu's start/stop/restart through the compose runner and
// reports progress as one line a person reads, per service ("" = the whole stack).
class ServiceActions final : public QObject
{
    Q_OBJECT
public:
    explicit ServiceActions(QObject *parent = nullptr);

    void setTarget(const ComposeTarget &target) { m_target = target; }
    // `service` empty acts on the whole stack (Start = up -d).
    void run(ServiceAction action, const QString &service);
    bool isBusy() const { return m_running > 0; }

signals:
    void progress(const QString &service, const QString &text, bool busy);
    // A command ended (successfully or not): the engine view should look again.
    void finished(const QString &service, bool ok);

private:
    ComposeRunner *m_runner;
    ComposeTarget m_target;
    int m_running = 0;
};

} // namespace Stackdeck
