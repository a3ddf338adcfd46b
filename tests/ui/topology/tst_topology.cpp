// Widget test of the topology view, offscreen: real scene, real Graphviz layout, real input events.
#include "topologyfixtures.h"

#include "ui/topology/servicerole.h"
#include "ui/topology/topologyclusteritem.h"
#include "ui/topology/topologyedgeitem.h"
#include "ui/topology/topologynodeitem.h"
#include "ui/topology/topologyscene.h"
#include "ui/topology/topologyview.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

QImage renderItem(QGraphicsItem *item)
{
    QImage image(item->boundingRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-item->boundingRect().topLeft());
    QStyleOptionGraphicsItem option;
    item->paint(&painter, &option, nullptr);
    return image;
}

QHash<QString, QPointF> positions(TopologyScene *scene)
{
    QHash<QString, QPointF> out;
    for (TopologyNodeItem *node : scene->nodes())
        out.insert(node->name(), node->pos());
    return out;
}

QPoint viewPoint(TopologyView &view, TopologyNodeItem *node, QPointF local)
{
    return view.mapFromScene(node->mapToScene(local));
}

YamlNodePtr extensionWithRole(const QString &role)
{
    auto map = std::make_shared<YamlNode>();
    map->kind = YamlNode::Kind::Map;
    map->pairs.append({YamlNode::makeScalar(u"role"_s), YamlNode::makeScalar(role)});
    return map;
}

} // namespace

class TestTopology final : public QObject
{
    Q_OBJECT

private slots:
    void buildsNodesAndEdges();
    void rolesAreInferred_data();
    void rolesAreInferred();
    void edgesFollowRankOrder();
    void nodesSitInTheirRoleRegionWithoutOverlap();
    void statusRepaintsWithoutMoving();
    void structureChangeAloneRelayouts();
    void dependencyDownBecomesCause();
    void limitsShownOrNoLimit();
    void selectionEmitsService();
    void keyboardNavigation();
    void portClickOpensUrl();
    void zoomAndFit();
    void dragOnBackgroundPans();
    void oddNamesAndCyclesDoNotCrash();
    void screenshot();
};

void TestTopology::buildsNodesAndEdges()
{
    TopologyScene scene;
    const QList<ServiceSpec> specs = TopologyFixtures::demoStack();
    QVERIFY2(scene.setServices(specs).ok(), qPrintable(scene.layoutError()));
    QCOMPARE(scene.nodes().size(), 11);
    qsizetype expectedEdges = 0;
    for (const ServiceSpec &spec : specs)
        expectedEdges += spec.dependsOn.size();
    QCOMPARE(expectedEdges, 11);
    QCOMPARE(scene.edges().size(), expectedEdges);
    for (const ServiceSpec &spec : specs) {
        QVERIFY(scene.node(spec.name));
        for (const Dependency &dep : spec.dependsOn) {
            const QList<TopologyEdgeItem *> edges = scene.edges();
            const auto it = std::find_if(edges.begin(), edges.end(), [&](const TopologyEdgeItem *e) {
                return e->from() == spec.name && e->to() == dep.service;
            });
            QVERIFY2(it != edges.end(), qPrintable(spec.name + u" -> "_s + dep.service));
            QCOMPARE((*it)->condition(), dep.condition);
            QCOMPARE((*it)->label(), dep.condition == u"service_healthy"_s ? u"healthy"_s : QString());
            QVERIFY((*it)->path().hasArrow);
            QVERIFY(!(*it)->path().path.isEmpty());
        }
    }
    QCOMPARE(scene.layoutCount(), 1);
}

