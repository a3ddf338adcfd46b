#include "models/live/servicelistmodel.h"

#include "models/live/rowmerge.h"

namespace Stackdeck {
namespace {

constexpr int firstRole = ServiceListModel::NameRole;
constexpr int lastRole = ServiceListModel::CpuLimitRole;

} // namespace

ServiceListModel::ServiceListModel(QObject *parent) : QAbstractListModel(parent) {}

QString ServiceListModel::portText(const PortSpec &port)
{
    QString text;
    if (!port.published.isEmpty()) {
        if (!port.hostIp.isEmpty())
            text += (port.hostIp.contains(u':') ? u'[' + port.hostIp + u']' : port.hostIp) + u':';
        text += port.published + QStringLiteral("→");
    }
    text += port.target;
    if (!port.protocol.isEmpty() && port.protocol != u"tcp")
        text += u'/' + port.protocol;
    return text;
}

QVariant ServiceListModel::roleValue(const ServiceSpec &s, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.name;
    case ImageRole:
        if (s.image.isEmpty() && !s.buildContext.isEmpty())
            return QString(QStringLiteral("build: ") + s.buildContext);
        return s.image;
    case PortsRole: {
        QStringList ports;
        for (const PortSpec &p : s.ports)
            ports.append(portText(p));
        return ports;
    }
    case DependsOnRole: {
        QStringList names;
        for (const Dependency &d : s.dependsOn)
            names.append(d.service);
        return names;
    }
    case HasHealthcheckRole: return s.healthcheck.has_value() && !s.healthcheck->disabled;
    case MemoryLimitRole: return s.limits.memory.isEmpty() ? s.memLimit : s.limits.memory;
    case CpuLimitRole: return s.limits.cpus.isEmpty() ? s.cpusLegacy : s.limits.cpus;
    }
    return {};
}

void ServiceListModel::setServices(const QList<ServiceSpec> &services)
{
    const QModelIndex root;
    RowMergeHooks hooks;
    hooks.beginRemove = [this, root](int first, int last) { beginRemoveRows(root, first, last); };
    hooks.endRemove = [this] { endRemoveRows(); };
    hooks.beginInsert = [this, root](int first, int last) { beginInsertRows(root, first, last); };
    hooks.endInsert = [this] { endInsertRows(); };
    hooks.beginMove = [this, root](int from, int to) { beginMoveRows(root, from, from, root, to); };
    hooks.endMove = [this] { endMoveRows(); };
    // Only the roles whose values differ are announced, so delegates repaint what changed.
    QList<int> changedRoles;
    hooks.changed = [this, &changedRoles](int row) {
        emit dataChanged(index(row), index(row), changedRoles);
    };
    auto same = [&changedRoles](const ServiceSpec &a, const ServiceSpec &b) {
        changedRoles.clear();
        for (int role = firstRole; role <= lastRole; ++role) {
            if (roleValue(a, role) != roleValue(b, role))
                changedRoles.append(role);
        }
        return changedRoles.isEmpty(); // the name is the key, so DisplayRole never changes here
    };
    mergeRows(m_rows, services, [](const ServiceSpec &s) { return s.name; }, same, hooks);
    m_rows = services; // rows equal by role still take the new snapshot's other fields
}

int ServiceListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == name)
            return int(i);
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return roleValue(m_rows.at(index.row()), role);
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ImageRole, "image");
    names.insert(PortsRole, "ports");
    names.insert(DependsOnRole, "dependsOn");
    names.insert(HasHealthcheckRole, "hasHealthcheck");
    names.insert(MemoryLimitRole, "memoryLimit");
    names.insert(CpuLimitRole, "cpuLimit");
    return names;
}

} // namespace Stackdeck
