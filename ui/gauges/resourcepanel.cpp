#include "ui/gauges/resourcepanel.h"

#include "models/validate/machineinfo.h"
#include "ui/gauges/gaugelogging.h"
#include "ui/gauges/gaugepalette.h"
#include "ui/gauges/resourceformat.h"
#include "ui/gauges/resourcehistorychart.h"
#include "ui/gauges/resourcerow.h"
#include "ui/gauges/resourcetotals.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace Stackdeck {

namespace {

constexpr int nameColumnMin = 60;
constexpr int nameColumnMax = 160;
constexpr int wideMinimumWidth = 880;
constexpr double wideAspect = 1.8;

QLabel *makeHeaderLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, GaugePalette::mutedText(pal));
    label->setPalette(pal);
    return label;
}

} // namespace

ResourcePanel::ResourcePanel(QWidget *parent)
    : QWidget(parent), m_totals(new ResourceTotals(this)), m_header(new QWidget(this)),
      m_scroll(new QScrollArea(this)), m_chartTitle(new QLabel(this)), m_chart(new ResourceHistoryChart(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Resources"));
    m_totals->setObjectName(QStringLiteral("resourceTotals"));
    m_chart->setObjectName(QStringLiteral("resourceHistoryChart"));
    m_totals->setMachine(MachineInfo::cpus(), MachineInfo::memoryBytes());

    // Column header: same margins and stretches as a row, so the columns line up.
    m_headerName = makeHeaderLabel(tr("Service"), m_header);
    m_headerName->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(ResourceRow::leftMargin, 0, ResourceRow::rightMargin, 0);
    headerLayout->setSpacing(ResourceRow::spacing);
    headerLayout->addWidget(m_headerName);
    headerLayout->addWidget(makeHeaderLabel(tr("CPU now"), m_header), ResourceRow::cpuStretch);
    headerLayout->addWidget(makeHeaderLabel(tr("Memory now"), m_header), ResourceRow::memoryStretch);

    auto *rowsHost = new QWidget(m_scroll);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(0);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(rowsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ResourcePanel::alignHeader);

    auto *listPart = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_header);
    listLayout->addWidget(m_scroll, 1);

    auto *chartPart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPart);
    chartLayout->setContentsMargins(8, 2, 8, 0);
    chartLayout->setSpacing(0);
    m_chartTitle->setTextFormat(Qt::PlainText);
    m_chartTitle->setWordWrap(true);
    m_chartTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(m_chart, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPart);
    m_splitter->addWidget(chartPart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_totals);
    layout->addWidget(m_splitter, 1);
    refresh();
}

void ResourcePanel::setServices(const QList<ServiceSpec> &services)
{
    m_declaredOrder.clear();
    m_limits.clear();
    for (const ServiceSpec &spec : services) {
        if (m_limits.contains(spec.name))
            continue;
        m_declaredOrder.append(spec.name);
        m_limits.insert(spec.name, ServiceLimits::fromSpec(spec));
    }
    syncRows();
    refresh();
}

void ResourcePanel::setSnapshot(const StackSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    syncRows();
    refresh();
}

void ResourcePanel::setStatus(const QString &service, const ServiceLiveStatus &status)
{
    const auto it = m_status.constFind(service);
    if (it != m_status.constEnd() && *it == status)
        return;
    m_status.insert(service, status);
    refresh();
}

void ResourcePanel::setMachine(int cpus, qint64 memoryBytes)
{
    m_totals->setMachine(cpus, memoryBytes);
}

void ResourcePanel::selectService(const QString &service)
{
    if (service == m_selected || (!service.isEmpty() && !m_rows.contains(service)))
        return;
    if (ResourceRow *old = m_rows.value(m_selected))
        old->setSelected(false);
    m_selected = service;
    if (ResourceRow *row = m_rows.value(service)) {
        row->setSelected(true);
        m_scroll->ensureWidgetVisible(row, 0, 0);
    }
    m_chart->clear();
    refreshChart();
    emit serviceSelected(service);
}

