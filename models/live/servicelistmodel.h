#pragma once

#include "models/compose/servicespec.h"

#include <QAbstractListModel>
#include <QList>

namespace Stackdeck {

// The stack's services, one row each, with meaning-level roles for lists, cards and the topology.
// New snapshots merge by service name row by row, never by a reset.
class ServiceListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ImageRole,           // image, or "build: <context>" when only built
        PortsRole,           // QStringList: "8080→8080", "127.0.0.1:5432→5432", "9000-9001→9000-9001", "53→53/udp"
        DependsOnRole,       // QStringList of service names
        HasHealthcheckRole,  // bool: a healthcheck that is not disabled
        MemoryLimitRole,     // as written: deploy limit, else mem_limit; "" when none
        CpuLimitRole,        // as written: deploy limit, else cpus; "" when none
    };
    Q_ENUM(Role)

    explicit ServiceListModel(QObject *parent = nullptr);

    void setServices(const QList<ServiceSpec> &services);
    const QList<ServiceSpec> &services() const { return m_rows; }
    // Row of the service called `name`, or -1.
    int rowOf(const QString &name) const;

    // "published→target" text of one port, as PortsRole lists it.
    static QString portText(const PortSpec &port);
    // The value a role shows for `service`, without a model (also used to detect changes).
    static QVariant roleValue(const ServiceSpec &service, int role);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ServiceSpec> m_rows;
};

} // namespace Stackdeck
