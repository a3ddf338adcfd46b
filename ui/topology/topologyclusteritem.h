#pragma once

#include "ui/topology/servicerole.h"

#include <QGraphicsItem>

namespace Stackdeck {

// The tinted region behind one role's services, with its title.
class TopologyClusterItem final : public QGraphicsItem
{
public:
    TopologyClusterItem(ServiceRole role, const QRectF &rect, QGraphicsItem *parent = nullptr);

    ServiceRole role() const { return m_role; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ServiceRole m_role;
    QRectF m_rect;
};

} // namespace Stackdeck
