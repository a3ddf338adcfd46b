#include "ui/topology/topologyscene.h"

#include "models/core/quantity.h"
#include "ui/topology/servicerole.h"
#include "ui/topology/topologyclusteritem.h"
#include "ui/topology/topologyedgeitem.h"
#include "ui/topology/topologylayout.h"
#include "ui/topology/topologynodeitem.h"
#include "ui/topology/topologypalette.h"

#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QMap>
#include <QSet>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

constexpr int roleCount = 5;

TopologyNodeItem::Info infoFor(const ServiceSpec &spec, const QMap<QString, int> &networkIndex)
{
    TopologyNodeItem::Info info;
    info.name = spec.name;
    if (!spec.image.isEmpty())
        info.image = spec.image.contains(u':') || spec.image.contains(u'@') ? spec.image : spec.image + u":latest"_s;
    else
        info.image = QCoreApplication::translate("Stackdeck::TopologyScene", "build: %1").arg(spec.buildContext);
    info.role = ServiceRoles::infer(spec);
    for (const PortSpec &port : spec.ports) {
        if (port.published.isEmpty())
            continue;
        TopologyNodeItem::Port p;
        p.label = port.published;
        p.urlPort = port.published.section(u'-', 0, 0).toInt();
        if (p.urlPort > 0 && p.urlPort < 65536)
            info.ports.append(p);
    }
    for (const QString &network : spec.networks)
        info.networks.append({network, TopologyPalette::networkColour(networkIndex.value(network))});
    const QString cpus = spec.limits.cpus.isEmpty() ? spec.cpusLegacy : spec.limits.cpus;
    if (!cpus.isEmpty()) {
        if (const Result<qint64> millis = Quantity::parseCpus(cpus); millis.ok() && *millis > 0)
            info.cpuLimitMillis = *millis;
    }
    const QString memory = spec.limits.memory.isEmpty() ? spec.memLimit : spec.limits.memory;
    if (!memory.isEmpty()) {
        if (const Result<qint64> bytes = Quantity::parseMemory(memory); bytes.ok() && *bytes > 0)
            info.memoryLimitBytes = *bytes;
    }
    info.replicasWanted = spec.replicas.value_or(1);
    return info;
}

QMap<QString, int> indexNetworks(const QList<ServiceSpec> &services)
{
    QMap<QString, int> index;
    for (const ServiceSpec &spec : services) {
        for (const QString &network : spec.networks)
            index.insert(network, 0);
    }
    int i = 0;
    for (auto it = index.begin(); it != index.end(); ++it)
        it.value() = i++;
    return index;
}

} // namespace

TopologyScene::TopologyScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    // The scene is static between structure changes; a BSP index would only cost on every update.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::onSelectionChanged);
}

TopologyScene::~TopologyScene()
{
    // Items deleted by ~QGraphicsScene would report a selection change to a half-destroyed scene.
    blockSignals(true);
    clear();
}

QString TopologyScene::structureKey(const QList<ServiceSpec> &services) const
{
    // Only what moves nodes: names, roles, networks and dependencies (with conditions: they set edge labels).
    QString key;
    for (const ServiceSpec &spec : services) {
        key += spec.name + u'\x1f' + ServiceRoles::key(ServiceRoles::infer(spec)) + u'\x1f'
            + spec.networks.join(u'\x1e') + u'\x1f';
        for (const Dependency &dep : spec.dependsOn)
            key += dep.service + u'\x1d' + dep.condition + u'\x1e';
        key += u'\x1c';
    }
    return key;
}

Status TopologyScene::setServices(const QList<ServiceSpec> &services)
{
    const QString key = structureKey(services);
    if (m_built && key == m_structure) {
        const QMap<QString, int> networks = indexNetworks(services);
        for (const ServiceSpec &spec : services) {
            if (TopologyNodeItem *item = m_byName.value(spec.name))
                item->setInfo(infoFor(spec, networks));
        }
        return m_layoutError.isEmpty() ? success() : Status(Error{m_layoutError, {}, {}});
    }
    m_structure = key;
    const QString before = m_lastSelected;
    rebuild(services);
    if (m_lastSelected != before)
        emit serviceSelected(m_lastSelected);
    return m_layoutError.isEmpty() ? success() : Status(Error{m_layoutError, {}, {}});
}

