#pragma once

#include "models/live/logfilter.h"

#include <QAbstractListModel>

#include <memory>

namespace Stackdeck {

class LogModel;

// The rows of a LogModel that its LogFilter keeps, as a list over their serials. A new filter
// result replaces the list; meanwhile arriving batches are matched incrementally, batch by batch.
class LogFilterModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(LogModel *source, QObject *parent = nullptr);

    LogModel *sourceModel() const { return m_source; }
    LogFilter *filter() const { return m_filter; }
    int mapToSource(int row) const;
    int mapFromSource(int sourceRow) const; // -1 when filtered out

    // Next (or previous) row at or after (before) `from` whose text matches; wraps; -1 if none.
    int findMatch(const QRegularExpression &regex, int from, bool forward) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void applyResult(const LogFilterResult &result);
    QList<qint64> matchRange(qint64 firstSerial, qint64 endSerial) const;
    void onSourceAboutToRemove(int first, int last);
    void onSourceInserted(int first, int last);
    void onSourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    LogModel *m_source;
    LogFilter *m_filter;
    LogFilterCriteria m_criteria;
    std::unique_ptr<LogRegexMatcher> m_matcher; // compiled once per filter, not per batch
    QList<qint64> m_serials;
};

} // namespace Stackdeck
