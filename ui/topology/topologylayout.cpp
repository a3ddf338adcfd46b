#include "ui/topology/topologylayout.h"

#include <graphviz/gvc.h>

#include <QByteArray>
#include <QCoreApplication>

namespace Stackdeck {

namespace {

constexpr double pointsPerInch = 72.0;

// Graphviz's C API wants char*; these strings are ours and never written to.
char *cs(const char *text) { return const_cast<char *>(text); }

QString &lastGraphvizError()
{
    static QString message;
    return message;
}

int collectError(char *message)
{
    lastGraphvizError() += QString::fromUtf8(message).trimmed();
    return 0;
}

GVC_t *sharedContext()
{
    // One context for the process: creating it loads the plugin configuration.
    static GVC_t *context = [] {
        agseterrf(collectError);
        agseterr(AGERR);
        return gvContext();
    }();
    return context;
}

QByteArray inches(double pixels) { return QByteArray::number(pixels / pointsPerInch, 'f', 4); }

// Graphviz keeps y growing upward; the scene grows downward.
QPointF toScene(pointf p, double top) { return {p.x, top - p.y}; }

Error layoutError(const QString &detail)
{
    return Error{QCoreApplication::translate("Stackdeck::TopologyLayout", "The topology could not be laid out: %1")
                     .arg(detail.isEmpty() ? QCoreApplication::translate("Stackdeck::TopologyLayout", "unknown Graphviz error")
                                           : detail),
                 {},
                 QCoreApplication::translate("Stackdeck::TopologyLayout", "Check that Graphviz's dot plugin (libgvc6) is installed.")};
}

} // namespace

Result<TopologyLayoutResult> TopologyLayout::compute(const TopologyLayoutInput &input)
{
    TopologyLayoutResult result;
    result.clusters.resize(input.clusterTitles.size());
    if (input.nodes.isEmpty())
        return result;

    GVC_t *gvc = sharedContext();
    if (!gvc)
        return layoutError({});
    lastGraphvizError().clear();

    Agraph_t *g = agopen(cs("topology"), Agdirected, nullptr);
    if (!g)
        return layoutError(lastGraphvizError());
    agattr(g, AGRAPH, cs("rankdir"), cs("TB"));
    agattr(g, AGRAPH, cs("newrank"), cs("true"));
    agattr(g, AGRAPH, cs("nodesep"), cs("0.45"));
    agattr(g, AGRAPH, cs("ranksep"), cs("0.55"));
    agattr(g, AGRAPH, cs("label"), cs(""));
    agattr(g, AGRAPH, cs("fontsize"), cs("18"));
    agattr(g, AGRAPH, cs("margin"), cs("12"));
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    agattr(g, AGNODE, cs("label"), cs(""));
    const QByteArray w = inches(input.nodeSize.width());
    const QByteArray h = inches(input.nodeSize.height());
    agattr(g, AGNODE, cs("width"), cs(w.constData()));
    agattr(g, AGNODE, cs("height"), cs(h.constData()));
    agattr(g, AGEDGE, cs("label"), cs(""));
    agattr(g, AGEDGE, cs("fontsize"), cs("10"));

    // Clusters are created on first use: an empty cluster is useless to dot.
    QList<Agraph_t *> clusters(input.clusterTitles.size(), nullptr);
    auto clusterFor = [&](int c) -> Agraph_t * {
        if (c < 0 || c >= clusters.size())
            return g;
        if (!clusters.at(c)) {
            const QByteArray name = "cluster_" + QByteArray::number(c);
            clusters[c] = agsubg(g, cs(name.constData()), 1);
            // The title is drawn by Qt; Graphviz only needs room for a line of that length.
            const QByteArray room(qBound(4, int(input.clusterTitles.at(c).size()) + 4, 40), 'M');
            agset(clusters.at(c), cs("label"), cs(room.constData()));
        }
        return clusters.at(c);
    };

    QList<Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (int i = 0; i < input.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        nodes.append(agnode(clusterFor(input.nodes.at(i).cluster), cs(name.constData()), 1));
    }

    QList<Agedge_t *> edges;
    edges.reserve(input.edges.size());
    for (const TopologyLayoutInput::Edge &edge : input.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= nodes.size() || edge.to >= nodes.size()) {
            edges.append(nullptr);
            continue;
        }
        const QByteArray name = "e" + QByteArray::number(edges.size());
        Agedge_t *e = agedge(g, nodes.at(edge.from), nodes.at(edge.to), cs(name.constData()), 1);
        // Labels reach Graphviz as Latin-1-safe placeholders of the same length: only the room matters.
        if (e && !edge.label.isEmpty()) {
            const QByteArray room(qBound(1, int(edge.label.size()), 40), 'x');
            agset(e, cs("label"), cs(room.constData()));
        }
        edges.append(e);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        const QString message = lastGraphvizError();
        agclose(g);
        return layoutError(message);
    }

    const boxf bb = GD_bb(g);
    const double top = bb.UR.y;
    result.bounds = QRectF(QPointF(bb.LL.x, top - bb.UR.y), QPointF(bb.UR.x, top - bb.LL.y));

    result.centres.reserve(nodes.size());
    for (Agnode_t *n : std::as_const(nodes))
        result.centres.append(toScene(ND_coord(n), top));

    result.edges.reserve(edges.size());
    for (Agedge_t *e : std::as_const(edges)) {
        TopologyLayoutResult::EdgePath out;
        if (e && ED_spl(e)) {
            const splines *spl = ED_spl(e);
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                if (bz.size < 1)
                    continue;
                out.path.moveTo(toScene(bz.list[0], top));
                for (int p = 1; p + 2 < bz.size; p += 3)
                    out.path.cubicTo(toScene(bz.list[p], top), toScene(bz.list[p + 1], top), toScene(bz.list[p + 2], top));
                if (bz.eflag) {
                    out.hasArrow = true;
                    out.arrowTip = toScene(bz.ep, top);
                    out.arrowBase = toScene(bz.list[bz.size - 1], top);
                }
            }
            if (ED_label(e) && ED_label(e)->set) {
                out.hasLabel = true;
                out.labelCentre = toScene(ED_label(e)->pos, top);
            }
        }
        result.edges.append(out);
    }

    for (int i = 0; i < clusters.size(); ++i) {
        if (!clusters.at(i))
            continue;
        const boxf cb = GD_bb(clusters.at(i));
        result.clusters[i] = QRectF(QPointF(cb.LL.x, top - cb.UR.y), QPointF(cb.UR.x, top - cb.LL.y));
    }

    gvFreeLayout(gvc, g);
    agclose(g);
    return result;
}

} // namespace Stackdeck
