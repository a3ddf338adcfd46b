#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// What applying a new version does to each service, and why.
struct ServicePlan
{
    enum class Action : quint8 { Create, Recreate, Restart, Remove, Unchanged };

    QString service;
    Action action = Action::Unchanged;
    QStringList reasons;   // "deploy.resources.limits.memory: 3G → 4G", "not running", "new service"

    static QString actionName(Action action); // "create", "recreate", ... (translated for display)
};

struct ApplyPlan
{
    QList<ServicePlan> services;  // document order of the new version, removed services last

    QStringList servicesWith(ServicePlan::Action action) const;
    bool isEmpty() const;          // every service is Unchanged
    // "recreate spark-worker-1, spark-worker-2; leave 8 alone" for history and the status line.
    QString summary() const;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ApplyPlan)
