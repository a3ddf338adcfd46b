#include "ui/gauges/resourcehistorychart.h"

#include "ui/gauges/gaugelogging.h"
#include "ui/gauges/gaugepalette.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsLayout>
#include <QtMath>

#include <algorithm>

namespace Stackdeck {

namespace {

constexpr double mib = 1024.0 * 1024.0;
constexpr double gib = mib * 1024.0;
constexpr int cpuTicks = 5;

// The smallest 1, 2, 2.5 or 5 × 10^k at or above value.
double niceStep(double value)
{
    if (value <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= value * (1 - 1e-9))
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

QFont smaller(QFont font)
{
    font.setPointSizeF(qMax(7.0, font.pointSizeF() * 0.85));
    return font;
}

} // namespace

ResourceHistoryChart::ResourceHistoryChart(QWidget *parent)
    : QChartView(parent), m_cpu(new QLineSeries), m_memory(new QLineSeries), m_timeAxis(new QCategoryAxis),
      m_cpuAxis(new QValueAxis), m_memoryAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 4, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_cpu->setName(tr("CPU"));
    m_memory->setName(tr("Memory"));
    chart->addSeries(m_cpu);
    chart->addSeries(m_memory);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_cpuAxis, Qt::AlignLeft);
    chart->addAxis(m_memoryAxis, Qt::AlignRight);
    m_cpu->attachAxis(m_timeAxis);
    m_cpu->attachAxis(m_cpuAxis);
    m_memory->attachAxis(m_timeAxis);
    m_memory->attachAxis(m_memoryAxis);

    // Minutes ago, newest on the right; the labels say it, so the axis needs no title line.
    m_timeAxis->setRange(0, windowSeconds / 60.0);
    m_timeAxis->setReverse(true);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setStartValue(-1);
    m_timeAxis->append(tr("now"), 0);
    m_timeAxis->append(tr("5 min"), 5);
    m_timeAxis->append(tr("10 min"), 10);
    m_timeAxis->append(tr("15 min ago"), 15);
    m_cpuAxis->setTickCount(cpuTicks);
    m_cpuAxis->setLabelFormat(QStringLiteral("%g"));
    m_memoryAxis->setTickType(QValueAxis::TicksDynamic);
    m_memoryAxis->setTickAnchor(0);
    m_memoryAxis->setGridLineVisible(false);
    applyStyle();

    m_pending.setSingleShot(true);
    connect(&m_pending, &QTimer::timeout, this, [this] {
        if (m_dirty)
            redraw();
    });
    setAccessibleName(tr("CPU and memory over the last 15 minutes"));
    clear();
}

