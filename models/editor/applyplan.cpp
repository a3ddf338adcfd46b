#include "models/editor/applyplan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// Plan texts are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ApplyPlan)
};
} // namespace

QString ServicePlan::actionName(Action action)
{
    switch (action) {
    case Action::Create: return Tr::tr("create");
    case Action::Recreate: return Tr::tr("recreate");
    case Action::Restart: return Tr::tr("restart");
    case Action::Remove: return Tr::tr("remove");
    case Action::Unchanged: return Tr::tr("leave alone");
    }
    return {};
}

QStringList ApplyPlan::servicesWith(ServicePlan::Action action) const
{
    QStringList out;
    for (const ServicePlan &plan : services) {
        if (plan.action == action)
            out.append(plan.service);
    }
    return out;
}

bool ApplyPlan::isEmpty() const
{
    for (const ServicePlan &plan : services) {
        if (plan.action != ServicePlan::Action::Unchanged)
            return false;
    }
    return true;
}

QString ApplyPlan::summary() const
{
    using A = ServicePlan::Action;
    QStringList parts;
    for (const A action : {A::Create, A::Recreate, A::Restart, A::Remove}) {
        const QStringList names = servicesWith(action);
        if (!names.isEmpty())
            parts.append(ServicePlan::actionName(action) + u' ' + names.join(u", "_s));
    }
    const qsizetype untouched = servicesWith(A::Unchanged).size();
    if (parts.isEmpty())
        return Tr::tr("nothing to change (%n service(s) left alone)", nullptr, int(untouched));
    if (untouched > 0)
        parts.append(Tr::tr("leave %n alone", nullptr, int(untouched)));
    return parts.join(u"; "_s);
}

} // namespace Stackdeck
