#include "ui/health/healthstyleproxy.h"

#include "models/live/healthmodel.h"
#include "ui/health/healthpalette.h"

namespace Stackdeck {

HealthStyleProxy::HealthStyleProxy(QObject *parent) : QIdentityProxyModel(parent) {}

void HealthStyleProxy::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_sourceChanged);
    QIdentityProxyModel::setSourceModel(source);
    if (source)
        m_sourceChanged = connect(source, &QAbstractItemModel::dataChanged, this, &HealthStyleProxy::widenStateChange);
}

void HealthStyleProxy::widenStateChange(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The model reports only the State cell, but the tint covers the whole row.
    if (topLeft.column() > HealthModel::StateColumn || bottomRight.column() < HealthModel::StateColumn)
        return;
    if (!roles.isEmpty() && !roles.contains(HealthModel::StateRole) && !roles.contains(Qt::DisplayRole))
        return;
    emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), columnCount() - 1), {Qt::BackgroundRole});
}

QVariant HealthStyleProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DecorationRole && index.column() == HealthModel::StateColumn)
        return HealthPalette::dot(HealthState(QIdentityProxyModel::data(index, HealthModel::StateRole).toInt()));
    if (role == Qt::BackgroundRole) {
        const QColor tint = HealthPalette::rowTint(HealthState(QIdentityProxyModel::data(index, HealthModel::StateRole).toInt()));
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Stackdeck
