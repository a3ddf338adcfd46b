#pragma once

#include "models/compose/servicespec.h"
#include "models/docker/stacksnapshot.h"
#include "models/live/servicelivestatus.h"
#include "ui/gauges/servicelimits.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QVBoxLayout;

namespace Stackdeck {

class ResourceHistoryChart;
class ResourceRow;
class ResourceTotals;

// Stack totals on top, a row of gauges per service (updated in place), the selected one's history below.
class ResourcePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ResourcePanel(QWidget *parent = nullptr);

    // Declared limits; rows follow this order (services only seen in snapshots come after).
    void setServices(const QList<ServiceSpec> &services);
    // Live numbers and history; null = no engine.
    void setSnapshot(const StackSnapshotPtr &snapshot);
    // OOM kills, restart loops and the engine's memory limit.
    void setStatus(const QString &service, const ServiceLiveStatus &status);
    // Emits serviceSelected when the selection changes; names without a row are ignored.
    void selectService(const QString &service);
    QString selectedService() const { return m_selected; }
    // The machine the totals compare against; MachineInfo's figures until set.
    void setMachine(int cpus, qint64 memoryBytes);

    QStringList services() const { return m_order; }
    ResourceRow *row(const QString &service) const { return m_rows.value(service); }
    ResourceTotals *totals() const { return m_totals; }
    ResourceHistoryChart *historyChart() const { return m_chart; }
    // The sums the totals show: running services now, and declared memory limits × replicas.
    double totalCpuCores() const { return m_totalCpu; }
    qint64 totalMemoryUsed() const { return m_totalMemory; }
    qint64 totalDeclaredMemory() const { return m_declaredMemory; }

signals:
    void serviceSelected(const QString &service);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void syncRows();
    void refresh();
    void refreshChart();
    void alignHeader();

    QStringList m_order;
    QStringList m_declaredOrder;
    QHash<QString, ServiceLimits> m_limits;
    QHash<QString, ServiceLiveStatus> m_status;
    QHash<QString, ResourceRow *> m_rows;
    StackSnapshotPtr m_snapshot;
    QString m_selected;
    double m_totalCpu = 0.0;
    qint64 m_totalMemory = 0;
    qint64 m_declaredMemory = 0;

    ResourceTotals *m_totals = nullptr;
    QWidget *m_header = nullptr;
    QLabel *m_headerName = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterPlaced = false;
    QLabel *m_chartTitle = nullptr;
    ResourceHistoryChart *m_chart = nullptr;
};

} // namespace Stackdeck
