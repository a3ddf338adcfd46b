#pragma once

#include "models/compose/composeloader.h"
#include "models/core/result.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace Stackdeck {

class ApplyPanel;
class ComposeRunner;
class EditSession;
class HistoryPanel;
class ReviewPanel;
class ServiceForm;
class ValuesEditSession;
class YamlEditView;

// The configuration editor: services and forms on the left, the files as YAML on the right, findings
// below; review (diff + save), apply (plan, run, rollback) and history replace the editing area inline.
class EditorWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { EditPage, ReviewPage, ApplyPage, HistoryPage };

    explicit EditorWindow(QWidget *parent = nullptr);
    ~EditorWindow() override;

    // Opens the project's files for editing; the error is shown inline too.
    Status open(const ComposeLoadOptions &options);
    // Services with a container now, for the apply plan (the console knows them).
    void setRunningProvider(std::function<QStringList()> provider);

    EditSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *formTabs() const { return m_forms; }
    // The Helm chart beside the compose files (Chart.yaml), empty when none: then no "Helm values" tab.
    QString chartDir() const { return m_chartDir; }
    QTabWidget *fileTabs() const { return m_files; }
    QListWidget *serviceList() const { return m_services; }
    QTreeWidget *findingsList() const { return m_findings; }
    ReviewPanel *reviewPanel() const { return m_review; }
    ApplyPanel *applyPanel() const { return m_apply; }
    HistoryPanel *historyPanel() const { return m_history; }
    YamlEditView *yamlView(const QString &file) const;
    Page page() const;

    void showPage(Page page);
    // Review changes: the diff of what saving writes.
    void review();
    void selectService(const QString &service);
    // Jumps to a finding: the service's form field and the line in its file.
    void showFinding(int row);

    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

signals:
    // The files on disk changed (saved, applied, rolled back, restored): the console reloads the stack.
    void stackChanged(const Stackdeck::ComposeLoadOptions &options);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolbar();
    QWidget *buildEditPage();
    QWidget *withBackButton(QWidget *content);
    void rebuildFiles();
    void refresh();
    void flushTyping();
    void restoreVersion(const QString &id);
    void updateTitle();

    EditSession *m_session;
    QUndoStack *m_undo;
    ComposeRunner *m_runner;
    QStackedWidget *m_pages;
    QListWidget *m_services;
    QTabWidget *m_forms;
    ServiceForm *m_serviceForm = nullptr;
    QTabWidget *m_files;
    QTreeWidget *m_findings;
    QLabel *m_banner;
    ReviewPanel *m_review;
    ApplyPanel *m_apply;
    HistoryPanel *m_history;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_reviewAction;
    QAction *m_applyAction;
    QAction *m_historyAction;
    QString m_chartDir;
    ValuesEditSession *m_values = nullptr;
};

} // namespace Stackdeck
