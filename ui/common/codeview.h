#pragma once

#include <QPlainTextEdit>

namespace Stackdeck {

class LineNumberArea;

// A read-only text view for YAML, .env and log files: line numbers, highlighting, jump to line:column.
class CodeView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    // Shows `text` as the content of `fileName` (the name picks the highlighter).
    void showFile(const QString &fileName, const QString &text);
    QString fileName() const { return m_fileName; }
    // Scrolls to a 1-based line and column and marks that line.
    void goTo(int line, int column);
    int markedLine() const { return m_markedLine; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateMarkedLine();

    LineNumberArea *m_gutter;
    QString m_fileName;
    int m_markedLine = 0;
};

} // namespace Stackdeck
