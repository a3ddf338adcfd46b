#include "ui/topology/topologyedgeitem.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

QFont labelFont()
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    return font;
}

} // namespace

TopologyEdgeItem::TopologyEdgeItem(QString from, QString to, QString condition, TopologyLayoutResult::EdgePath path,
                                   QGraphicsItem *parent)
    : QGraphicsItem(parent), m_from(std::move(from)), m_to(std::move(to)), m_condition(std::move(condition)),
      m_path(std::move(path))
{
    setZValue(-1);
    QRectF bounds = m_path.path.boundingRect();
    if (m_path.hasArrow)
        bounds |= QRectF(m_path.arrowTip, QSizeF(1, 1));
    if (m_path.hasLabel && !label().isEmpty())
        bounds |= labelRect();
    m_bounds = bounds.adjusted(-8, -8, 8, 8);
    setToolTip(tr("%1 depends on %2 (%3)").arg(m_from, m_to, m_condition));
}

QString TopologyEdgeItem::labelFor(const QString &condition)
{
    if (condition == u"service_healthy")
        return tr("healthy");
    if (condition == u"service_completed_successfully")
        return tr("completed");
    return {};
}

QString TopologyEdgeItem::label() const { return labelFor(m_condition); }

QRectF TopologyEdgeItem::labelRect() const
{
    const QFontMetricsF fm(labelFont());
    const QSizeF s(fm.horizontalAdvance(label()) + 8, fm.height() + 2);
    return QRectF(m_path.labelCentre - QPointF(s.width() / 2, s.height() / 2), s);
}

QRectF TopologyEdgeItem::boundingRect() const { return m_bounds; }

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool healthy = m_condition == u"service_healthy";
    const bool completed = m_condition == u"service_completed_successfully";
    const QColor colour = healthy ? QColor(0x2e, 0x7d, 0x32) : QColor(0x54, 0x6e, 0x7a);
    QPen pen(colour, healthy ? 1.8 : 1.4);
    pen.setStyle(healthy ? Qt::SolidLine : completed ? Qt::DotLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path.path);

    if (m_path.hasArrow) {
        painter->drawLine(m_path.arrowBase, m_path.arrowTip);
        const QLineF shaft(m_path.arrowTip, m_path.arrowBase);
        const double angle = qDegreesToRadians(shaft.angle());
        constexpr double len = 9, spread = 0.45;
        // QLineF::angle() is counter-clockwise with y up; the scene's y grows down.
        const QPointF a = m_path.arrowTip + QPointF(std::cos(angle + spread) * len, -std::sin(angle + spread) * len);
        const QPointF b = m_path.arrowTip + QPointF(std::cos(angle - spread) * len, -std::sin(angle - spread) * len);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF({m_path.arrowTip, a, b}));
    }

    const QString text = label();
    if (m_path.hasLabel && !text.isEmpty()) {
        const QRectF r = labelRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(r, 3, 3);
        painter->setFont(labelFont());
        painter->setPen(colour.darker(120));
        painter->drawText(r, Qt::AlignCenter, text);
    }
}

} // namespace Stackdeck
