#pragma once

#include "models/editor/editsession.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace Stackdeck {

// One undoable change of an EditSession: the texts before and after it. The change is already made
// when the command is pushed, so the first redo() does nothing.
class SessionCommand final : public QUndoCommand
{
public:
    SessionCommand(EditSession *session, EditSession::Texts before, const QString &text, int mergeId = -1);

    // Runs a change made of several session edits all or nothing: on failure the texts go back, on
    // success one command named `what` goes on `undo`.
    static Status run(EditSession *session, QUndoStack *undo, const QString &what, const std::function<Status()> &edit);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    // Typing in one field merges into one command (same mergeId and same field text).
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<EditSession> m_session;
    EditSession::Texts m_before;
    EditSession::Texts m_after;
    int m_mergeId;
    bool m_first = true;
};

} // namespace Stackdeck
