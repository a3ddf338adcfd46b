#include "ui/gauges/resourcegauge.h"

#include "ui/gauges/gaugepalette.h"
#include "ui/gauges/gaugethresholds.h"
#include "ui/gauges/resourceformat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace Stackdeck {

namespace {

constexpr int padding = 6;
constexpr qreal radius = 3.0;

// Width the layout reserves: typical figures, so the hint does not change with every sample.
QString sampleText(ResourceGauge::Unit unit)
{
    return unit == ResourceGauge::Unit::Cores ? QStringLiteral("0.00 / 0.5 CPU")
                                              : QStringLiteral("000 MiB / 0.0 GiB (00 %)");
}

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

ResourceGauge::ResourceGauge(Unit unit, QWidget *parent) : QWidget(parent), m_unit(unit)
{
    if (unit == Unit::Bytes)
        m_warningAbove = GaugeThresholds::memoryWarning;
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_text = tr("no data");
    refresh();
}

void ResourceGauge::setValue(double value, double limit)
{
    limit = qMax(0.0, limit);
    if (!m_off && m_value == value && m_limit == limit)
        return;
    m_off = false;
    m_value = value;
    m_limit = limit;
    m_text = m_unit == Unit::Cores ? ResourceFormat::cpuText(value, limit)
                                   : ResourceFormat::memoryText(qint64(value), qint64(limit));
    refresh();
}

void ResourceGauge::setOff(const QString &text)
{
    if (m_off && m_text == text)
        return;
    m_off = true;
    m_value = 0.0;
    m_text = text;
    refresh();
}

void ResourceGauge::setAlert(const QString &label, Level level)
{
    if (m_alert == label && m_alertLevel == level)
        return;
    const bool resized = m_alert != label;
    m_alert = label;
    m_alertLevel = level;
    if (resized)
        updateGeometry();
    refresh();
}

void ResourceGauge::setWarningAbove(std::optional<double> fraction)
{
    if (m_warningAbove == fraction)
        return;
    m_warningAbove = fraction;
    update();
}

void ResourceGauge::setCaption(const QString &caption)
{
    if (m_caption == caption)
        return;
    m_caption = caption;
    updateGeometry();
    refresh();
}

ResourceGauge::Level ResourceGauge::level() const
{
    if (!m_alert.isEmpty())
        return m_alertLevel;
    if (m_off)
        return Level::Off;
    if (m_limit <= 0)
        return Level::Unlimited;
    if (m_warningAbove && fraction() > *m_warningAbove)
        return Level::Warning;
    return Level::Normal;
}

double ResourceGauge::fraction() const
{
    return m_off || m_limit <= 0 ? 0.0 : m_value / m_limit;
}

QSize ResourceGauge::sizeHint() const
{
    const QFontMetrics metrics(font());
    int width = metrics.horizontalAdvance(sampleText(m_unit)) + 2 * padding;
    if (!m_caption.isEmpty())
        width += QFontMetrics(boldFont(font())).horizontalAdvance(m_caption) + padding;
    return {width, metrics.height() + 6};
}

QSize ResourceGauge::minimumSizeHint() const
{
    // Room for a short figure, plus the whole badge: an alert is never cut down to "O…".
    const QFontMetrics metrics(font());
    const QFont bold = boldFont(font());
    int width = 2 * padding + metrics.horizontalAdvance(QStringLiteral("0.00 / 1"));
    if (!m_alert.isEmpty())
        width = qMax(width, 4 * padding + QFontMetrics(bold).horizontalAdvance(m_alert) + metrics.horizontalAdvance(QStringLiteral("000…")));
    if (!m_caption.isEmpty())
        width += QFontMetrics(bold).horizontalAdvance(m_caption) + padding;
    return {width, metrics.height() + 4};
}

void ResourceGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ResourceGauge::refresh()
{
    const QString full = m_alert.isEmpty() ? m_text : m_alert + QStringLiteral(" · ") + m_text;
    const QString named = m_caption.isEmpty() ? full : m_caption + QStringLiteral(": ") + full;
    setToolTip(named);
    setAccessibleName(m_caption.isEmpty() ? tr("Resource gauge") : m_caption);
    setAccessibleDescription(full);
    update();
}

QColor ResourceGauge::fillColour() const
{
    switch (level()) {
    case Level::Critical: return GaugePalette::critical();
    case Level::Warning: return GaugePalette::warning();
    default: return m_unit == Unit::Cores ? GaugePalette::cpu() : GaugePalette::memory();
    }
}

void ResourceGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(bar, radius, radius);

