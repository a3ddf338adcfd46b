#include "models/health/stackhealth.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StackHealth)
};

struct Cause
{
    QString service;
    int depth = 0; // edges from the asking service
};

class CauseFinder
{
public:
    CauseFinder(const QMap<QString, QStringList> &deps, const QMap<QString, ProbeResult> &results)
        : m_deps(deps), m_results(results) {}

    HealthState stateOf(const QString &s) const
    {
        const auto it = m_results.constFind(s);
        return it == m_results.cend() ? HealthState::Unknown : it->state;
    }

    // The deepest failing service reachable through failing dependencies of `service`.
    Cause find(const QString &service)
    {
        bool cyclic = false;
        return find(service, &cyclic);
    }

private:
    Cause find(const QString &service, bool *cyclic)
    {
        if (const auto it = m_memo.constFind(service); it != m_memo.cend())
            return *it;
        m_visiting.insert(service);
        Cause best;
        bool touchedCycle = false;
        for (const auto &dep : m_deps.value(service)) {
            if (!isFailing(stateOf(dep)))
                continue;
            if (m_visiting.contains(dep)) {
                touchedCycle = true; // an edge back into the path: not a deeper cause
                continue;
            }
            const Cause below = find(dep, &touchedCycle);
            const Cause candidate = below.service.isEmpty() ? Cause{dep, 1} : Cause{below.service, below.depth + 1};
            if (candidate.depth > best.depth)
                best = candidate;
        }
        m_visiting.remove(service);
        if (touchedCycle)
            *cyclic = true; // depends on the path taken: do not reuse
        else
            m_memo.insert(service, best);
        return best;
    }

private:
    const QMap<QString, QStringList> &m_deps;
    const QMap<QString, ProbeResult> &m_results;
    QHash<QString, Cause> m_memo;
    QSet<QString> m_visiting;
};
} // namespace

const ServiceHealth *StackHealthReport::find(const QString &service) const
{
    for (const auto &s : services) {
        if (s.service == service)
            return &s;
    }
    return nullptr;
}

QMap<QString, QStringList> StackHealth::dependencyGraph(const QList<ServiceSpec> &services)
{
    QMap<QString, QStringList> graph;
    for (const auto &s : services) {
        QStringList deps;
        for (const auto &d : s.dependsOn)
            deps << d.service;
        graph.insert(s.name, deps);
    }
    return graph;
}

StackHealthReport StackHealth::evaluate(const QMap<QString, QStringList> &dependsOn,
                                        const QMap<QString, ProbeResult> &results)
{
    QStringList names = dependsOn.keys();
    for (auto it = results.begin(); it != results.end(); ++it) {
        if (!dependsOn.contains(it.key()))
            names << it.key();
    }
    names.sort();
    StackHealthReport report;
    CauseFinder finder(dependsOn, results);
    bool any = false;
    QStringList failing;
    for (const auto &name : names) {
        ServiceHealth sh;
        sh.service = name;
        sh.result = results.value(name, ProbeResult::make(HealthState::Unknown, Tr::tr("Not probed yet.")));
        if (sh.result.state != HealthState::Healthy && sh.result.state != HealthState::Unknown) {
            const Cause c = finder.find(name);
            if (!c.service.isEmpty()) {
                sh.cause = c.service;
                sh.causeHint = Tr::tr("because %1 is %2").arg(c.service, healthStateName(finder.stateOf(c.service)));
            }
        }
        report.state = any ? worseOf(report.state, sh.result.state) : sh.result.state;
        any = true;
        if (sh.result.state != HealthState::Healthy && sh.result.state != HealthState::Unknown)
            failing << QString(name + u" is " + healthStateName(sh.result.state)
                               + (sh.causeHint.isEmpty() ? QString() : u' ' + sh.causeHint));
        report.services.append(sh);
    }
    if (!any)
        report.summary = Tr::tr("No services.");
    else if (failing.isEmpty())
        report.summary = report.state == HealthState::Healthy ? Tr::tr("All %1 services healthy.").arg(names.size())
                                                              : Tr::tr("No problems seen; some services are not probed.");
    else
        report.summary = failing.join(QStringLiteral("; ")) + u'.';
    return report;
}

} // namespace Stackdeck
