#include "ui/topology/topologynodeitem.h"

#include "models/core/quantity.h"
#include "ui/topology/topologypalette.h"
#include "ui/topology/topologyscene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

constexpr double padLeft = 16;
constexpr double padRight = 10;

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

const QColor textColour(0x21, 0x21, 0x21);
const QColor mutedColour(0x61, 0x61, 0x61);

} // namespace

TopologyNodeItem::TopologyNodeItem(Info info, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_info(std::move(info))
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    // The card's pixels change only with its own status: cache them and repaint one node per update.
    setCacheMode(DeviceCoordinateCache);
    if (m_info.replicasWanted < 0)
        m_info.replicasWanted = 1;
    placePorts();
    refreshToolTip();
}

void TopologyNodeItem::setInfo(Info info)
{
    m_info = std::move(info);
    placePorts();
    refreshToolTip();
    update();
}

void TopologyNodeItem::setStatus(const ServiceLiveStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refreshToolTip();
    update();
}

void TopologyNodeItem::setDependencyCause(const QString &cause)
{
    if (cause == m_dependencyCause)
        return;
    m_dependencyCause = cause;
    refreshToolTip();
    update();
}

QString TopologyNodeItem::causeText() const
{
    return m_status.cause.isEmpty() ? m_dependencyCause : m_status.cause;
}

QColor TopologyNodeItem::accentColour() const { return TopologyPalette::accent(m_status); }

QString TopologyNodeItem::stateText() const
{
    using S = ServiceLiveStatus::State;
    using H = ServiceLiveStatus::Health;
    QString state;
    switch (m_status.state) {
    case S::NotCreated: state = tr("not created"); break;
    case S::Created: state = tr("created"); break;
    case S::Running: state = tr("running"); break;
    case S::Exited: state = tr("exited"); break;
    case S::Restarting: state = tr("restarting"); break;
    case S::EngineUnavailable: state = tr("engine unavailable"); break;
    }
    QString health;
    switch (m_status.health) {
    case H::Healthy: health = tr("healthy"); break;
    case H::Degraded: health = tr("degraded"); break;
    case H::Unhealthy: health = tr("unhealthy"); break;
    case H::Starting: health = tr("starting"); break;
    case H::None: health = tr("no healthcheck"); break;
    case H::Unknown: break;
    }
    return health.isEmpty() ? state : tr("%1 · %2").arg(state, health);
}

QString TopologyNodeItem::replicasText() const
{
    const int wanted = m_status.replicasWanted >= 0 ? m_status.replicasWanted : m_info.replicasWanted;
    return tr("%1/%2").arg(m_status.replicasRunning).arg(wanted);
}

QString TopologyNodeItem::cpuText() const
{
    const QString now = m_status.cpuPercent ? tr("%1%").arg(*m_status.cpuPercent, 0, 'f', 0) : tr("–");
    if (!m_info.cpuLimitMillis)
        return tr("%1 · no limit").arg(now);
    return tr("%1 of %2").arg(now, Quantity::formatMillicpus(*m_info.cpuLimitMillis));
}

QString TopologyNodeItem::memoryText() const
{
    const QString now = m_status.memoryUsed ? Quantity::formatBytes(*m_status.memoryUsed) : tr("–");
    const std::optional<qint64> limit = m_status.memoryLimit ? m_status.memoryLimit : m_info.memoryLimitBytes;
    if (!limit)
        return tr("%1 · no limit").arg(now);
    return tr("%1 / %2").arg(now, Quantity::formatBytes(*limit));
}

QRectF TopologyNodeItem::boundingRect() const
{
    const QSizeF s = size();
    return QRectF(-s.width() / 2 - 2, -s.height() / 2 - 2, s.width() + 4, s.height() + 4);
}

void TopologyNodeItem::placePorts()
{
    const QSizeF s = size();
    const QFontMetricsF fm(pixelFont(11));
    double x = -s.width() / 2 + padLeft;
    const double y = -s.height() / 2 + 60;
    const double right = s.width() / 2 - padRight;
    QList<Port> placed;
    for (Port port : std::as_const(m_info.ports)) {
        const double w = fm.horizontalAdvance(u':' + port.label) + 10;
        if (x + w > right) {
            port.rect = {};
        } else {
            port.rect = QRectF(x, y, w, 16);
            x += w + 4;
        }
        placed.append(port);
    }
    m_info.ports = placed;
}

const TopologyNodeItem::Port *TopologyNodeItem::portAt(const QPointF &pos) const
{
    for (const Port &port : m_info.ports) {
        if (!port.rect.isNull() && port.rect.contains(pos))
            return &port;
    }
    return nullptr;
}

void TopologyNodeItem::refreshToolTip()
{
    QString tip = m_info.name + u'\n' + m_info.image + u'\n' + stateText();
    if (!causeText().isEmpty())
        tip += u'\n' + causeText();
    setToolTip(tip);
}

