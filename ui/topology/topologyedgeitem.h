#pragma once

#include "ui/topology/topologylayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace Stackdeck {

// A depends_on arrow from the dependent down to its dependency; the condition sets dash and label.
class TopologyEdgeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyEdgeItem)
public:
    TopologyEdgeItem(QString from, QString to, QString condition, TopologyLayoutResult::EdgePath path,
                     QGraphicsItem *parent = nullptr);

    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    const QString &condition() const { return m_condition; }
    // Short text drawn on the edge: "healthy", "completed", or empty for service_started.
    QString label() const;
    static QString labelFor(const QString &condition);
    const TopologyLayoutResult::EdgePath &path() const { return m_path; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    QString m_from, m_to, m_condition;
    TopologyLayoutResult::EdgePath m_path;
    QRectF m_bounds;
};

} // namespace Stackdeck