void TestTopology::rolesAreInferred_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("role");
    QTest::newRow("spark") << u"apache/spark:3.5.1"_s << QString() << QString() << u"spark"_s;
    QTest::newRow("bitnami spark") << u"bitnami/spark:3"_s << QString() << QString() << u"spark"_s;
    QTest::newRow("postgres") << u"postgres:16-alpine"_s << QString() << QString() << u"data"_s;
    QTest::newRow("redis") << u"redis:7-alpine"_s << QString() << QString() << u"data"_s;
    QTest::newRow("prometheus") << u"prom/prometheus:v2.53.0"_s << QString() << QString() << u"monitoring"_s;
    QTest::newRow("grafana") << u"grafana/grafana:11.1.0"_s << QString() << QString() << u"monitoring"_s;
    QTest::newRow("nginx") << u"nginxinc/nginx-unprivileged:1.27"_s << QString() << QString() << u"proxy"_s;
    QTest::newRow("app") << u"stackdeck-demo/fastapi:0.1"_s << QString() << QString() << u"apps"_s;
    QTest::newRow("tag does not decide") << u"example/api:postgres-compat"_s << QString() << QString() << u"apps"_s;
    QTest::newRow("label wins") << u"example/api:1"_s << u"monitoring"_s << QString() << u"monitoring"_s;
    QTest::newRow("x-stackdeck wins") << u"postgres:16"_s << u"data"_s << u"proxy"_s << u"proxy"_s;
    QTest::newRow("unknown x-stackdeck ignored") << u"redis:7"_s << QString() << u"banana"_s << u"data"_s;
}

void TestTopology::rolesAreInferred()
{
    QFETCH(QString, image);
    QFETCH(QString, label);
    QFETCH(QString, extension);
    QFETCH(QString, role);
    ServiceSpec spec;
    spec.name = u"svc"_s;
    spec.image = image;
    if (!label.isEmpty())
        spec.labels.insert(u"stackdeck.role"_s, label);
    if (!extension.isEmpty())
        spec.extension = extensionWithRole(extension);
    QCOMPARE(ServiceRoles::key(ServiceRoles::infer(spec)), role);
}

void TestTopology::edgesFollowRankOrder()
{
    TopologyScene scene;
    QVERIFY(scene.setServices(TopologyFixtures::demoStack()).ok());
    for (TopologyEdgeItem *edge : scene.edges()) {
        TopologyNodeItem *from = scene.node(edge->from());
        TopologyNodeItem *to = scene.node(edge->to());
        QVERIFY2(from->pos().y() < to->pos().y(), qPrintable(edge->from() + u" is not above "_s + edge->to()));
        // The arrow ends at the dependency's card, not somewhere else.
        const QRectF target = to->sceneBoundingRect().adjusted(-4, -4, 4, 4);
        QVERIFY2(target.contains(edge->path().arrowTip), qPrintable(edge->from() + u" -> "_s + edge->to()));
    }
}

void TestTopology::nodesSitInTheirRoleRegionWithoutOverlap()
{
    TopologyScene scene;
    QVERIFY(scene.setServices(TopologyFixtures::demoStack()).ok());
    QHash<ServiceRole, QRectF> regions;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *cluster = dynamic_cast<TopologyClusterItem *>(item))
            regions.insert(cluster->role(), cluster->sceneBoundingRect());
    }
    QCOMPARE(regions.size(), 5);
    const QList<TopologyNodeItem *> nodes = scene.nodes();
    for (TopologyNodeItem *node : nodes) {
        const QRectF card(node->pos() - QPointF(110, 66), TopologyNodeItem::size());
        QVERIFY2(regions.value(node->info().role).contains(card), qPrintable(node->name()));
        for (TopologyNodeItem *other : nodes) {
            if (other != node)
                QVERIFY2(!card.intersects(QRectF(other->pos() - QPointF(110, 66), TopologyNodeItem::size())),
                         qPrintable(node->name() + u" overlaps "_s + other->name()));
        }
    }
}

