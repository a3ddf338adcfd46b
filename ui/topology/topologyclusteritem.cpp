#include "ui/topology/topologyclusteritem.h"

#include "ui/topology/topologypalette.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Stackdeck {

TopologyClusterItem::TopologyClusterItem(ServiceRole role, const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_role(role), m_rect(rect)
{
    setZValue(-10);
}

QRectF TopologyClusterItem::boundingRect() const { return m_rect.adjusted(-1, -1, 1, 1); }

void TopologyClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor title = TopologyPalette::roleTitle(m_role);
    painter->setPen(QPen(title.lighter(170), 1));
    painter->setBrush(TopologyPalette::roleTint(m_role));
    painter->drawRoundedRect(m_rect, 10, 10);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(14);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(title);
    painter->drawText(m_rect.adjusted(12, 4, -12, 0), Qt::AlignLeft | Qt::AlignTop, ServiceRoles::title(m_role));
}

} // namespace Stackdeck