void ResourceHistoryChart::applyStyle()
{
    const QFont labels = smaller(font());
    QPen cpuPen(GaugePalette::cpu());
    cpuPen.setWidthF(1.6);
    m_cpu->setPen(cpuPen);
    QPen memoryPen(GaugePalette::memory());
    memoryPen.setWidthF(1.6);
    m_memory->setPen(memoryPen);
    for (QValueAxis *axis : {static_cast<QValueAxis *>(m_timeAxis), m_cpuAxis, m_memoryAxis}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    m_cpuAxis->setLabelsColor(GaugePalette::cpu());
    m_cpuAxis->setTitleBrush(GaugePalette::cpu());
    m_memoryAxis->setLabelsColor(GaugePalette::memory());
    m_memoryAxis->setTitleBrush(GaugePalette::memory());
}

void ResourceHistoryChart::setLimits(double cpuLimitCores, qint64 memoryLimitBytes)
{
    cpuLimitCores = qMax(0.0, cpuLimitCores);
    memoryLimitBytes = qMax<qint64>(0, memoryLimitBytes);
    if (cpuLimitCores == m_cpuLimit && memoryLimitBytes == m_memoryLimit)
        return;
    m_cpuLimit = cpuLimitCores;
    m_memoryLimit = memoryLimitBytes;
    m_sinceRedraw.invalidate();
    m_dirty = true;
    m_pending.start(0);
}

void ResourceHistoryChart::setHistory(const std::shared_ptr<const StatsHistory> &history, const QDateTime &now)
{
    if (history == m_history && now == m_now)
        return;
    m_history = history;
    m_now = now;
    m_dirty = true;
    if (!m_sinceRedraw.isValid() || m_sinceRedraw.elapsed() >= minimumIntervalMs)
        redraw();
    else if (!m_pending.isActive())
        m_pending.start(int(minimumIntervalMs - m_sinceRedraw.elapsed()));
}

void ResourceHistoryChart::clear()
{
    m_history.reset();
    m_now = QDateTime();
    redraw();
    // Empty axes are no reason to hold back the next history.
    m_sinceRedraw.invalidate();
}

void ResourceHistoryChart::redraw()
{
    m_dirty = false;
    m_sinceRedraw.start();
    ++m_updates;

    // Samples inside the window, with their age in seconds; an invalid time falls back to one per second.
    struct Point { double age; double cpu; double memory; };
    QList<Point> points;
    double maxCpu = 0.0;
    double maxMemory = 0.0;
    if (m_history && !m_history->isEmpty()) {
        const int size = m_history->size();
        const QDateTime reference = m_now.isValid() ? m_now : m_history->latest().read;
        points.reserve(qMin(size, windowSeconds + 1));
        for (int i = 0; i < size; ++i) {
            const ContainerStats &sample = m_history->at(i);
            const double age = sample.read.isValid() && reference.isValid()
                                   ? qMax<qint64>(0, sample.read.msecsTo(reference)) / 1000.0
                                   : double(size - 1 - i);
            if (age > windowSeconds)
                continue;
            const double cpu = m_cpuLimit > 0 ? sample.cpuPercent / m_cpuLimit : sample.cpuPercent;
            points.append({age, cpu, double(sample.memoryUsed)});
            maxCpu = qMax(maxCpu, cpu);
            maxMemory = qMax(maxMemory, double(sample.memoryUsed));
        }
    }

    const double memoryTop = std::max({double(m_memoryLimit), maxMemory * 1.1, 64.0 * mib});
    m_memoryUnit = memoryTop >= gib ? gib : mib;
    QList<QPointF> cpuPoints;
    QList<QPointF> memoryPoints;
    cpuPoints.reserve(points.size());
    memoryPoints.reserve(points.size());
    for (const Point &p : std::as_const(points)) {
        cpuPoints.append({p.age / 60.0, p.cpu});
        memoryPoints.append({p.age / 60.0, p.memory / m_memoryUnit});
    }
    m_cpu->replace(cpuPoints);
    m_memory->replace(memoryPoints);

    // CPU: a limit tops the axis at 100 %; without one the axis follows the data.
    const double cpuFloor = m_cpuLimit > 0 ? 100.0 : 10.0;
    const double cpuTop = niceStep(qMax(cpuFloor, maxCpu * 1.05) / (cpuTicks - 1)) * (cpuTicks - 1);
    m_cpuAxis->setRange(0, cpuTop);
    m_cpuAxis->setTitleText(tr("CPU %"));
    // Memory: the limit (when there is one) is the top of the axis.
    // The limit tops the axis unless the samples went past it.
    const bool limitOnTop = m_memoryLimit > 0 && double(m_memoryLimit) >= maxMemory;
    const double top = (limitOnTop ? double(m_memoryLimit) : memoryTop) / m_memoryUnit;
    const double step = niceStep(top / 4.0);
    m_memoryAxis->setTickInterval(step);
    m_memoryAxis->setRange(0, top);
    m_memoryAxis->setLabelFormat(QStringLiteral("%g"));
    m_memoryAxis->setTitleText(m_memoryUnit == gib ? tr("Memory GiB") : tr("Memory MiB"));
    qCDebug(lcGauges) << "history chart redrawn with" << points.size() << "points";
}

} // namespace Stackdeck
