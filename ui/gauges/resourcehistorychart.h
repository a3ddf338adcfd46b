#pragma once

#include "models/docker/statshistory.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QtCharts/QChartView>

#include <memory>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Stackdeck {

// One service's CPU and memory over 15 minutes; one QChart for life, updates only replace the points.
class ResourceHistoryChart final : public QChartView
{
    Q_OBJECT
public:
    static constexpr int windowSeconds = 15 * 60;
    static constexpr int minimumIntervalMs = 1000;

    explicit ResourceHistoryChart(QWidget *parent = nullptr);

    // CPU reads as % of the limit when there is one, else as % of one core; memory's axis tops at its limit.
    void setLimits(double cpuLimitCores, qint64 memoryLimitBytes);
    // Ages count from now (else the latest sample); at most one redraw a second, so 4 snapshots/s stay cheap.
    void setHistory(const std::shared_ptr<const StatsHistory> &history, const QDateTime &now = {});
    void clear();

    QLineSeries *cpuSeries() const { return m_cpu; }
    QLineSeries *memorySeries() const { return m_memory; }
    QValueAxis *cpuAxis() const { return m_cpuAxis; }
    QValueAxis *memoryAxis() const { return m_memoryAxis; }
    bool cpuRelativeToLimit() const { return m_cpuLimit > 0; }
    double memoryUnitBytes() const { return m_memoryUnit; } // bytes per memory-axis unit
    int updateCount() const { return m_updates; }

private:
    void redraw();
    void applyStyle();

    QLineSeries *m_cpu = nullptr;
    QLineSeries *m_memory = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_cpuAxis = nullptr;
    QValueAxis *m_memoryAxis = nullptr;
    std::shared_ptr<const StatsHistory> m_history;
    QDateTime m_now;
    double m_cpuLimit = 0.0;
    qint64 m_memoryLimit = 0;
    double m_memoryUnit = 1024.0 * 1024.0;
    QElapsedTimer m_sinceRedraw;
    QTimer m_pending;
    bool m_dirty = false;
    int m_updates = 0;
};

} // namespace Stackdeck
