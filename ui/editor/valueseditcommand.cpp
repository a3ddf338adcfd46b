#include "ui/editor/valueseditcommand.h"

namespace Stackdeck {

ValuesEditCommand::ValuesEditCommand(ValuesEditSession *session, ValuesEditSession::Texts before, const QString &text,
                                     int mergeId)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(session->texts())
    , m_mergeId(mergeId)
{
}

void ValuesEditCommand::undo()
{
    if (m_session)
        m_session->restore(m_before);
}

void ValuesEditCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (m_session)
        m_session->restore(m_after);
}

bool ValuesEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ValuesEditCommand *>(other);
    if (m_mergeId < 0 || next->m_mergeId != m_mergeId || next->text() != text() || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Stackdeck
