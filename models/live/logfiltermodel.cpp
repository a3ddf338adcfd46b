#include "models/live/logfiltermodel.h"

#include "models/live/logmodel.h"

#include <algorithm>

namespace Stackdeck {

LogFilterModel::LogFilterModel(LogModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_filter(new LogFilter(source, this))
    , m_matcher(std::make_unique<LogRegexMatcher>(m_criteria.regex))
{
    m_serials = matchRange(m_source->firstSerial(), m_source->endSerial());
    connect(m_filter, &LogFilter::resultReady, this, &LogFilterModel::applyResult);
    connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onSourceAboutToRemove(first, last); });
    connect(m_source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onSourceInserted(first, last); });
    connect(m_source, &QAbstractItemModel::dataChanged, this, &LogFilterModel::onSourceChanged);
}

int LogFilterModel::mapToSource(int row) const
{
    return int(m_serials.at(row) - m_source->firstSerial());
}

int LogFilterModel::mapFromSource(int sourceRow) const
{
    const qint64 serial = m_source->firstSerial() + sourceRow;
    const auto it = std::lower_bound(m_serials.cbegin(), m_serials.cend(), serial);
    return it != m_serials.cend() && *it == serial ? int(it - m_serials.cbegin()) : -1;
}

QList<qint64> LogFilterModel::matchRange(qint64 firstSerial, qint64 endSerial) const
{
    QList<qint64> out;
    const qint64 base = m_source->firstSerial();
    const bool everything = m_criteria.keepsEverything();
    if (everything)
        out.reserve(endSerial - std::max(firstSerial, base));
    const LogRegexMatcher &matcher = *m_matcher;
    for (qint64 s = std::max(firstSerial, base); s < endSerial; ++s) {
        if (everything || m_criteria.matches(m_source->line(int(s - base)), matcher))
            out.append(s);
    }
    return out;
}

void LogFilterModel::applyResult(const LogFilterResult &result)
{
    beginResetModel();
    m_criteria = result.criteria;
    m_matcher = std::make_unique<LogRegexMatcher>(m_criteria.regex);
    const qint64 base = m_source->firstSerial();
    m_serials.clear();
    m_serials.reserve(result.serials.size());
    for (qint64 s : result.serials) {
        if (s >= base && s < result.validEnd)
            m_serials.append(s);
    }
    // Lines that arrived (or were rewritten) while the worker ran are matched here.
    m_serials.append(matchRange(std::max(result.validEnd, base), m_source->endSerial()));
    endResetModel();
}

void LogFilterModel::onSourceAboutToRemove(int first, int last)
{
    // The buffer only drops its oldest rows; clear() drops all of them.
    Q_UNUSED(first);
    const qint64 end = m_source->firstSerial() + last + 1;
    const int n = int(std::lower_bound(m_serials.cbegin(), m_serials.cend(), end) - m_serials.cbegin());
    if (n == 0)
        return;
    beginRemoveRows(QModelIndex(), 0, n - 1);
    m_serials.remove(0, n);
    endRemoveRows();
}

void LogFilterModel::onSourceInserted(int first, int last)
{
    const qint64 base = m_source->firstSerial();
    const QList<qint64> added = matchRange(base + first, base + last + 1);
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_serials.size()), int(m_serials.size() + added.size() - 1));
    m_serials.append(added);
    endInsertRows();
}

void LogFilterModel::onSourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const qint64 base = m_source->firstSerial();
    const qint64 from = base + topLeft.row();
    const qint64 to = base + bottomRight.row() + 1;
    const int lo = int(std::lower_bound(m_serials.cbegin(), m_serials.cend(), from) - m_serials.cbegin());
    const int hi = int(std::lower_bound(m_serials.cbegin(), m_serials.cend(), to) - m_serials.cbegin());
    const QList<qint64> now = matchRange(from, to);
    if (now == m_serials.mid(lo, hi - lo)) {
        if (hi > lo)
            emit dataChanged(index(lo), index(hi - 1));
        return;
    }
    if (hi > lo) {
        beginRemoveRows(QModelIndex(), lo, hi - 1);
        m_serials.remove(lo, hi - lo);
        endRemoveRows();
    }
    if (!now.isEmpty()) {
        beginInsertRows(QModelIndex(), lo, lo + int(now.size()) - 1);
        for (int i = 0; i < now.size(); ++i)
            m_serials.insert(lo + i, now.at(i));
        endInsertRows();
    }
}

int LogFilterModel::findMatch(const QRegularExpression &regex, int from, bool forward) const
{
    const int n = int(m_serials.size());
    if (n == 0 || regex.pattern().isEmpty() || !regex.isValid())
        return -1;
    from = std::clamp(from, 0, n - 1);
    for (int step = 0; step < n; ++step) {
        const int row = forward ? (from + step) % n : (from - step + n) % n;
        if (regex.match(m_source->line(mapToSource(row)).text).hasMatch())
            return row;
    }
    return -1;
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_serials.size());
}

QVariant LogFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->data(m_source->index(mapToSource(index.row())), role);
}

QHash<int, QByteArray> LogFilterModel::roleNames() const
{
    return m_source->roleNames();
}

} // namespace Stackdeck