void TopologyScene::rebuild(const QList<ServiceSpec> &services)
{
    const QString selected = selectedService();
    const QSignalBlocker blocker(this);
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_byName.clear();
    m_layoutError.clear();
    m_built = true;

    const QMap<QString, int> networks = indexNetworks(services);
    TopologyLayoutInput input;
    input.nodeSize = TopologyNodeItem::size();
    for (int r = 0; r < roleCount; ++r)
        input.clusterTitles.append(ServiceRoles::title(static_cast<ServiceRole>(r)));

    QHash<QString, int> indexOf;
    QList<const ServiceSpec *> specs;
    for (const ServiceSpec &spec : services) {
        if (indexOf.contains(spec.name))
            continue; // a duplicate name is the validator's finding; draw the first
        indexOf.insert(spec.name, int(specs.size()));
        specs.append(&spec);
        auto *item = new TopologyNodeItem(infoFor(spec, networks));
        item->setStatus(m_statuses.value(spec.name));
        input.nodes.append(TopologyLayoutInput::Node{static_cast<int>(item->info().role)});
        m_nodes.append(item);
        m_byName.insert(spec.name, item);
        addItem(item);
    }

    struct EdgeSpec { QString from, to, condition; };
    QList<EdgeSpec> edgeSpecs;
    for (const ServiceSpec *spec : std::as_const(specs)) {
        for (const Dependency &dep : spec->dependsOn) {
            if (!indexOf.contains(dep.service) || dep.service == spec->name)
                continue; // missing or self dependencies are validator findings, not edges
            input.edges.append(TopologyLayoutInput::Edge{indexOf.value(spec->name), indexOf.value(dep.service),
                                                         TopologyEdgeItem::labelFor(dep.condition)});
            edgeSpecs.append({spec->name, dep.service, dep.condition});
        }
    }

    ++m_layoutCount;
    const Result<TopologyLayoutResult> layout = TopologyLayout::compute(input);
    if (!layout.ok()) {
        // Without a layout the services still show, in a plain grid, with the reason above them.
        m_layoutError = layout.error().toString();
        const int columns = qMax(1, int(std::ceil(std::sqrt(double(m_nodes.size())))));
        const QSizeF s = TopologyNodeItem::size();
        for (int i = 0; i < m_nodes.size(); ++i)
            m_nodes.at(i)->setPos((i % columns) * (s.width() + 30), (i / columns) * (s.height() + 30) + 40);
        auto *message = addSimpleText(m_layoutError);
        message->setBrush(QColor(0xc6, 0x28, 0x28));
        message->setPos(-s.width() / 2, -s.height() / 2);
    } else {
        for (int i = 0; i < m_nodes.size(); ++i)
            m_nodes.at(i)->setPos(layout->centres.value(i));
        for (int e = 0; e < edgeSpecs.size(); ++e) {
            auto *edge = new TopologyEdgeItem(edgeSpecs.at(e).from, edgeSpecs.at(e).to, edgeSpecs.at(e).condition,
                                              layout->edges.value(e));
            m_edges.append(edge);
            addItem(edge);
        }
        for (int r = 0; r < layout->clusters.size(); ++r) {
            if (!layout->clusters.at(r).isNull())
                addItem(new TopologyClusterItem(static_cast<ServiceRole>(r), layout->clusters.at(r)));
        }
    }
    for (TopologyNodeItem *item : std::as_const(m_nodes))
        refreshDependencyCause(item->name());
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
    if (TopologyNodeItem *item = m_byName.value(selected))
        item->setSelected(true);
    m_lastSelected = selectedService();
}

bool TopologyScene::setStatus(const QString &service, const ServiceLiveStatus &status)
{
    m_statuses.insert(service, status);
    TopologyNodeItem *item = m_byName.value(service);
    if (!item)
        return false;
    item->setStatus(status);
    // Only the cards that depend on this service may change their cause line; nothing moves.
    for (TopologyEdgeItem *edge : std::as_const(m_edges)) {
        if (edge->to() == service)
            refreshDependencyCause(edge->from());
    }
    return true;
}

void TopologyScene::refreshDependencyCause(const QString &service)
{
    TopologyNodeItem *item = m_byName.value(service);
    if (!item)
        return;
    using S = ServiceLiveStatus::State;
    QStringList down, unhealthy;
    for (TopologyEdgeItem *edge : std::as_const(m_edges)) {
        if (edge->from() != service)
            continue;
        const ServiceLiveStatus dep = m_statuses.value(edge->to());
        if (dep.state == S::Exited || dep.state == S::Restarting)
            down.append(edge->to());
        else if (dep.health == ServiceLiveStatus::Health::Unhealthy && edge->condition() == u"service_healthy")
            unhealthy.append(edge->to());
    }
    QString cause;
    if (!down.isEmpty())
        cause = down.size() == 1 ? tr("%1 is down").arg(down.first()) : tr("%1 are down").arg(down.join(u", "_s));
    else if (!unhealthy.isEmpty())
        cause = unhealthy.size() == 1 ? tr("%1 is unhealthy").arg(unhealthy.first())
                                      : tr("%1 are unhealthy").arg(unhealthy.join(u", "_s));
    item->setDependencyCause(cause);
}

TopologyNodeItem *TopologyScene::node(const QString &service) const { return m_byName.value(service); }

QString TopologyScene::selectedService() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<TopologyNodeItem *>(item))
            return node->name();
    }
    return {};
}

void TopologyScene::selectService(const QString &service)
{
    TopologyNodeItem *item = m_byName.value(service);
    if (!item)
        return;
    {
        const QSignalBlocker blocker(this);
        clearSelection();
    }
    item->setSelected(true);
    setFocusItem(item);
}

void TopologyScene::activatePort(const QString &service, int port)
{
    if (!m_byName.contains(service) || port <= 0 || port > 65535)
        return;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"localhost"_s);
    url.setPort(port);
    emit openUrlRequested(url);
}

void TopologyScene::onSelectionChanged()
{
    const QString current = selectedService();
    if (current == m_lastSelected)
        return;
    m_lastSelected = current;
    emit serviceSelected(current);
}

} // namespace Stackdeck
