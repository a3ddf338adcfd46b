#include "ui/common/linenumberarea.h"

#include "ui/common/codeview.h"

#include <QHelpEvent>
#include <QToolTip>

namespace Stackdeck {

LineNumberArea::LineNumberArea(CodeView *view) : QWidget(view), m_view(view) {}

QSize LineNumberArea::sizeHint() const
{
    return {m_view->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_view->paintLineNumbers(event);
}

bool LineNumberArea::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_view->markerToolTip(m_view->lineAt(help->pos().y()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Stackdeck
