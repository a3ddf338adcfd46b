#pragma once

#include "models/core/result.h"

#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Stackdeck {

// The structure to lay out: indices only, so no service name ever reaches Graphviz's parser.
struct TopologyLayoutInput
{
    struct Node
    {
        int cluster = -1;          // index into clusterTitles, -1 for none
    };
    struct Edge
    {
        int from = 0;              // the dependent service (drawn above)
        int to = 0;                // the dependency (drawn below)
        QString label;             // short ASCII-safe text the layout reserves room for; may be empty
    };
    QList<Node> nodes;
    QList<Edge> edges;
    QStringList clusterTitles;     // reserved room for a title above each cluster
    QSizeF nodeSize{220, 132};     // scene pixels
};

struct TopologyLayoutResult
{
    struct EdgePath
    {
        QPainterPath path;
        QPointF arrowTip;          // where the arrow head touches the dependency
        QPointF arrowBase;         // where the spline ends, behind the arrow head
        bool hasArrow = false;
        QPointF labelCentre;
        bool hasLabel = false;
    };
    QList<QPointF> centres;        // node centres, scene pixels, y grows downward
    QList<EdgePath> edges;
    QList<QRectF> clusters;        // one per cluster title; null when the cluster is empty
    QRectF bounds;
};

// Runs Graphviz's dot (through libgvc) on the GUI thread: Graphviz keeps global state and is not re-entrant.
class TopologyLayout final
{
public:
    static Result<TopologyLayoutResult> compute(const TopologyLayoutInput &input);
};

} // namespace Stackdeck
