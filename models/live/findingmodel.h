#pragma once

#include "models/core/finding.h"

#include <QAbstractTableModel>

namespace Stackdeck {

// Findings as a table (severity, location, message, rule) with meaning-level roles; colours and
// icons are added by ui/. New snapshots merge row by row so selections and scroll positions survive.
class FindingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Stackdeck::Severity)
        FileRole,
        LineRole,
        ColumnRole,
        RuleRole,
        PathRole,
        SuggestionRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit FindingModel(QObject *parent = nullptr);

    // Rows are keyed by file, line, column, rule and path: same key = same row, updated in place.
    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_rows; }
    Finding finding(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Findings m_rows;
};

} // namespace Stackdeck
