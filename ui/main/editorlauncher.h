#pragma once

#include "models/compose/composeloader.h"

#include <QObject>
#include <QPointer>

namespace Stackdeck {

class EditorWindow;
class MainWindow;

// Opens the configuration editor for the console's stack, and reloads the console after the editor
// saved, applied or rolled back.
class EditorLauncher final : public QObject
{
    Q_OBJECT
public:
    explicit EditorLauncher(MainWindow *window);
    ~EditorLauncher() override;

    // Opens (or raises) the editor on `options`; with a service, its form.
    EditorWindow *open(const ComposeLoadOptions &options, const QString &service = {});
    EditorWindow *editor() const;

private:
    MainWindow *m_window;
    QPointer<EditorWindow> m_editor;
};

} // namespace Stackdeck
