#pragma once

#include "models/live/healthrow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Stackdeck {

// Probe verdicts as a table (service, probe, state, since, message) with meaning-level roles; colours
// come from ui/. Snapshots merge by service name row by row, and only changed cells are reported.
class HealthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, ProbeColumn, StateColumn, SinceColumn, MessageColumn, ColumnCount };
    enum Role {
        ServiceRole = Qt::UserRole + 1,
        StateRole,        // int(Stackdeck::HealthState)
        SinceRole,        // QDateTime (UTC)
        CauseRole,        // "because postgres is down", may be empty
        HistoryCountRole, // int: probe results kept for the row
        KindRole,         // what is probed: "postgres", "http 127.0.0.1:8000/health", ...
        MessageRole,      // the latest result's sentence without the cause
    };
    Q_ENUM(Role)

    explicit HealthModel(QObject *parent = nullptr);

    void setRows(const QList<HealthRow> &rows);
    const QList<HealthRow> &rows() const { return m_rows; }
    // The row of `service`, or nullptr; valid until the next setRows().
    const HealthRow *row(const QString &service) const;
    // Row number of `service`, or -1.
    int rowOf(const QString &service) const;

    // "Since" texts are relative to this time; invalid (the default) means the current time.
    void setReferenceTime(const QDateTime &now);
    QDateTime referenceTime() const;
    // Tells views that the relative "Since" texts moved on (a view calls this on a timer).
    void refreshSince();

    // "12 s", "3 min", "2 h", "4 d": how long ago `since` was, seen from `now`.
    // "Healthy", "Down", ...: the State column's words, also used by the panel and inspector.
    static QString stateText(HealthState state);
    static QString relativeText(const QDateTime &since, const QDateTime &now);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:

    QString messageText(const HealthRow &row) const;
    void emitChanged(int row, unsigned columns);

    QList<HealthRow> m_rows;
    QDateTime m_now;
};

} // namespace Stackdeck
