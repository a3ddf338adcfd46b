#include "ui/common/linenumberarea.h"

#include "ui/common/codeview.h"

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

} // namespace Stackdeck
