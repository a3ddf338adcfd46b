#pragma once

#include "models/compose/composeproject.h"
#include "ui/main/loadedstack.h"

#include <QMainWindow>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QStandardItemModel;
class QTabBar;
class QTreeView;

namespace Stackdeck {

class CodeView;
class FindingModel;
class FindingPresentation;

// The console's main window. For now: the loaded stack's services, its findings, and the YAML of the
// selected file; issue 4's topology, gauges, logs and health panels will dock around this.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Item data roles of the services list: where the row points in the source files.
    enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

    explicit MainWindow(QWidget *parent = nullptr);

    // Loads, validates and shows a compose project; problems show inline, never in a modal box.
    void openStack(const ComposeLoadOptions &options);
    const LoadedStack &stack() const { return m_stack; }

    QAbstractItemModel *serviceModel() const;
    QAbstractItemModel *findingModel() const;
    CodeView *codeView() const { return m_codeView; }
    // Shows one file of the project (or one a finding names) in the code view.
    void showFile(const QString &path);

signals:
    void stackOpened();

private:
    void buildMenus();
    void fillServices();
    void fillFindings();
    void fillFiles();
    void showBanner(const QString &text);
    void updateStatus();
    void jumpTo(const QString &file, int line, int column);
    void openFolderDialog();
    void openFilesDialog();
    QString displayPath(const QString &path) const;

    ComposeLoadOptions m_options;
    LoadedStack m_stack;
    QStandardItemModel *m_services;
    FindingModel *m_findingModel;
    FindingPresentation *m_findings;
    QTreeView *m_servicesView;
    QTreeView *m_findingsView;
    QLabel *m_servicesHeader;
    QLabel *m_findingsHeader;
    QLabel *m_banner;
    QTabBar *m_fileTabs;
    CodeView *m_codeView;
    QLabel *m_statusLabel;
    QLabel *m_fixLabel;
};

} // namespace Stackdeck
