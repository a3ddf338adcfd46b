#pragma once

#include <QWidget>

namespace Stackdeck {

class CodeView;

// The gutter of a CodeView: paints the line numbers of the visible blocks.
class LineNumberArea final : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeView *view);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    // Shows the tooltip of a marked line (a finding) when hovering its marker.
    bool event(QEvent *event) override;

private:
    CodeView *m_view;
};

} // namespace Stackdeck
