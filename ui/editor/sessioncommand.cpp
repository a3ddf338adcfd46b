#include "ui/editor/sessioncommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Stackdeck {

SessionCommand::SessionCommand(EditSession *session, EditSession::Texts before, const QString &text, int mergeId)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(session->texts())
    , m_mergeId(mergeId)
{
}

Status SessionCommand::run(EditSession *session, QUndoStack *undo, const QString &what, const std::function<Status()> &edit)
{
    if (!session)
        return Error{QCoreApplication::translate("Stackdeck::SessionCommand", "No file is open for editing."), {}, {}};
    const EditSession::Texts before = session->texts();
    Status status = edit();
    if (!status) {
        if (session->texts() != before)
            session->restore(before);
        return status;
    }
    if (undo && session->texts() != before)
        undo->push(new SessionCommand(session, before, what));
    return status;
}

void SessionCommand::undo()
{
    if (m_session)
        m_session->restore(m_before);
}

void SessionCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (m_session)
        m_session->restore(m_after);
}

bool SessionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SessionCommand *>(other);
    if (m_mergeId < 0 || next->m_mergeId != m_mergeId || next->text() != text() || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Stackdeck
