#include "ui/health/healthsummary.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

namespace Stackdeck {
namespace {

constexpr int shownRoots = 2;
constexpr int shownNames = 3;

bool isProblem(HealthState state)
{
    return state == HealthState::Degraded || isFailing(state);
}

// "a, b, c +2": a short list that never grows past a status bar.
QString shortList(const QStringList &names, int shown)
{
    QString text = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        text += HealthSummary::tr(" +%1").arg(names.size() - shown);
    return text;
}

} // namespace

QString HealthSummary::stateWord(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return tr("healthy");
    case HealthState::Unknown: return tr("unknown");
    case HealthState::Degraded: return tr("degraded");
    case HealthState::Unhealthy: return tr("unhealthy");
    case HealthState::Down: return tr("down");
    }
    return tr("unknown");
}

HealthState HealthSummary::worstState(const QList<HealthRow> &rows)
{
    if (rows.isEmpty())
        return HealthState::Unknown;
    HealthState worst = rows.constFirst().state;
    for (const HealthRow &r : rows)
        worst = worseOf(worst, r.state);
    return worst;
}

QString HealthSummary::statusText(const StackHealthReport &report)
{
    if (report.services.isEmpty())
        return tr("No services to watch");
    if (report.state == HealthState::Healthy)
        return tr("Stack healthy — all %1 services healthy").arg(report.services.size());
    if (report.state == HealthState::Unknown) {
        QStringList unknown;
        for (const ServiceHealth &s : report.services) {
            if (s.result.state == HealthState::Unknown)
                unknown << s.service;
        }
        return tr("Stack health unknown — no verdict yet for %1").arg(shortList(unknown, shownNames));
    }

    // Root causes: the deepest failing dependencies named by others, and problems nothing else explains.
    QMap<QString, QStringList> affected;
    QStringList roots;
    for (const ServiceHealth &s : report.services) {
        if (!isProblem(s.result.state))
            continue;
        if (!s.cause.isEmpty() && s.cause != s.service) {
            affected[s.cause] << s.service;
            if (!roots.contains(s.cause))
                roots << s.cause;
        } else if (!roots.contains(s.service)) {
            roots << s.service;
        }
    }
    std::stable_sort(roots.begin(), roots.end(), [&affected](const QString &a, const QString &b) {
        return affected.value(a).size() > affected.value(b).size();
    });

    QStringList parts;
    for (const QString &root : roots.mid(0, shownRoots)) {
        const ServiceHealth *h = report.find(root);
        const QString word = stateWord(h ? h->result.state : HealthState::Unknown);
        const QStringList hit = affected.value(root);
        parts << (hit.isEmpty() ? tr("%1 is %2").arg(root, word)
                                : tr("%1 is %2 (%3 affected)").arg(root, word, shortList(hit, shownNames)));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (roots.size() > shownRoots)
        text += tr("; +%1 more").arg(roots.size() - shownRoots);
    if (!affected.isEmpty())
        text = (roots.size() == 1 ? tr("root cause: %1") : tr("root causes: %1")).arg(text);
    return tr("Stack %1 — %2").arg(stateWord(report.state), text);
}

QString HealthSummary::panelText(const QList<HealthRow> &rows)
{
    if (rows.isEmpty())
        return tr("No services probed yet");
    int healthy = 0, unknown = 0;
    QStringList roots, explained;
    for (const HealthRow &r : rows) {
        if (r.state == HealthState::Healthy)
            ++healthy;
        else if (r.state == HealthState::Unknown)
            ++unknown;
        else if (r.cause.isEmpty())
            roots << tr("%1 is %2").arg(r.service, stateWord(r.state));
        else
            explained << tr("%1 is %2").arg(r.service, stateWord(r.state));
    }
    QStringList parts{tr("%1 of %2 healthy").arg(healthy).arg(rows.size())};
    if (!roots.isEmpty()) {
        QString text = shortList(roots, shownRoots);
        if (!explained.isEmpty())
            text += roots.size() == 1 ? tr(" (root cause)") : tr(" (root causes)");
        parts << text;
    } else if (!explained.isEmpty()) {
        parts << shortList(explained, shownRoots);
    }
    if (unknown > 0)
        parts << tr("%1 unknown").arg(unknown);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Stackdeck
