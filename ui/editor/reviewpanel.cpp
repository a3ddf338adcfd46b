#include "ui/editor/reviewpanel.h"

#include "models/editor/editsession.h"
#include "ui/editor/diffview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

ReviewPanel::ReviewPanel(EditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_message(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_reload(new QPushButton(tr("Reload and re-apply my edits"), this)), m_diff(new DiffView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(u"reviewMessage"_s);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_reload);
    bar->addWidget(m_save);
    layout->addLayout(bar);
    layout->addWidget(m_diff, 1);
    m_reload->hide();
    connect(m_save, &QPushButton::clicked, this, &ReviewPanel::save);
    connect(m_reload, &QPushButton::clicked, this, &ReviewPanel::reloadKeepingEdits);
}

QString ReviewPanel::message() const
{
    return m_message->text();
}

void ReviewPanel::refresh()
{
    if (!m_session)
        return;
    m_reload->hide();
    const QList<EditSession::FileChange> changes = m_session->changes();
    m_diff->setChanges(changes);
    m_save->setEnabled(!changes.isEmpty());
    if (changes.isEmpty())
        m_message->setText(tr("Nothing to save: the files are as loaded."));
    else if (!m_session->loadError().isEmpty())
        m_message->setText(tr("Cannot save yet: %1").arg(m_session->loadError()));
    else if (m_session->hasErrors())
        m_message->setText(tr("Cannot save yet: fix the errors in the findings list first."));
    else
        m_message->setText(tr("These lines change when you save."));
}

bool ReviewPanel::save()
{
    if (!m_session)
        return false;
    const QStringList log = m_session->editLog();
    const Status status = m_session->save(log.isEmpty() ? tr("edited in Stackdeck") : log.join(u"; "_s));
    if (!status) {
        m_message->setText(tr("Not saved: %1").arg(status.error().toString()));
        // Files changed by someone else: their version is read and these edits are made again on it.
        m_reload->setVisible(!m_session->changedOnDisk().isEmpty());
        return false;
    }
    m_message->setText(tr("Saved."));
    m_reload->hide();
    m_diff->setChanges({});
    m_save->setEnabled(false);
    emit saved();
    return true;
}

bool ReviewPanel::reloadKeepingEdits()
{
    if (!m_session)
        return false;
    const Status status = m_session->reloadKeepingEdits();
    refresh();
    if (!status) {
        m_message->setText(tr("Reloaded, but: %1").arg(status.error().toString()));
        return false;
    }
    m_message->setText(tr("Reloaded the files from disk and made your edits again; review and save."));
    return true;
}

} // namespace Stackdeck
