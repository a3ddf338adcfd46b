#pragma once

#include "models/live/servicelivestatus.h"
#include "ui/topology/servicerole.h"

#include <QColor>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QRectF>

#include <optional>

namespace Stackdeck {

// One service card: structure from the compose file, colours and numbers from its live status.
class TopologyNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TopologyNodeItem)
public:
    struct Port
    {
        QString label;           // "8080" or "8000-8010"
        int urlPort = 0;         // the port a click opens (first of a range)
        QRectF rect;             // hit area in item coordinates
    };
    struct Network
    {
        QString name;
        QColor colour;
    };
    struct Info
    {
        QString name;
        QString image;           // image:tag, or "build: <context>"
        ServiceRole role = ServiceRole::Apps;
        QList<Port> ports;       // published ports only
        QList<Network> networks;
        std::optional<qint64> cpuLimitMillis;
        std::optional<qint64> memoryLimitBytes;
        int replicasWanted = 1;
    };

    static constexpr QSizeF size() { return {220, 132}; }

    explicit TopologyNodeItem(Info info, QGraphicsItem *parent = nullptr);

    const QString &name() const { return m_info.name; }
    const Info &info() const { return m_info; }
    void setInfo(Info info);
    const ServiceLiveStatus &status() const { return m_status; }
    void setStatus(const ServiceLiveStatus &status);
    // "postgres is down", worked out by the scene from the dependencies' states; the status's own cause wins.
    void setDependencyCause(const QString &cause);

    // What the card shows, for the inspector and tests.
    QColor accentColour() const;
    QString stateText() const;
    QString replicasText() const;
    QString cpuText() const;
    QString memoryText() const;
    QString causeText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void placePorts();
    const Port *portAt(const QPointF &pos) const;
    void paintBar(QPainter *painter, const QRectF &row, const QString &caption, std::optional<double> fraction,
                  const QString &text) const;
    void refreshToolTip();

    Info m_info;
    ServiceLiveStatus m_status;
    QString m_dependencyCause;
    bool m_portPressed = false;
};

} // namespace Stackdeck