void TopologyNodeItem::paintBar(QPainter *painter, const QRectF &row, const QString &caption,
                                std::optional<double> fraction, const QString &text) const
{
    painter->setFont(pixelFont(10, true));
    painter->setPen(mutedColour);
    painter->drawText(QRectF(row.left(), row.top(), 32, row.height()), Qt::AlignLeft | Qt::AlignVCenter, caption);
    const QRectF bar(row.left() + 34, row.center().y() - 4, 62, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe0, 0xe0, 0xe0));
    painter->drawRoundedRect(bar, 3, 3);
    if (fraction) {
        const double f = qBound(0.0, *fraction, 1.0);
        painter->setBrush(TopologyPalette::barColour(f));
        painter->drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * f, bar.height())), 3, 3);
    } else {
        // No limit to measure against: a dashed outline says so next to the text.
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(mutedColour, 1, Qt::DotLine));
        painter->drawRoundedRect(bar, 3, 3);
    }
    painter->setFont(pixelFont(10));
    painter->setPen(textColour);
    const QRectF textRect(bar.right() + 6, row.top(), row.right() - bar.right() - 6, row.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(text, Qt::ElideRight, textRect.width()));
}

void TopologyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QSizeF s = size();
    const QRectF card(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    const QColor accent = accentColour();
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setPen(selected ? QPen(QColor(0x15, 0x65, 0xc0), 3) : QPen(QColor(0xb0, 0xb6, 0xbc), 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(card.left() + 1, card.top() + 1, 7, card.height() - 2), 3, 3);

    const double left = card.left() + padLeft;
    const double right = card.right() - padRight;
    const double width = right - left;

    // Name and replicas.
    painter->setFont(pixelFont(11, true));
    const QString replicas = replicasText();
    const double repW = QFontMetricsF(painter->font()).horizontalAdvance(replicas) + 2;
    painter->setPen(mutedColour);
    painter->drawText(QRectF(right - repW, card.top() + 6, repW, 18), Qt::AlignRight | Qt::AlignVCenter, replicas);
    painter->setFont(pixelFont(13, true));
    painter->setPen(textColour);
    painter->drawText(QRectF(left, card.top() + 6, width - repW - 6, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(m_info.name, Qt::ElideMiddle, width - repW - 6));

    // Image and tag.
    painter->setFont(pixelFont(11));
    painter->setPen(mutedColour);
    painter->drawText(QRectF(left, card.top() + 24, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(m_info.image, Qt::ElideMiddle, width));

    // State and health.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(QPointF(left + 5, card.top() + 50), 5, 5);
    painter->setFont(pixelFont(11, true));
    painter->setPen(accent.darker(115));
    painter->drawText(QRectF(left + 15, card.top() + 42, width - 15, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(stateText(), Qt::ElideRight, width - 15));

    // Published ports, clickable.
    painter->setFont(pixelFont(11));
    if (m_info.ports.isEmpty()) {
        painter->setPen(mutedColour);
        painter->drawText(QRectF(left, card.top() + 60, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("no published ports"));
    }
    for (const Port &port : std::as_const(m_info.ports)) {
        if (port.rect.isNull())
            continue;
        painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1));
        painter->setBrush(QColor(0xe3, 0xf2, 0xfd));
        painter->drawRoundedRect(port.rect, 4, 4);
        painter->drawText(port.rect, Qt::AlignCenter, u':' + port.label);
    }

    // CPU and memory against limits.
    std::optional<double> cpuFraction;
    if (m_info.cpuLimitMillis && *m_info.cpuLimitMillis > 0)
        cpuFraction = m_status.cpuPercent.value_or(0) * 10.0 / double(*m_info.cpuLimitMillis);
    paintBar(painter, QRectF(left, card.top() + 80, width, 14), tr("CPU"), cpuFraction, cpuText());
    std::optional<double> memFraction;
    const std::optional<qint64> memLimit = m_status.memoryLimit ? m_status.memoryLimit : m_info.memoryLimitBytes;
    if (memLimit && *memLimit > 0)
        memFraction = double(m_status.memoryUsed.value_or(0)) / double(*memLimit);
    paintBar(painter, QRectF(left, card.top() + 96, width, 14), tr("MEM"), memFraction, memoryText());

    // The cause wins over the network strip: it is what the user needs to act on.
    const QRectF bottom(left, card.top() + 113, width, 15);
    if (const QString cause = causeText(); !cause.isEmpty()) {
        painter->setFont(pixelFont(11, true));
        painter->setPen(QColor(0xc6, 0x28, 0x28));
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(painter->font()).elidedText(cause, Qt::ElideRight, width));
        return;
    }
    painter->setFont(pixelFont(9, true));
    const QFontMetricsF fm(painter->font());
    double x = left;
    for (const Network &network : std::as_const(m_info.networks)) {
        const double w = fm.horizontalAdvance(network.name) + 10;
        if (x + w > right)
            break;
        const QRectF pill(x, bottom.top() + 1, w, 13);
        painter->setPen(Qt::NoPen);
        painter->setBrush(network.colour);
        painter->drawRoundedRect(pill, 6, 6);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, network.name);
        x += w + 4;
    }
}

void TopologyNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const Port *port = portAt(event->pos())) {
            if (auto *topology = qobject_cast<TopologyScene *>(scene()))
                topology->activatePort(m_info.name, port->urlPort);
            m_portPressed = true;
            event->accept();
            return;
        }
    }
    QGraphicsItem::mousePressEvent(event);
}

void TopologyNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // A port click opens a URL; it does not also select the card on release.
    if (m_portPressed) {
        m_portPressed = false;
        event->accept();
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void TopologyNodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (portAt(event->pos()))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace Stackdeck
