#pragma once

#include "models/live/healthmodel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace Stackdeck {

class HealthStyleProxy;
class ProbeHistoryList;

// The health panel: a summary line leading with the root cause, one row per probe with its state as a
// coloured dot, and the selected row's probe history below (newest first).
class HealthPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);

    // The panel does not own the model; it follows its row-by-row updates.
    void setModel(HealthModel *model);
    HealthModel *model() const { return m_model; }

    QTableView *tableView() const { return m_table; }
    ProbeHistoryList *historyList() const { return m_history; }
    QString summaryText() const { return m_summaryText; }

    QString selectedService() const;
    // Selects the row of `service` and shows its history; an unknown name clears the selection.
    void selectService(const QString &service);

signals:
    // Double-click or Enter on a row: the main window opens the service (inspector, logs, ...).
    void serviceActivated(const QString &service);
    void currentServiceChanged(const QString &service);

private:
    void onCurrentRowChanged();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void scheduleColumnFit();
    void updateSummary();
    void updateHistory();

    QPointer<HealthModel> m_model;
    HealthStyleProxy *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_historyTitle;
    ProbeHistoryList *m_history;
    QTimer *m_sinceTimer;
    QString m_summaryText;
    QString m_historyService;
    bool m_columnFitPending = false;
};

} // namespace Stackdeck
