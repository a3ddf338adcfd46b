#pragma once

#include "ui/main/loadedstack.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStandardItemModel;
class QTabBar;
class QTreeView;

namespace Stackdeck {

class CodeView;
class FindingPresentation;

// The "Files" tab: the services as written, the project's files in tabs and the highlighted YAML.
class FilesPage final : public QWidget
{
    Q_OBJECT
public:
    // Item data roles of the services list: where the row points in the source files.
    enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

    explicit FilesPage(const FindingPresentation *paths, QWidget *parent = nullptr);

    void setStack(const LoadedStack &stack);
    // Files given with --env-file hold secrets whatever their name: never shown.
    void setSecretFiles(const QStringList &files) { m_secretFiles = files; }
    QAbstractItemModel *serviceModel() const;
    CodeView *codeView() const { return m_codeView; }
    void showFile(const QString &path);
    void jumpTo(const QString &file, int line, int column);
    // Selects the service's row (and so shows its definition).
    void selectService(const QString &service);

private:
    void fillServices();
    void fillFiles();

    const FindingPresentation *m_paths;
    const LoadedStack *m_stack = nullptr;
    QStringList m_secretFiles;
    QStandardItemModel *m_services;
    QTreeView *m_servicesView;
    QLabel *m_servicesHeader;
    QTabBar *m_fileTabs;
    CodeView *m_codeView;
};

} // namespace Stackdeck
