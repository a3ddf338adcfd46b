#include "ui/common/codeview.h"

#include "ui/common/linenumberarea.h"
#include "ui/common/syntaxsupport.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPointer>
#include <QTextBlock>

namespace Stackdeck {

CodeView::CodeView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new LineNumberArea(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Keep the caret visible in a read-only view so keyboard users see where they are.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    updateGutterWidth();
}

void CodeView::showFile(const QString &fileName, const QString &text)
{
    m_fileName = fileName;
    m_markedLine = 0;
    // A fresh document drops the previous file's highlighter with it.
    auto *doc = new QTextDocument(this);
    doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
    doc->setDefaultFont(font());
    doc->setPlainText(text);
    SyntaxSupport::attach(doc, fileName);
    // setDocument() deletes a document the view made itself; ours (parented here) we delete.
    QPointer<QTextDocument> old = document();
    const bool ours = old && old->parent() == this;
    setDocument(doc);
    if (ours && old)
        old->deleteLater();
    setExtraSelections({});
    updateGutterWidth();
}

void CodeView::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qBound(0, column - 1, qMax(0, block.length() - 1)));
    setTextCursor(cursor);
    m_markedLine = line;
    updateMarkedLine();
    // Show the line with some context above it rather than at the very bottom edge.
    centerCursor();
}

void CodeView::setEditable(bool editable)
{
    setReadOnly(!editable);
    setTextInteractionFlags(editable ? Qt::TextEditorInteraction
                                     : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void CodeView::setLineMarkers(const QMap<int, LineMarker> &markers)
{
    m_markers = markers;
    updateMarkedLine();
}

int CodeView::lineAt(int y) const
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        block = block.next();
        top = bottom;
    }
    return 0;
}

int CodeView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return (m_markers.isEmpty() ? 12 : 22) + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void CodeView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool marked = number + 1 == m_markedLine;
            QFont f = font();
            f.setBold(marked);
            painter.setFont(f);
            painter.setPen(marked ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
            const auto marker = m_markers.constFind(number + 1);
            if (marker != m_markers.constEnd()) {
                const int d = qMax(6, fontMetrics().height() / 2);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(marker->color);
                painter.drawEllipse(4, top + (fontMetrics().height() - d) / 2, d, d);
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeView::updateGutterWidth()
{
    // Re-laying out with unchanged margins can bounce between scroll bar states: only on a real change.
    if (viewportMargins().left() != lineNumberAreaWidth())
        setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeView::updateMarkedLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_markedLine - 1);
    if (block.isValid()) {
        QTextEdit::ExtraSelection sel;
        sel.format.setBackground(QColor(0xff, 0xf1, 0xb8));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(block);
        selections.append(sel);
    }
    for (auto it = m_markers.constBegin(); it != m_markers.constEnd(); ++it) {
        const QTextBlock marked = document()->findBlockByNumber(it.key() - 1);
        if (!marked.isValid())
            continue;
        QTextEdit::ExtraSelection sel;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(it->color);
        sel.format.setToolTip(it->toolTip);
        sel.cursor = QTextCursor(marked);
        sel.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(sel);
    }
    setExtraSelections(selections);
    updateGutterWidth();
    m_gutter->update();
}

} // namespace Stackdeck
