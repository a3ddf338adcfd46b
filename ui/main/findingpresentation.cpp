#include "ui/main/findingpresentation.h"

#include "models/core/finding.h"
#include "models/live/findingmodel.h"

#include <QApplication>
#include <QDir>
#include <QStyle>

namespace Stackdeck {

FindingPresentation::FindingPresentation(QObject *parent) : QIdentityProxyModel(parent) {}

QString FindingPresentation::displayPath(const QString &path) const
{
    if (path.isEmpty() || m_projectDir.isEmpty())
        return path;
    const QString relative = QDir(m_projectDir).relativeFilePath(path);
    return relative.startsWith(QStringLiteral("..")) ? path : relative;
}

QVariant FindingPresentation::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto severity = Severity(QIdentityProxyModel::data(index, FindingModel::SeverityRole).toInt());
    if (index.column() == FindingModel::SeverityColumn && (role == Qt::DisplayRole || role == Qt::DecorationRole)) {
        if (role == Qt::DecorationRole) {
            const QStyle::StandardPixmap icon = severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                : severity == Severity::Warning                              ? QStyle::SP_MessageBoxWarning
                                                                             : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return severity == Severity::Error ? tr("error") : severity == Severity::Warning ? tr("warning") : tr("info");
    }
    if (index.column() == FindingModel::LocationColumn && role == Qt::DisplayRole) {
        const int line = QIdentityProxyModel::data(index, FindingModel::LineRole).toInt();
        QString where = displayPath(QIdentityProxyModel::data(index, FindingModel::FileRole).toString());
        if (line > 0)
            where += QStringLiteral(":%1:%2").arg(line).arg(QIdentityProxyModel::data(index, FindingModel::ColumnRole).toInt());
        return where;
    }
    if (role == Qt::ToolTipRole) {
        const QString message = QIdentityProxyModel::data(index, FindingModel::MessageRole).toString();
        const QString fix = QIdentityProxyModel::data(index, FindingModel::SuggestionRole).toString();
        return fix.isEmpty() ? message : tr("%1\nFix: %2").arg(message, fix);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Stackdeck
