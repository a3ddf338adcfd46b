#include "ui/health/probehistorylist.h"

#include "models/live/healthmodel.h"
#include "models/live/rowmerge.h"
#include "ui/health/healthpalette.h"

#include <QHeaderView>

#include <algorithm>

namespace Stackdeck {

ProbeHistoryList::ProbeHistoryList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Time"), tr("State"), tr("Latency"), tr("Message")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LatencyColumn, QHeaderView::ResizeToContents);
}

QString ProbeHistoryList::timeText(const QDateTime &checkedAt, const QDateTime &now)
{
    if (!checkedAt.isValid())
        return {};
    const QDateTime local = checkedAt.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ProbeHistoryList::stateText(HealthState state)
{
    return HealthModel::stateText(state);
}

void ProbeHistoryList::fill(QTreeWidgetItem *item, const ProbeResult &r) const
{
    item->setText(TimeColumn, timeText(r.checkedAt));
    item->setToolTip(TimeColumn, r.checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    item->setText(StateColumn, stateText(r.state));
    item->setIcon(StateColumn, HealthPalette::dot(r.state));
    item->setText(LatencyColumn, humanDuration(r.latency));
    item->setTextAlignment(LatencyColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(MessageColumn, r.message);
    QStringList tip{r.message};
    for (const auto &[key, value] : r.details)
        tip << key + QStringLiteral(": ") + value;
    item->setToolTip(MessageColumn, tip.join(u'\n'));
}

void ProbeHistoryList::setHistory(const QList<ProbeResult> &history)
{
    QList<ProbeResult> next = history;
    std::reverse(next.begin(), next.end());
    int insertFirst = 0, insertLast = -1;
    RowMergeHooks hooks;
    hooks.beginRemove = [this](int first, int last) {
        for (int i = last; i >= first; --i)
            delete takeTopLevelItem(i);
    };
    hooks.endRemove = [] {};
    hooks.beginInsert = [&insertFirst, &insertLast](int first, int last) {
        insertFirst = first;
        insertLast = last;
    };
    // RowMerge has put the new results into m_rows by now.
    hooks.endInsert = [this, &insertFirst, &insertLast] {
        QList<QTreeWidgetItem *> items;
        for (int i = insertFirst; i <= insertLast; ++i) {
            auto *item = new QTreeWidgetItem;
            fill(item, m_rows.at(i));
            items << item;
        }
        insertTopLevelItems(insertFirst, items);
    };
    hooks.beginMove = [this](int from, int to) { insertTopLevelItem(to, takeTopLevelItem(from)); };
    hooks.endMove = [] {};
    hooks.changed = [this](int row) { fill(topLevelItem(row), m_rows.at(row)); };
    auto key = [](const ProbeResult &r) { return QString::number(r.checkedAt.toMSecsSinceEpoch()); };
    auto same = [](const ProbeResult &a, const ProbeResult &b) {
        return a.state == b.state && a.message == b.message && a.latency == b.latency && a.details == b.details;
    };
    mergeRows(m_rows, next, key, same, hooks);
}

} // namespace Stackdeck
