#include "ui/main/editorlauncher.h"

#include "models/docker/stacksnapshot.h"
#include "models/live/livestack.h"
#include "ui/editor/editorwindow.h"
#include "ui/main/mainwindow.h"

namespace Stackdeck {

EditorLauncher::EditorLauncher(MainWindow *window) : QObject(window), m_window(window) {}

EditorLauncher::~EditorLauncher()
{
    // A top-level window of its own: closed with the console.
    delete m_editor;
}

EditorWindow *EditorLauncher::editor() const
{
    return m_editor;
}

EditorWindow *EditorLauncher::open(const ComposeLoadOptions &options, const QString &service)
{
    if (!m_editor) {
        m_editor = new EditorWindow;
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editor->setRunningProvider([window = QPointer<MainWindow>(m_window)]() {
            QStringList running;
            const LiveStack *live = window ? window->liveStack() : nullptr;
            const StackSnapshotPtr snapshot = live ? live->snapshot() : StackSnapshotPtr();
            if (snapshot)
                for (const ServiceSnapshot &s : snapshot->services)
                    if (!s.containers.isEmpty())
                        running.append(s.name);
            return running;
        });
        connect(m_editor, &EditorWindow::stackChanged, m_window, [this](ComposeLoadOptions changed) {
            // The console reads the files on disk, never the editor's unsaved texts.
            changed.overrides.clear();
            m_window->openStack(changed);
        });
        m_editor->open(options);
    }
    if (!service.isEmpty())
        m_editor->selectService(service);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

} // namespace Stackdeck
