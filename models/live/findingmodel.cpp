#include "models/live/findingmodel.h"

#include "models/live/rowmerge.h"

namespace Stackdeck {
namespace {

QString rowKey(const Finding &f)
{
    return f.location.file + u'\x1e' + QString::number(f.location.line) + u'\x1e' + QString::number(f.location.column)
           + u'\x1e' + f.ruleId + u'\x1e' + f.path;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.severity == b.severity && a.message == b.message && a.suggestion == b.suggestion && a.location == b.location
           && a.path == b.path && a.ruleId == b.ruleId;
}

} // namespace

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingModel::setFindings(const Findings &findings)
{
    const QModelIndex root;
    RowMergeHooks hooks;
    hooks.beginRemove = [this, root](int first, int last) { beginRemoveRows(root, first, last); };
    hooks.endRemove = [this] { endRemoveRows(); };
    hooks.beginInsert = [this, root](int first, int last) { beginInsertRows(root, first, last); };
    hooks.endInsert = [this] { endInsertRows(); };
    hooks.beginMove = [this, root](int from, int to) { beginMoveRows(root, from, from, root, to); };
    hooks.endMove = [this] { endMoveRows(); };
    hooks.changed = [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); };
    mergeRows(m_rows, findings, rowKey, sameFinding, hooks);
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityName(f.severity);
        case LocationColumn: return f.location.toString();
        case MessageColumn: return f.message;
        case RuleColumn: return f.ruleId;
        }
        return {};
    case Qt::ToolTipRole:
        return f.suggestion.isEmpty() ? f.message : f.message + u'\n' + f.suggestion;
    case SeverityRole: return int(f.severity);
    case FileRole: return f.location.file;
    case LineRole: return f.location.line;
    case ColumnRole: return f.location.column;
    case RuleRole: return f.ruleId;
    case PathRole: return f.path;
    case SuggestionRole: return f.suggestion;
    case MessageRole: return f.message;
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case LocationColumn: return tr("Location");
    case MessageColumn: return tr("Message");
    case RuleColumn: return tr("Rule");
    }
    return {};
}

QHash<int, QByteArray> FindingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(FileRole, "file");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(RuleRole, "rule");
    names.insert(PathRole, "path");
    names.insert(SuggestionRole, "suggestion");
    names.insert(MessageRole, "message");
    return names;
}

} // namespace Stackdeck