void TestTopology::statusRepaintsWithoutMoving()
{
    TopologyScene scene;
    QVERIFY(scene.setServices(TopologyFixtures::demoStack()).ok());
    TopologyNodeItem *postgres = scene.node(u"postgres"_s);
    const QHash<QString, QPointF> before = positions(&scene);
    QList<QPainterPath> pathsBefore;
    for (TopologyEdgeItem *edge : scene.edges())
        pathsBefore.append(edge->path().path);
    const QImage imageBefore = renderItem(postgres);
    const QColor colourBefore = postgres->accentColour();
    QCOMPARE(postgres->stateText(), u"not created"_s);

    ServiceLiveStatus down;
    down.state = ServiceLiveStatus::State::Exited;
    down.cause = u"exited with code 1"_s;
    QVERIFY(scene.setStatus(u"postgres"_s, down));
    QVERIFY(!scene.setStatus(u"no-such-service"_s, down));

    QCOMPARE(postgres->stateText(), u"exited"_s);
    QVERIFY(postgres->accentColour() != colourBefore);
    QVERIFY(renderItem(postgres) != imageBefore);
    QCOMPARE(positions(&scene), before);
    for (int i = 0; i < scene.edges().size(); ++i)
        QCOMPARE(scene.edges().at(i)->path().path, pathsBefore.at(i));
    QCOMPARE(scene.layoutCount(), 1);

    ServiceLiveStatus up;
    up.state = ServiceLiveStatus::State::Running;
    up.health = ServiceLiveStatus::Health::Healthy;
    up.replicasRunning = 1;
    up.cpuPercent = 50;
    up.memoryUsed = 512LL * 1024 * 1024;
    scene.setStatus(u"postgres"_s, up);
    QCOMPARE(postgres->stateText(), u"running · healthy"_s);
    QCOMPARE(postgres->replicasText(), u"1/1"_s);
    QCOMPARE(postgres->cpuText(), u"50% of 1"_s);
    QCOMPARE(postgres->memoryText(), u"512 MiB / 1 GiB"_s);
    QCOMPARE(positions(&scene), before);
}

void TestTopology::structureChangeAloneRelayouts()
{
    TopologyScene scene;
    QList<ServiceSpec> specs = TopologyFixtures::demoStack();
    QVERIFY(scene.setServices(specs).ok());
    ServiceLiveStatus running;
    running.state = ServiceLiveStatus::State::Running;
    scene.setStatus(u"redis"_s, running);
    const QHash<QString, QPointF> before = positions(&scene);

    // Same structure, different limits and image: cards refresh, nothing moves.
    specs[0].limits.cpus = u"3"_s;
    specs[0].image = u"apache/spark:3.5.2"_s;
    QVERIFY(scene.setServices(specs).ok());
    QCOMPARE(scene.layoutCount(), 1);
    QCOMPARE(positions(&scene), before);
    QCOMPARE(scene.node(u"spark-master"_s)->info().image, u"apache/spark:3.5.2"_s);
    QVERIFY(scene.node(u"spark-master"_s)->cpuText().endsWith(u"of 3"_s));

    // A new dependency is structure: dot runs again and the status survives.
    Dependency dep;
    dep.service = u"redis"_s;
    specs[specs.size() - 1].dependsOn.append(dep);
    QVERIFY(scene.setServices(specs).ok());
    QCOMPARE(scene.layoutCount(), 2);
    QCOMPARE(scene.edges().size(), 12);
    QCOMPARE(scene.node(u"redis"_s)->status().state, ServiceLiveStatus::State::Running);
}

void TestTopology::dependencyDownBecomesCause()
{
    TopologyScene scene;
    QVERIFY(scene.setServices(TopologyFixtures::demoStack()).ok());
    const QHash<QString, QPointF> before = positions(&scene);
    ServiceLiveStatus st;
    st.state = ServiceLiveStatus::State::Exited;
    scene.setStatus(u"postgres"_s, st);
    QCOMPARE(scene.node(u"fastapi"_s)->causeText(), u"postgres is down"_s);
    QCOMPARE(scene.node(u"nginx"_s)->causeText(), QString()); // only direct dependents
    scene.setStatus(u"redis"_s, st);
    QCOMPARE(scene.node(u"analytics"_s)->causeText(), u"postgres, redis are down"_s);
    st.cause = u"own cause"_s;
    scene.setStatus(u"fastapi"_s, st);
    QCOMPARE(scene.node(u"fastapi"_s)->causeText(), u"own cause"_s);
    st = {};
    st.state = ServiceLiveStatus::State::Running;
    scene.setStatus(u"postgres"_s, st);
    scene.setStatus(u"redis"_s, st);
    QCOMPARE(scene.node(u"analytics"_s)->causeText(), QString());
    QCOMPARE(positions(&scene), before);
    QCOMPARE(scene.layoutCount(), 1);
}

