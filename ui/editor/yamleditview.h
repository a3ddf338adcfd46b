#pragma once

#include <QPointer>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

class QLabel;


namespace Stackdeck {

class CodeView;
class EditSession;

// One file of an EditSession as editable text: line numbers, highlighting, findings marked on their
// lines; typing goes to the session after a pause, and form edits come back without moving the caret.
class YamlEditView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 300;

    YamlEditView(EditSession *session, const QString &file, QWidget *parent = nullptr);

    QString file() const { return m_file; }
    // Each pause in typing becomes one undoable step of this stack (shared with the forms).
    void setUndoStack(QUndoStack *undo) { m_undo = undo; }
    CodeView *editor() const { return m_view; }
    // The inline load error ("compose.yaml:3:7: ..."), empty when the text loads.
    QString errorText() const;
    // Sends pending typing to the session now (before save, review or apply).
    void flush();
    // Scrolls to a 1-based line and column and marks the line.
    void goTo(int line, int column);
    // Lines (1-based) that carry a finding marker.
    QList<int> markedLines() const;

signals:
    // The user typed and the session took the text.
    void textEdited();

private:
    void onSessionChanged();
    void onContentsChanged();
    void refreshFindings();

    QPointer<EditSession> m_session;
    QString m_file;
    CodeView *m_view;
    QLabel *m_error;
    QPointer<QUndoStack> m_undo;
    QTimer m_debounce;
    bool m_updating = false;
};

} // namespace Stackdeck
