#pragma once

#include <QIdentityProxyModel>

namespace Stackdeck {

// Adds what ui/ owns to models/live's FindingModel: severity icons and translated names, locations
// relative to the project folder, and the suggested fix in the tooltip.
class FindingPresentation final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit FindingPresentation(QObject *parent = nullptr);

    void setProjectDir(const QString &dir) { m_projectDir = dir; }
    QString displayPath(const QString &path) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_projectDir;
};

} // namespace Stackdeck