void TestTopology::limitsShownOrNoLimit()
{
    TopologyScene scene;
    QVERIFY(scene.setServices(TopologyFixtures::demoStack()).ok());
    QCOMPARE(scene.node(u"redis"_s)->cpuText(), u"– · no limit"_s);
    QCOMPARE(scene.node(u"redis"_s)->memoryText(), u"– · no limit"_s);
    QCOMPARE(scene.node(u"spark-worker-1"_s)->memoryText(), u"– / 3 GiB"_s);
    QCOMPARE(scene.node(u"nginx"_s)->info().ports.size(), 1);
    QCOMPARE(scene.node(u"postgres"_s)->info().ports.size(), 0);
}

void TestTopology::selectionEmitsService()
{
    TopologyView view;
    view.resize(1200, 800);
    QVERIFY(view.topologyScene()->setServices(TopologyFixtures::demoStack()).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    QSignalSpy spy(&view, &TopologyView::serviceSelected);

    view.topologyScene()->selectService(u"fastapi"_s);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), u"fastapi"_s);

    // A real click on the card's title row.
    TopologyNodeItem *grafana = view.topologyScene()->node(u"grafana"_s);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewPoint(view, grafana, QPointF(0, -50)));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), u"grafana"_s);
    QCOMPARE(view.topologyScene()->selectedService(), u"grafana"_s);
}

void TestTopology::keyboardNavigation()
{
    TopologyView view;
    view.resize(1200, 800);
    TopologyScene *scene = view.topologyScene();
    QVERIFY(scene->setServices(TopologyFixtures::demoStack()).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy spy(&view, &TopologyView::serviceSelected);

    scene->selectService(u"nginx"_s);
    const double nginxY = scene->node(u"nginx"_s)->pos().y();
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(scene->selectedService() != u"nginx"_s);
    QVERIFY(scene->node(scene->selectedService())->pos().y() > nginxY);
    QTest::keyClick(&view, Qt::Key_Up);
    QVERIFY(scene->node(scene->selectedService())->pos().y() < scene->node(u"fastapi"_s)->pos().y() + 1);

    // Tab visits every service once, then wraps.
    QSet<QString> seen;
    const QString start = scene->selectedService();
    for (int i = 0; i < scene->nodes().size(); ++i) {
        QTest::keyClick(&view, Qt::Key_Tab);
        seen.insert(scene->selectedService());
    }
    QCOMPARE(seen.size(), scene->nodes().size());
    QCOMPARE(scene->selectedService(), start);
    QTest::keyClick(&view, Qt::Key_Backtab);
    QVERIFY(scene->selectedService() != start);
    QVERIFY(spy.size() >= scene->nodes().size() + 3);
}

void TestTopology::portClickOpensUrl()
{
    TopologyView view;
    view.resize(1200, 800);
    QVERIFY(view.topologyScene()->setServices(TopologyFixtures::demoStack()).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    TopologyNodeItem *master = view.topologyScene()->node(u"spark-master"_s);
    view.centerOn(master);
    QSignalSpy urls(&view, &TopologyView::openUrlRequested);
    QSignalSpy selections(&view, &TopologyView::serviceSelected);
    const TopologyNodeItem::Port port = master->info().ports.value(0);
    QVERIFY(!port.rect.isNull());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewPoint(view, master, port.rect.center()));
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.at(0).at(0).toUrl(), QUrl(u"http://localhost:8081"_s));
    QCOMPARE(selections.size(), 0);
}

void TestTopology::zoomAndFit()
{
    TopologyView view;
    view.resize(900, 600);
    QVERIFY(view.topologyScene()->setServices(TopologyFixtures::demoStack()).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.zoom() > 1.0);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom() < 1.0);

    view.setZoom(2.0);
    auto *fit = view.findChild<QToolButton *>(u"topologyFit"_s);
    QVERIFY(fit);
    fit->click();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    for (TopologyNodeItem *node : view.topologyScene()->nodes())
        QVERIFY2(visible.contains(node->sceneBoundingRect()), qPrintable(node->name()));
    QVERIFY(view.zoom() < 1.0);

    view.setZoom(2.0);
    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.zoom() < 1.0);
}

