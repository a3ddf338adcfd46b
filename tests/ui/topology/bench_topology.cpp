// Benchmark: a 200-service stack (random depends_on DAG, 4 networks) laid out by dot and painted into a QImage.
// Prints figures; never asserts on time (goal <= 200 ms for layout + paint).
#include "topologyfixtures.h"

#include "ui/topology/servicerole.h"
#include "ui/topology/topologyedgeitem.h"
#include "ui/topology/topologylayout.h"
#include "ui/topology/topologynodeitem.h"
#include "ui/topology/topologyscene.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class BenchTopology final : public QObject
{
    Q_OBJECT

private slots:
    void layoutAndPaint200();
};

void BenchTopology::layoutAndPaint200()
{
    constexpr int services = 200;
    constexpr int runs = 5;
    QList<double> layoutMs, paintMs, statusMs, dotMs;
    for (int run = 0; run < runs; ++run) {
        const QList<ServiceSpec> specs = TopologyFixtures::generatedStack(services, 4, 20261122u + quint32(run));
        // The reference: Graphviz's dot alone on the same graph, through the same libgvc adapter.
        TopologyLayoutInput input;
        input.nodeSize = TopologyNodeItem::size();
        QHash<QString, int> index;
        for (int r = 0; r < 5; ++r)
            input.clusterTitles.append(ServiceRoles::title(static_cast<ServiceRole>(r)));
        for (const ServiceSpec &spec : specs) {
            index.insert(spec.name, int(input.nodes.size()));
            input.nodes.append(TopologyLayoutInput::Node{static_cast<int>(ServiceRoles::infer(spec))});
        }
        for (const ServiceSpec &spec : specs) {
            for (const Dependency &dep : spec.dependsOn)
                input.edges.append(TopologyLayoutInput::Edge{index.value(spec.name), index.value(dep.service),
                                                             TopologyEdgeItem::labelFor(dep.condition)});
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(TopologyLayout::compute(input).ok());
        dotMs.append(timer.nsecsElapsed() / 1e6);

        TopologyScene scene;
        timer.restart();
        QVERIFY2(scene.setServices(specs).ok(), qPrintable(scene.layoutError()));
        layoutMs.append(timer.nsecsElapsed() / 1e6);
        QCOMPARE(scene.nodes().size(), services);

        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        timer.restart();
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(image.rect()), scene.sceneRect(), Qt::KeepAspectRatio);
        }
        paintMs.append(timer.nsecsElapsed() / 1e6);

        // One status change repainted in place, for scale.
        ServiceLiveStatus st;
        st.state = ServiceLiveStatus::State::Exited;
        timer.restart();
        scene.setStatus(scene.nodes().first()->name(), st);
        {
            QPainter painter(&image);
            scene.render(&painter, QRectF(image.rect()), scene.sceneRect(), Qt::KeepAspectRatio);
        }
        statusMs.append(timer.nsecsElapsed() / 1e6);
        QCOMPARE(scene.layoutCount(), 1);
        if (run == 0)
            qInfo("topology %d services: %lld edges, scene %.0f x %.0f px", services,
                  static_cast<long long>(scene.edges().size()), scene.sceneRect().width(), scene.sceneRect().height());
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double layout = median(layoutMs), paint = median(paintMs), dot = median(dotMs);
    qInfo("reference: Graphviz dot alone %.0f ms; scene layout (dot + items) is %.2fx dot", dot,
          dot > 0 ? layout / dot : 0.0);
    qInfo("topology %d services: layout %.0f ms, paint %.0f ms, total %.0f ms (goal <= 200 ms); "
          "status change + full repaint %.0f ms; median of %d runs",
          services, layout, paint, layout + paint, median(statusMs), runs);
}

QTEST_MAIN(BenchTopology)
#include "bench_topology.moc"
