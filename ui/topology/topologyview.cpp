#include "ui/topology/topologyview.h"

#include "ui/topology/topologynodeitem.h"
#include "ui/topology/topologyscene.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

constexpr double minZoom = 0.05;
constexpr double maxZoom = 4.0;
constexpr double step = 1.25;
constexpr int stripHeight = 34;

} // namespace

TopologyView::TopologyView(QWidget *parent) : QGraphicsView(parent), m_scene(new TopologyScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Stack topology"));

    auto makeButton = [this](const QString &text, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::NoFocus);
        return button;
    };
    m_fitButton = makeButton(tr("Fit"), tr("Fit the whole stack in view (F)"));
    m_zoomInButton = makeButton(tr("+"), tr("Zoom in (+ or Ctrl+wheel)"));
    m_zoomOutButton = makeButton(tr("−"), tr("Zoom out (- or Ctrl+wheel)"));
    m_fitButton->setObjectName(u"topologyFit"_s);
    // The legend and buttons live in a strip above the viewport, so they never cover a card.
    m_legend = new QLabel(tr("Arrows point to what a service depends on: solid = must be healthy, "
                             "dashed = must be started, dotted = must complete. Coloured tags are networks."),
                          this);
    m_legend->setObjectName(u"topologyLegend"_s);
    m_legend->setToolTip(m_legend->text());
    setViewportMargins(0, stripHeight, 0, 0);
    connect(m_fitButton, &QToolButton::clicked, this, &TopologyView::fitAll);
    connect(m_zoomInButton, &QToolButton::clicked, this, &TopologyView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &TopologyView::zoomOut);

    connect(m_scene, &TopologyScene::serviceSelected, this, [this](const QString &service) {
        if (TopologyNodeItem *item = m_scene->node(service))
            ensureVisible(item, 24, 24);
        emit serviceSelected(service);
    });
    connect(m_scene, &TopologyScene::openUrlRequested, this, &TopologyView::openUrlRequested);
    placeButtons();
}

double TopologyView::zoom() const { return transform().m11(); }

void TopologyView::setZoom(double factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(factor, factor));
}

void TopologyView::zoomIn() { setZoom(zoom() * step); }

void TopologyView::zoomOut() { setZoom(zoom() / step); }

void TopologyView::fitAll()
{
    const QRectF rect = m_scene->itemsBoundingRect();
    if (rect.isEmpty())
        return;
    fitInView(rect.adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    // Never blow a tiny stack up past readable size.
    if (zoom() > 1.5)
        setZoom(1.5);
    centerOn(rect.center());
}

void TopologyView::select(const QString &service)
{
    m_scene->selectService(service);
}

void TopologyView::selectNext(bool forward)
{
    QList<TopologyNodeItem *> nodes = m_scene->nodes();
    if (nodes.isEmpty())
        return;
    std::sort(nodes.begin(), nodes.end(), [](const TopologyNodeItem *a, const TopologyNodeItem *b) {
        if (!qFuzzyCompare(a->pos().y() + 1e6, b->pos().y() + 1e6))
            return a->pos().y() < b->pos().y();
        return a->pos().x() < b->pos().x();
    });
    const QString current = m_scene->selectedService();
    qsizetype i = -1;
    for (qsizetype k = 0; k < nodes.size(); ++k) {
        if (nodes.at(k)->name() == current)
            i = k;
    }
    const qsizetype n = nodes.size();
    const qsizetype next = i < 0 ? (forward ? 0 : n - 1) : ((i + (forward ? 1 : -1)) % n + n) % n;
    select(nodes.at(next)->name());
}

bool TopologyView::selectTowards(Qt::Key key)
{
    TopologyNodeItem *from = m_scene->node(m_scene->selectedService());
    if (!from) {
        selectNext(true);
        return !m_scene->selectedService().isEmpty();
    }
    const QPointF origin = from->pos();
    TopologyNodeItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (TopologyNodeItem *node : m_scene->nodes()) {
        if (node == from)
            continue;
        const QPointF d = node->pos() - origin;
        double along = 0, across = 0;
        switch (key) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        case Qt::Key_Down: along = d.y(); across = d.x(); break;
        default: return false;
        }
        if (along <= 1.0)
            continue;
        // Prefer what lies straight ahead: sideways distance counts double.
        const double score = along + 2.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = node;
        }
    }
    if (!best)
        return false;
    select(best->name());
    return true;
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(zoom() * std::pow(step, delta / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        if (event->modifiers() == Qt::NoModifier) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        selectTowards(static_cast<Qt::Key>(event->key()));
        event->accept();
        return;
    case Qt::Key_Tab:
        selectNext(true);
        return;
    case Qt::Key_Backtab:
        selectNext(false);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool TopologyView::focusNextPrevChild(bool next)
{
    // Tab walks the services instead of leaving the view; Ctrl+Tab still leaves it.
    selectNext(next);
    return true;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeButtons();
}

void TopologyView::placeButtons()
{
    const int margin = 6;
    // Right-aligned inside the viewport, so a vertical scroll bar never covers the buttons.
    int x = viewport()->geometry().right() - margin;
    for (QToolButton *button : {m_fitButton, m_zoomInButton, m_zoomOutButton}) {
        button->adjustSize();
        x -= button->width();
        button->move(x, (stripHeight - button->height()) / 2);
        x -= 4;
    }
    const int legendWidth = qMax(0, x - 2 * margin);
    m_legend->setText(m_legend->fontMetrics().elidedText(m_legend->toolTip(), Qt::ElideRight, legendWidth));
    m_legend->setGeometry(margin, 0, legendWidth, stripHeight);
}

} // namespace Stackdeck