void ResourcePanel::syncRows()
{
    // Declared services first, then any the engine reports that the file does not (yet) have.
    QStringList order = m_declaredOrder;
    if (m_snapshot) {
        for (const ServiceSnapshot &s : m_snapshot->services) {
            if (!order.contains(s.name))
                order.append(s.name);
        }
    }
    if (order == m_order)
        return;
    qCDebug(lcGauges) << "resource rows now" << order;
    m_order = order;
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (order.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_rows.erase(it);
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int nameWidth = nameColumnMin;
    for (const QString &name : std::as_const(order))
        nameWidth = qMax(nameWidth, metrics.horizontalAdvance(name) + 4);
    nameWidth = qMin(nameWidth, nameColumnMax);
    for (int i = 0; i < order.size(); ++i) {
        ResourceRow *row = m_rows.value(order.at(i));
        if (!row) {
            row = new ResourceRow(order.at(i), m_scroll->widget());
            connect(row, &ResourceRow::clicked, this, &ResourcePanel::selectService);
            m_rows.insert(order.at(i), row);
        }
        row->setNameWidth(nameWidth);
        m_rowsLayout->insertWidget(i, row);
    }
    m_headerName->setFixedWidth(nameWidth);
    if (!m_selected.isEmpty() && !m_rows.contains(m_selected))
        m_selected.clear();
    if (m_selected.isEmpty() && !order.isEmpty())
        selectService(order.first());
    else if (order.isEmpty())
        selectService(QString());
}

void ResourcePanel::refresh()
{
    const StackSnapshot *snapshot = m_snapshot.get();
    const bool engine = snapshot && snapshot->engine.isConnected();
    m_totalCpu = 0.0;
    m_totalMemory = 0;
    for (const QString &name : std::as_const(m_order)) {
        const auto status = m_status.constFind(name);
        const ServiceReading reading = ServiceReading::resolve(
            m_limits.value(name), snapshot, status == m_status.constEnd() ? nullptr : &*status, name);
        m_rows.value(name)->setReading(reading);
        if (reading.running()) {
            m_totalCpu += reading.cpuCores;
            m_totalMemory += reading.memoryUsed;
        }
    }
    m_declaredMemory = 0;
    int withoutLimit = 0;
    for (const QString &name : std::as_const(m_declaredOrder)) {
        const ServiceLimits &limits = m_limits[name];
        if (limits.memory)
            m_declaredMemory += *limits.memory * limits.replicas;
        else if (limits.replicas > 0)
            ++withoutLimit;
    }
    m_totals->setUsage(engine ? std::optional<double>(m_totalCpu) : std::nullopt,
                       engine ? std::optional<qint64>(m_totalMemory) : std::nullopt);
    m_totals->setDeclared(m_declaredMemory, withoutLimit);
    refreshChart();
}

void ResourcePanel::refreshChart()
{
    const ResourceRow *row = m_rows.value(m_selected);
    if (!row) {
        m_chartTitle->setText(tr("Select a service to see its last 15 minutes"));
        m_chart->clear();
        return;
    }
    const ServiceReading &reading = row->reading();
    const ServiceSnapshot *live = m_snapshot && m_snapshot->engine.isConnected() ? m_snapshot->service(m_selected) : nullptr;
    const bool hasHistory = live && live->history && !live->history->isEmpty();
    QStringList parts{m_selected, tr("last 15 minutes")};
    if (reading.presence == ServiceReading::Presence::NoEngine)
        parts << tr("no engine");
    else if (!hasHistory)
        parts << tr("no samples yet");
    else if (!reading.running())
        parts << tr("not running");
    parts << (reading.cpuLimitCores > 0
                  ? tr("CPU as % of its %1 CPU limit").arg(ResourceFormat::coreLimit(reading.cpuLimitCores))
                  : tr("CPU as % of one core"));
    parts << (reading.memoryLimit > 0 ? tr("memory limit %1").arg(ResourceFormat::bytes(reading.memoryLimit))
                                      : tr("no memory limit"));
    m_chartTitle->setText(parts.join(QStringLiteral(" · ")));
    m_chartTitle->setToolTip(m_chartTitle->text());
    m_chart->setLimits(reading.cpuLimitCores, reading.memoryLimit);
    if (hasHistory)
        m_chart->setHistory(live->history, m_snapshot->taken);
    else
        m_chart->setHistory(nullptr);
}

void ResourcePanel::alignHeader()
{
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    const int extra = bar->maximum() > bar->minimum() ? bar->sizeHint().width() : 0;
    m_header->layout()->setContentsMargins(ResourceRow::leftMargin, 0, ResourceRow::rightMargin + extra, 0);
}

void ResourcePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wide and low: the chart goes beside the rows, so all rows stay visible; otherwise below them.
    const bool wide = width() >= wideMinimumWidth && width() > wideAspect * height();
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitterPlaced && m_splitter->orientation() == orientation)
        return;
    m_splitterPlaced = true;
    m_splitter->setOrientation(orientation);
    const int extent = wide ? width() : height() - m_totals->sizeHint().height();
    const int rows = wide ? extent * 3 / 5 : extent * 11 / 20;
    m_splitter->setSizes({rows, extent - rows});
}

void ResourcePanel::keyPressEvent(QKeyEvent *event)
{
    const int index = int(m_order.indexOf(m_selected));
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) && !m_order.isEmpty()) {
        const int next = event->key() == Qt::Key_Down ? qMin(index + 1, int(m_order.size()) - 1) : qMax(index - 1, 0);
        selectService(m_order.at(next));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Stackdeck