void TestTopology::dragOnBackgroundPans()
{
    TopologyView view;
    view.resize(600, 400);
    QVERIFY(view.topologyScene()->setServices(TopologyFixtures::demoStack()).ok());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(1.0);
    view.centerOn(view.topologyScene()->sceneRect().center());
    // A spot of background (or role region) with no card under it.
    QPoint start;
    for (int y = 100; y < 300 && start.isNull(); y += 10) {
        for (int x = 100; x < 500 && start.isNull(); x += 10) {
            if (!dynamic_cast<TopologyNodeItem *>(view.itemAt(QPoint(x, y))) &&
                !dynamic_cast<TopologyNodeItem *>(view.itemAt(QPoint(x - 60, y - 60))))
                start = QPoint(x, y);
        }
    }
    QVERIFY(!start.isNull());
    const QPointF before = view.mapToScene(view.viewport()->rect().center());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view.viewport(), start - QPoint(20, 20));
    QTest::mouseMove(view.viewport(), start - QPoint(60, 60));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start - QPoint(60, 60));
    const QPointF after = view.mapToScene(view.viewport()->rect().center());
    QVERIFY2(after.x() > before.x() + 30 && after.y() > before.y() + 30,
             qPrintable(u"view did not pan: %1,%2 -> %3,%4"_s.arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
    QVERIFY(view.topologyScene()->selectedService().isEmpty());
}

void TestTopology::oddNamesAndCyclesDoNotCrash()
{
    const QStringList names = {u"a\"b"_s, u"{x}"_s, u"-> ; [label=\"x\"]"_s, u"naïve-サービス"_s, u"\\"_s,
                               u"subgraph"_s, u"node"_s, u"edge"_s, u"strict"_s, u"cluster_0"_s};
    QList<ServiceSpec> specs;
    for (const QString &name : names) {
        ServiceSpec spec;
        spec.name = name;
        spec.image = name + u":<tag>"_s;
        spec.networks = {name};
        specs.append(spec);
    }
    // A cycle, a self-dependency and a missing dependency: the validator reports them, the view must survive.
    Dependency dep;
    dep.service = names.at(1);
    specs[0].dependsOn.append(dep);
    dep.service = names.at(0);
    specs[1].dependsOn.append(dep);
    dep.service = names.at(2);
    specs[2].dependsOn.append(dep);
    dep.service = u"missing"_s;
    specs[3].dependsOn.append(dep);
    specs.append(specs.at(4)); // duplicate name

    TopologyView view;
    const Status status = view.topologyScene()->setServices(specs);
    QVERIFY2(status.ok(), qPrintable(view.topologyScene()->layoutError()));
    QCOMPARE(view.topologyScene()->nodes().size(), names.size());
    QCOMPARE(view.topologyScene()->edges().size(), 2);
    for (const QString &name : names)
        QCOMPARE(view.topologyScene()->node(name)->name(), name);

    // No services at all is an empty picture, not an error.
    QVERIFY(view.topologyScene()->setServices({}).ok());
    QCOMPARE(view.topologyScene()->nodes().size(), 0);
}

void TestTopology::screenshot()
{
    TopologyView view;
    view.resize(1600, 1000);
    TopologyScene *scene = view.topologyScene();
    QVERIFY(scene->setServices(TopologyFixtures::demoStack()).ok());
    const QHash<QString, ServiceLiveStatus> statuses = TopologyFixtures::demoStatuses();
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        QVERIFY(scene->setStatus(it.key(), it.value()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    scene->selectService(u"fastapi"_s);

    // The widget itself, buttons included, as the user sees it.
    const QImage image = view.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the rendered topology is nearly blank");

    QString dir = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QString::fromUtf8(STACKDECK_BINARY_DIR) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/topology.png"_s;
    QVERIFY2(image.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

QTEST_MAIN(TestTopology)
#include "tst_topology.moc"
