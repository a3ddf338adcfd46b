#include "models/live/healthmodel.h"

#include "models/live/rowmerge.h"

namespace Stackdeck {
namespace {

// Bit per column, plus one for the history that no column shows.
constexpr unsigned historyBit = 1u << HealthModel::ColumnCount;

unsigned changedColumns(const HealthRow &a, const HealthRow &b)
{
    unsigned bits = 0;
    if (a.service != b.service)
        bits |= 1u << HealthModel::ServiceColumn;
    if (a.kind != b.kind)
        bits |= 1u << HealthModel::ProbeColumn;
    if (a.state != b.state)
        bits |= 1u << HealthModel::StateColumn;
    if (a.since != b.since)
        bits |= 1u << HealthModel::SinceColumn;
    if (a.message != b.message || a.cause != b.cause)
        bits |= 1u << HealthModel::MessageColumn;
    const bool sameHistory = a.history.size() == b.history.size()
                             && (a.history.isEmpty()
                                 || (a.history.constLast().checkedAt == b.history.constLast().checkedAt
                                     && a.history.constLast().state == b.history.constLast().state
                                     && a.history.constFirst().checkedAt == b.history.constFirst().checkedAt));
    if (!sameHistory)
        bits |= historyBit;
    return bits;
}

} // namespace

HealthModel::HealthModel(QObject *parent) : QAbstractTableModel(parent) {}

void HealthModel::setRows(const QList<HealthRow> &rows)
{
    const QModelIndex root;
    // RowMerge asks `same` right before it reports the row as changed: the diff is kept for that report.
    unsigned pending = 0;
    RowMergeHooks hooks;
    hooks.beginRemove = [this, root](int first, int last) { beginRemoveRows(root, first, last); };
    hooks.endRemove = [this] { endRemoveRows(); };
    hooks.beginInsert = [this, root](int first, int last) { beginInsertRows(root, first, last); };
    hooks.endInsert = [this] { endInsertRows(); };
    hooks.beginMove = [this, root](int from, int to) { beginMoveRows(root, from, from, root, to); };
    hooks.endMove = [this] { endMoveRows(); };
    hooks.changed = [this, &pending](int row) { emitChanged(row, pending); };
    auto same = [&pending](const HealthRow &a, const HealthRow &b) {
        pending = changedColumns(a, b);
        return pending == 0;
    };
    mergeRows(m_rows, rows, [](const HealthRow &r) { return r.service; }, same, hooks);
}

void HealthModel::emitChanged(int row, unsigned columns)
{
    for (int first = 0; first < ColumnCount; ++first) {
        if (!(columns & (1u << first)))
            continue;
        int last = first;
        while (last + 1 < ColumnCount && (columns & (1u << (last + 1))))
            ++last;
        emit dataChanged(index(row, first), index(row, last));
        first = last;
    }
    if (columns & historyBit)
        emit dataChanged(index(row, ServiceColumn), index(row, ServiceColumn), {HistoryCountRole});
}

const HealthRow *HealthModel::row(const QString &service) const
{
    const int r = rowOf(service);
    return r < 0 ? nullptr : &m_rows.at(r);
}

int HealthModel::rowOf(const QString &service) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).service == service)
            return int(i);
    }
    return -1;
}

void HealthModel::setReferenceTime(const QDateTime &now)
{
    m_now = now;
    refreshSince();
}

QDateTime HealthModel::referenceTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void HealthModel::refreshSince()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SinceColumn), index(int(m_rows.size()) - 1, SinceColumn), {Qt::DisplayRole});
}

QString HealthModel::relativeText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid() || !now.isValid())
        return {};
    const qint64 secs = qMax<qint64>(0, since.secsTo(now));
    if (secs < 60)
        return tr("%1 s").arg(secs);
    if (secs < 3600)
        return tr("%1 min").arg(secs / 60);
    if (secs < 48 * 3600)
        return tr("%1 h").arg(secs / 3600);
    return tr("%1 d").arg(secs / 86400);
}

QString HealthModel::stateText(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return tr("Healthy");
    case HealthState::Unknown: return tr("Unknown");
    case HealthState::Degraded: return tr("Degraded");
    case HealthState::Unhealthy: return tr("Unhealthy");
    case HealthState::Down: return tr("Down");
    }
    return tr("Unknown");
}

QString HealthModel::messageText(const HealthRow &row) const
{
    if (row.cause.isEmpty())
        return row.message;
    if (row.message.isEmpty())
        return row.cause;
    QString message = row.message;
    if (message.endsWith(u'.'))
        message.chop(1);
    return tr("%1 (%2)").arg(message, row.cause);
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn: return r.service;
        case ProbeColumn: return r.kind;
        case StateColumn: return stateText(r.state);
        case SinceColumn: return relativeText(r.since, referenceTime());
        case MessageColumn: return messageText(r);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn)
            return r.since.isValid() ? r.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        return messageText(r);
    case ServiceRole: return r.service;
    case StateRole: return int(r.state);
    case SinceRole: return r.since;
    case CauseRole: return r.cause;
    case HistoryCountRole: return int(r.history.size());
    case KindRole: return r.kind;
    case MessageRole: return r.message;
    }
    return {};
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ServiceColumn: return tr("Service");
    case ProbeColumn: return tr("Probe");
    case StateColumn: return tr("State");
    case SinceColumn: return tr("Since");
    case MessageColumn: return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> HealthModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServiceRole, "service");
    names.insert(StateRole, "state");
    names.insert(SinceRole, "since");
    names.insert(CauseRole, "cause");
    names.insert(HistoryCountRole, "historyCount");
    names.insert(KindRole, "kind");
    names.insert(MessageRole, "message");
    return names;
}

} // namespace Stackdeck
