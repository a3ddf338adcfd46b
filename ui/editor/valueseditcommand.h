#pragma once

#include "models/editor/valuesedit.h"

#include <QPointer>
#include <QUndoCommand>

namespace Stackdeck {

// One undoable change of a ValuesEditSession: the texts before and after it. The change is already
// made when the command is pushed, so the first redo() does nothing.
class ValuesEditCommand final : public QUndoCommand
{
public:
    ValuesEditCommand(ValuesEditSession *session, ValuesEditSession::Texts before, const QString &text, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    // Typing in one field merges into one command (same mergeId and same text).
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<ValuesEditSession> m_session;
    ValuesEditSession::Texts m_before;
    ValuesEditSession::Texts m_after;
    int m_mergeId;
    bool m_first = true;
};

} // namespace Stackdeck
