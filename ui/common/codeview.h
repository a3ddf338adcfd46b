#pragma once

#include <QColor>
#include <QMap>
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

    // An editable view (the editor's YAML view) instead of the default read-only one.
    void setEditable(bool editable);
    // A marker on a 1-based line: a dot in the gutter, a wavy underline, `toolTip` on hover.
    struct LineMarker
    {
        QColor color;
        QString toolTip;
    };
    void setLineMarkers(const QMap<int, LineMarker> &markers);
    QMap<int, LineMarker> lineMarkers() const { return m_markers; }
    // The 1-based line at a y position of the viewport/gutter (0 when none).
    int lineAt(int y) const;
    QString markerToolTip(int line) const { return m_markers.value(line).toolTip; }

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
    QMap<int, LineMarker> m_markers;
};

} // namespace Stackdeck
