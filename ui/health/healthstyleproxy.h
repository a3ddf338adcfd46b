#pragma once

#include <QIdentityProxyModel>

namespace Stackdeck {

// Adds the look to HealthModel's meaning: a coloured dot on the state cell and a faint tint on failing rows.
class HealthStyleProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit HealthStyleProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void widenStateChange(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QMetaObject::Connection m_sourceChanged;
};

} // namespace Stackdeck
