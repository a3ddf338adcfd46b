#include "models/editor/applyplanner.h"

#include "models/editor/servicediff.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// Plan reasons are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ApplyPlanner)
};

constexpr int kMaxReasons = 5;

YamlNodePtr section(const ComposeProject *project, QStringView key)
{
    if (!project || !project->effective || !project->effective->isMap())
        return {};
    const YamlNodePtr node = project->effective->get(key);
    return node && node->isMap() ? node : YamlNodePtr{};
}

YamlNodePtr entry(const YamlNodePtr &map, const QString &name)
{
    return map ? map->get(name) : YamlNodePtr{};
}

QStringList keys(const YamlNodePtr &map)
{
    QStringList out;
    if (map) {
        for (const YamlPair &pair : map->pairs) {
            if (pair.key)
                out.append(pair.key->value);
        }
    }
    return out;
}

// The top-level networks and named volumes a service uses (in the new version).
std::pair<QStringList, QStringList> resourcesOf(const ComposeProject &project, const QString &service)
{
    QStringList networks;
    QStringList volumes;
    if (const ServiceSpec *spec = project.service(service)) {
        networks = spec->networks;
        for (const VolumeMount &mount : spec->volumes) {
            if (mount.type == u"volume" && !mount.source.isEmpty())
                volumes.append(mount.source);
        }
    }
    const YamlNodePtr node = entry(section(&project, u"services"), service);
    if (networks.isEmpty() && !(node && node->contains(u"network_mode")))
        networks.append(u"default"_s);
    return {networks, volumes};
}

} // namespace

ApplyPlan ApplyPlanner::plan(const ComposeProject *applied, const ComposeProject &next, const QStringList &running)
{
    using Action = ServicePlan::Action;
    const YamlNodePtr nextServices = section(&next, u"services");
    const YamlNodePtr oldServices = section(applied, u"services");
    const QSet<QString> runningSet(running.cbegin(), running.cend());

    // Top-level network and volume changes, by name, for the services that use them.
    QHash<QString, QList<ServiceDiff::Change>> networkChanges;
    QHash<QString, QList<ServiceDiff::Change>> volumeChanges;
    if (applied) {
        const auto collect = [&](QStringView key, QHash<QString, QList<ServiceDiff::Change>> &into) {
            const YamlNodePtr before = section(applied, key);
            const YamlNodePtr after = section(&next, key);
            QStringList names = keys(before);
            for (const QString &name : keys(after)) {
                if (!names.contains(name))
                    names.append(name);
            }
            for (const QString &name : std::as_const(names)) {
                const auto changes = ServiceDiff::compare(entry(before, name), entry(after, name),
                                                          key.toString() + u'.' + name);
                if (!changes.isEmpty())
                    into.insert(name, changes);
            }
        };
        collect(u"networks", networkChanges);
        collect(u"volumes", volumeChanges);
    }

    ApplyPlan plan;
    const QStringList nextNames = keys(nextServices);
    for (const QString &name : nextNames) {
        ServicePlan sp;
        sp.service = name;
        const YamlNodePtr before = entry(oldServices, name);
        if (!applied) {
            if (runningSet.contains(name)) {
                sp.action = Action::Unchanged;
                sp.reasons.append(Tr::tr("running; no applied version recorded to compare with"));
            } else {
                sp.action = Action::Create;
                sp.reasons.append(Tr::tr("not running"));
            }
        } else if (!before) {
            sp.action = Action::Create;
            sp.reasons.append(Tr::tr("new service"));
        } else {
            QList<ServiceDiff::Change> changes = ServiceDiff::compare(before, entry(nextServices, name));
            const auto [networks, volumes] = resourcesOf(next, name);
            for (const QString &network : networks)
                changes += networkChanges.value(network);
            for (const QString &volume : volumes)
                changes += volumeChanges.value(volume);
            if (!changes.isEmpty()) {
                sp.action = Action::Recreate;
                sp.reasons = ServiceDiff::describe(changes, kMaxReasons);
            } else if (!runningSet.contains(name)) {
                sp.action = Action::Create;
                sp.reasons.append(Tr::tr("not running"));
            }
        }
        plan.services.append(sp);
    }
    // Removed services: in the applied version (or running) but no longer in the file.
    QStringList gone;
    for (const QString &name : keys(oldServices)) {
        if (!nextNames.contains(name) && !next.inactiveServices.contains(name))
            gone.append(name);
    }
    for (const QString &name : running) {
        if (!nextNames.contains(name) && !next.inactiveServices.contains(name) && !gone.contains(name))
            gone.append(name);
    }
    for (const QString &name : std::as_const(gone)) {
        ServicePlan sp;
        sp.service = name;
        sp.action = Action::Remove;
        sp.reasons.append(keys(oldServices).contains(name) ? Tr::tr("removed from the file")
                                                           : Tr::tr("running but not in the file"));
        plan.services.append(sp);
    }
    return plan;
}

} // namespace Stackdeck
