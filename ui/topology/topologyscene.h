#pragma once

#include "models/compose/servicespec.h"
#include "models/core/result.h"
#include "models/live/servicelivestatus.h"

#include <QGraphicsScene>
#include <QHash>
#include <QUrl>

namespace Stackdeck {

class TopologyNodeItem;
class TopologyEdgeItem;

// The stack as a graph: a node per service, depends_on edges, role regions; laid out by Graphviz's dot.
class TopologyScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit TopologyScene(QObject *parent = nullptr);
    ~TopologyScene() override;

    // Relayouts only when services, dependencies, roles or networks changed; otherwise refreshes the cards.
    Status setServices(const QList<ServiceSpec> &services);
    // Repaints that one card; never moves anything. False for an unknown service.
    bool setStatus(const QString &service, const ServiceLiveStatus &status);

    TopologyNodeItem *node(const QString &service) const;
    QList<TopologyNodeItem *> nodes() const { return m_nodes; }
    QList<TopologyEdgeItem *> edges() const { return m_edges; }
    // How often dot ran: status changes and unchanged structures must not add to it.
    int layoutCount() const { return m_layoutCount; }
    // The last layout's error (shown in the scene too), empty when dot succeeded.
    QString layoutError() const { return m_layoutError; }

    QString selectedService() const;
    void selectService(const QString &service);
    // Called by a card when one of its published ports is clicked.
    void activatePort(const QString &service, int port);

signals:
    void serviceSelected(const QString &service);
    void openUrlRequested(const QUrl &url);

private:
    QString structureKey(const QList<ServiceSpec> &services) const;
    void rebuild(const QList<ServiceSpec> &services);
    void onSelectionChanged();
    void refreshDependencyCause(const QString &service);

    QList<TopologyNodeItem *> m_nodes;
    QList<TopologyEdgeItem *> m_edges;
    QHash<QString, TopologyNodeItem *> m_byName;
    QHash<QString, ServiceLiveStatus> m_statuses;
    QString m_structure;
    QString m_layoutError;
    QString m_lastSelected;
    int m_layoutCount = 0;
    bool m_built = false;
};

} // namespace Stackdeck
