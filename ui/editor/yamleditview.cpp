#include "ui/editor/yamleditview.h"

#include "models/editor/editsession.h"
#include "ui/common/codeview.h"
#include "ui/editor/sessioncommand.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

YamlEditView::YamlEditView(EditSession *session, const QString &file, QWidget *parent)
    : QWidget(parent), m_session(session), m_file(file), m_view(new CodeView(this)), m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_error->setObjectName(u"yamlError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: #fde2e1; color: #8a1c1c; padding: 4px 8px; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_view->showFile(QFileInfo(file).fileName(), QString::fromUtf8(session->text(file)));
    m_view->setEditable(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &YamlEditView::flush);
    connect(m_view->document(), &QTextDocument::contentsChanged, this, &YamlEditView::onContentsChanged);
    connect(session, &EditSession::changed, this, &YamlEditView::onSessionChanged);
    refreshFindings();
}

QString YamlEditView::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void YamlEditView::onContentsChanged()
{
    if (!m_updating)
        m_debounce.start();
}

void YamlEditView::flush()
{
    m_debounce.stop();
    if (!m_session)
        return;
    const QByteArray text = m_view->toPlainText().toUtf8();
    if (text == m_session->text(m_file))
        return;
    // The session's changed() comes back here; the text is already what the user typed.
    const EditSession::Texts before = m_session->texts();
    m_updating = true;
    m_session->setText(m_file, text);
    m_updating = false;
    if (m_undo)
        m_undo->push(new SessionCommand(m_session, before, tr("Edit %1").arg(QFileInfo(m_file).fileName())));
    refreshFindings();
    emit textEdited();
}

void YamlEditView::onSessionChanged()
{
    if (!m_session)
        return;
    if (!m_updating) {
        const QString text = QString::fromUtf8(m_session->text(m_file));
        if (text != m_view->toPlainText()) {
            // A form edit: replace the text but keep the caret line/column and scroll position.
            m_debounce.stop();
            const QTextCursor cursor = m_view->textCursor();
            const int line = cursor.blockNumber();
            const int column = cursor.positionInBlock();
            const int vScroll = m_view->verticalScrollBar()->value();
            const int hScroll = m_view->horizontalScrollBar()->value();
            m_updating = true;
            QTextCursor all(m_view->document());
            all.select(QTextCursor::Document);
            all.insertText(text);
            m_updating = false;
            const QTextBlock block = m_view->document()->findBlockByNumber(qMin(line, m_view->blockCount() - 1));
            QTextCursor restored(block);
            restored.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(column, qMax(0, block.length() - 1)));
            m_view->setTextCursor(restored);
            m_view->verticalScrollBar()->setValue(vScroll);
            m_view->horizontalScrollBar()->setValue(hScroll);
        }
    }
    refreshFindings();
}

void YamlEditView::refreshFindings()
{
    if (!m_session)
        return;
    const QString error = m_session->loadError();
    // Only this file's load error shows here; another file's shows in its own tab.
    const bool mine = !error.isEmpty()
        && (error.contains(QFileInfo(m_file).fileName()) || m_session->files().size() == 1);
    m_error->setText(mine ? error : QString());
    m_error->setVisible(mine);
    QMap<int, CodeView::LineMarker> markers;
    const QString clean = QDir::cleanPath(m_file);
    for (const Finding &finding : m_session->findings()) {
        if (!finding.location.isValid() || QDir::cleanPath(finding.location.file) != clean)
            continue;
        const QColor color = finding.severity == Severity::Error ? QColor(0xd0, 0x30, 0x30)
            : finding.severity == Severity::Warning              ? QColor(0xe0, 0x90, 0x10)
                                                                 : QColor(0x30, 0x80, 0xd0);
        CodeView::LineMarker &marker = markers[finding.location.line];
        // The most severe finding of a line picks its colour; every message joins the tooltip.
        if (!marker.color.isValid() || finding.severity == Severity::Error)
            marker.color = color;
        const QString line = severityName(finding.severity) + u": "_s + finding.message;
        marker.toolTip = marker.toolTip.isEmpty() ? line : marker.toolTip + u'\n' + line;
    }
    m_view->setLineMarkers(markers);
}

void YamlEditView::goTo(int line, int column)
{
    m_view->goTo(line, column);
}

QList<int> YamlEditView::markedLines() const
{
    return m_view->lineMarkers().keys();
}

} // namespace Stackdeck
