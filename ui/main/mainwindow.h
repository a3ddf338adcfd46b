#pragma once

#include "models/compose/composeproject.h"
#include "models/docker/engineendpoint.h"
#include "ui/main/loadedstack.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace Stackdeck {

class CodeView;
class EditorLauncher;
class FilesPage;
class FindingModel;
class FindingPresentation;
class HealthModel;
class HealthPanel;
class LiveStack;
class LogModel;
class LogView;
class ResourcePanel;
class ServiceActions;
class ServiceInspector;
class TopologyView;
struct EngineState;
struct StackHealthReport;

// The console: the live topology with the selected service's inspector beside it, and below it the
// log tail, resource gauges, health table, findings and files of the open stack.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { LogsTab, ResourcesTab, HealthTab, FindingsTab, FilesTab };
    // Kept for the services list's callers: where a row points in the source files.
    enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Which engine to watch (default: DOCKER_HOST or the local socket); set before openStack().
    void setEngineEndpoint(const std::optional<EngineEndpoint> &endpoint) { m_endpoint = endpoint; }
    // Loads, validates and shows a compose project, then follows it live; problems show inline.
    void openStack(const ComposeLoadOptions &options);
    const LoadedStack &stack() const { return m_stack; }
    ComposeLoadOptions options() const { return m_options; }
    // Stack → Edit Configuration…: the configuration editor on the open stack.
    EditorLauncher *editorLauncher() const { return m_editor; }
    void editConfiguration();

    QAbstractItemModel *serviceModel() const;
    QAbstractItemModel *findingModel() const;
    CodeView *codeView() const;
    void showFile(const QString &path);

    TopologyView *topologyView() const { return m_topology; }
    ServiceInspector *inspector() const { return m_inspector; }
    LogView *logView() const { return m_logView; }
    ResourcePanel *resourcePanel() const { return m_resources; }
    HealthPanel *healthPanel() const { return m_healthPanel; }
    HealthModel *healthModel() const { return m_healthModel; }
    LiveStack *liveStack() const { return m_live.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);
    // Selects the service everywhere: topology card, inspector, gauges' history, health row.
    void selectService(const QString &service);
    QString selectedService() const { return m_selected; }

signals:
    void stackOpened();

private:
    void buildMenus();
    void rebuildRecentMenu();
    QWidget *buildFindingsPage();
    void fillFindings();
    void startLive();
    void onStatus(const QString &service);
    void onHealth(const StackHealthReport &report);
    void onEngineState(const EngineState &state);
    void showBanner(const QString &text);
    void updateStatus();
    void runOnStack(int action);
    void openFolderDialog();
    void openFilesDialog();

    ComposeLoadOptions m_options;
    LoadedStack m_stack;
    std::optional<EngineEndpoint> m_endpoint;
    std::unique_ptr<LiveStack> m_live;
    LogModel *m_noLogs;          // shown while no stack is loaded, so the log view never holds a freed model
    QStringList m_secrets;       // the project's secret values: masked in everything the window echoes
    QString m_selected;

    FindingModel *m_findingModel;
    FindingPresentation *m_findings;
    HealthModel *m_healthModel;
    ServiceActions *m_actions;
    EditorLauncher *m_editor;
    QTreeView *m_findingsView = nullptr;
    QLabel *m_findingsHeader = nullptr;
    QLabel *m_fixLabel = nullptr;
    QLabel *m_banner;
    QLabel *m_engineBanner;
    TopologyView *m_topology;
    ServiceInspector *m_inspector;
    QTabWidget *m_tabs;
    LogView *m_logView;
    ResourcePanel *m_resources;
    HealthPanel *m_healthPanel;
    FilesPage *m_files;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_engineLabel;
    QLabel *m_healthLabel;
    QLabel *m_statusLabel;
};

} // namespace Stackdeck
