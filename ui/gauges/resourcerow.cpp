#include "ui/gauges/resourcerow.h"

#include "ui/gauges/gaugepalette.h"
#include "ui/gauges/resourceformat.h"
#include "ui/gauges/resourcegauge.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace Stackdeck {

ResourceRow::ResourceRow(const QString &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_name(new QLabel(this)),
      m_cpu(new ResourceGauge(ResourceGauge::Unit::Cores, this)),
      m_memory(new ResourceGauge(ResourceGauge::Unit::Bytes, this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("resourceRow:") + service);
    m_cpu->setObjectName(QStringLiteral("cpuGauge"));
    m_memory->setObjectName(QStringLiteral("memoryGauge"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_name->setTextFormat(Qt::PlainText);
    m_warning->setTextFormat(Qt::PlainText);
    m_name->setToolTip(service);
    // Labels take what the layout gives them; the row elides their text to fit.
    m_name->setMinimumWidth(1);
    m_warning->setMinimumWidth(1);
    m_warning->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_warning->hide();
    QFont bold = m_warning->font();
    bold.setBold(true);
    bold.setPointSizeF(qMax(7.0, bold.pointSizeF() * 0.9));
    m_warning->setFont(bold);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(service);

    auto *gauges = new QHBoxLayout;
    gauges->setSpacing(spacing);
    gauges->addWidget(m_name);
    gauges->addWidget(m_cpu, cpuStretch);
    gauges->addWidget(m_memory, memoryStretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(leftMargin, 2, rightMargin, 2);
    layout->setSpacing(0);
    layout->addLayout(gauges);
    layout->addWidget(m_warning);

    m_cpu->setOff(tr("not running"));
    m_memory->setOff(tr("not running"));
    m_name->installEventFilter(this);
    m_warning->installEventFilter(this);
    elideTexts();
}

void ResourceRow::setReading(const ServiceReading &reading)
{
    if (m_hasReading && reading == m_reading)
        return;
    m_hasReading = true;
    m_reading = reading;
    switch (reading.presence) {
    case ServiceReading::Presence::NoEngine:
        m_cpu->setOff(tr("no engine"));
        m_memory->setOff(tr("no engine"));
        break;
    case ServiceReading::Presence::NotRunning:
        m_cpu->setOff(tr("not running"));
        m_memory->setOff(tr("not running"));
        break;
    case ServiceReading::Presence::Running:
        m_cpu->setValue(reading.cpuCores, reading.cpuLimitCores);
        m_memory->setValue(double(reading.memoryUsed), double(reading.memoryLimit));
        break;
    }
    m_memory->setAlert(reading.oomKilled ? tr("OOM killed") : QString());
    m_cpu->setAlert(reading.restartLoop ? tr("restart loop") : QString());
    updateWarning();
}

bool ResourceRow::hasCriticalWarning() const
{
    return m_reading.oomKilled || m_reading.restartLoop;
}

void ResourceRow::updateWarning()
{
    QStringList parts;
    if (m_reading.oomKilled)
        parts << tr("OOM killed");
    if (m_reading.restartLoop) {
        parts << (m_reading.restarts == 1 ? tr("restart loop, 1 restart")
                  : m_reading.restarts > 1 ? tr("restart loop, %1 restarts").arg(m_reading.restarts)
                                           : tr("restart loop"));
    }
    if (m_reading.memoryHigh())
        parts << tr("memory at %1 of limit").arg(ResourceFormat::percent(m_reading.memoryFraction()));
    const QString text = parts.join(QStringLiteral(" · "));
    if (text == m_warningText)
        return;
    m_warningText = text;
    QPalette pal = m_warning->palette();
    pal.setColor(QPalette::WindowText, hasCriticalWarning() ? GaugePalette::critical() : GaugePalette::warning());
    m_warning->setPalette(pal);
    m_warning->setToolTip(text);
    m_warning->setVisible(!text.isEmpty());
    setAccessibleDescription(text);
    elideTexts();
}

void ResourceRow::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    QFont font = m_name->font();
    font.setBold(selected);
    m_name->setFont(font);
    elideTexts();
    update();
}

void ResourceRow::setNameWidth(int width)
{
    m_name->setFixedWidth(width);
    // The warning line starts under the CPU gauge.
    m_warning->setContentsMargins(width + spacing, 0, 0, 0);
    elideTexts();
}

void ResourceRow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit clicked(m_service);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ResourceRow::paintEvent(QPaintEvent *)
{
    if (!m_selected)
        return;
    QPainter painter(this);
    painter.fillRect(rect(), GaugePalette::selection(palette()));
    painter.fillRect(QRect(0, 0, 3, height()), palette().color(QPalette::Highlight));
}

bool ResourceRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_name || watched == m_warning))
        elideTexts();
    return QWidget::eventFilter(watched, event);
}

void ResourceRow::elideTexts()
{
    // Until the panel fixes the name column, the name is shown whole.
    const bool fixed = m_name->maximumWidth() < QWIDGETSIZE_MAX;
    m_name->setText(fixed ? QFontMetrics(m_name->font()).elidedText(m_service, Qt::ElideMiddle, m_name->width())
                          : m_service);
    const int warningWidth = m_warning->contentsRect().width();
    m_warning->setText(QFontMetrics(m_warning->font()).elidedText(m_warningText, Qt::ElideRight, warningWidth));
}

} // namespace Stackdeck