    // Off: flat and borderless; no limit: dashed outline without fill; otherwise track and fill.
    const bool unlimited = !m_off && m_limit <= 0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_off ? pal.color(QPalette::Window) : unlimited ? pal.color(QPalette::Base) : GaugePalette::track(pal));
    painter.drawPath(shape);
    QRectF filled;
    if (!m_off && !unlimited) {
        filled = bar;
        filled.setWidth(bar.width() * qBound(0.0, fraction(), 1.0));
        painter.save();
        painter.setClipRect(filled);
        painter.setBrush(fillColour());
        painter.drawPath(shape);
        painter.restore();
    }
    QPen border(m_off ? GaugePalette::trackBorder(pal) : unlimited ? GaugePalette::unlimitedBorder(pal)
                                                                   : GaugePalette::trackBorder(pal));
    border.setStyle(unlimited ? Qt::DashLine : m_off ? Qt::DotLine : Qt::SolidLine);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(shape);

    // The alert badge sits at the right end; the figures are elided to the space left.
    QRectF textArea = bar.adjusted(padding, 0, -padding, 0);
    if (!m_alert.isEmpty()) {
        QFont badgeFont = boldFont(font());
        const QFontMetrics badgeMetrics(badgeFont);
        const qreal badgeWidth = qMin<qreal>(badgeMetrics.horizontalAdvance(m_alert) + 2 * padding, bar.width() - 4);
        const QRectF badge(bar.right() - badgeWidth - 2, bar.top() + 2, badgeWidth, bar.height() - 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_alertLevel == Level::Warning ? GaugePalette::warning() : GaugePalette::critical());
        painter.drawRoundedRect(badge, radius - 1, radius - 1);
        painter.setFont(badgeFont);
        painter.setPen(GaugePalette::textOnFill());
        painter.drawText(badge, Qt::AlignCenter,
                         badgeMetrics.elidedText(m_alert, Qt::ElideRight, int(badge.width()) - 4));
        textArea.setRight(badge.left() - padding);
    }

    const QFont captionFont = boldFont(font());
    const int captionWidth = m_caption.isEmpty() ? 0 : QFontMetrics(captionFont).horizontalAdvance(m_caption) + padding;
    // Figures squeezed below a few characters say nothing; the tooltip still has them.
    const int figuresWidth = int(textArea.width()) - captionWidth;
    const QString figures = figuresWidth < fontMetrics().horizontalAdvance(QStringLiteral("00…"))
                                ? QString()
                                : fontMetrics().elidedText(m_text, Qt::ElideRight, figuresWidth);
    const auto drawTexts = [&](const QColor &colour) {
        painter.setPen(colour);
        if (captionWidth > 0) {
            painter.setFont(captionFont);
            painter.drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter, m_caption);
        }
        painter.setFont(font());
        painter.drawText(textArea.adjusted(captionWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, figures);
    };
    // Two passes so the text stays readable where it crosses the edge of the fill.
    painter.save();
    QPainterPath outside;
    outside.addRect(bar);
    if (!filled.isEmpty()) {
        QPainterPath inside;
        inside.addRect(filled);
        outside = outside.subtracted(inside);
    }
    painter.setClipPath(outside);
    drawTexts(m_off ? GaugePalette::mutedText(pal) : pal.color(QPalette::Text));
    painter.restore();
    if (!filled.isEmpty()) {
        painter.save();
        painter.setClipRect(filled);
        drawTexts(GaugePalette::textOnFill());
        painter.restore();
    }
}

} // namespace Stackdeck
