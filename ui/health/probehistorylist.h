#pragma once

#include "models/health/proberesult.h"

#include <QList>
#include <QTreeWidget>

namespace Stackdeck {

// One service's probe results, newest first (time, state, latency, message); new results merge in row
// by row so the list keeps its scroll position and selection while the scheduler adds to it.
class ProbeHistoryList final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StateColumn, LatencyColumn, MessageColumn, ColumnCount };

    explicit ProbeHistoryList(QWidget *parent = nullptr);

    // `history` is oldest first, as HealthRow and the scheduler keep it.
    void setHistory(const QList<ProbeResult> &history);
    void clearHistory() { setHistory({}); }

    // "14:03:07" for today, "2024-05-01 14:03:07" otherwise, in local time.
    static QString timeText(const QDateTime &checkedAt, const QDateTime &now = QDateTime::currentDateTime());
    // "Down", "Healthy", ...: the capitalised state for lists.
    static QString stateText(HealthState state);

private:
    void fill(QTreeWidgetItem *item, const ProbeResult &result) const;

    QList<ProbeResult> m_rows; // newest first, like the items
};

} // namespace Stackdeck
