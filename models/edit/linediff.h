#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stackdeck {

// Line-by-line difference of two texts, for showing a change and for checking which lines it touched.
class LineDiff final
{
public:
    struct Line
    {
        enum class Kind : quint8 { Same, Removed, Added };
        Kind kind = Kind::Same;
        QByteArray text;  // with its line break, so a changed ending ("\r\n", none at the end) shows
        int oldLine = 0;  // 1-based, 0 for added lines
        int newLine = 0;  // 1-based, 0 for removed lines
    };

    struct Stats
    {
        int removed = 0;
        int added = 0;
        int blocks = 0;   // runs of consecutive changed lines
    };

    static QList<Line> compare(const QByteArray &before, const QByteArray &after);
    static Stats stats(const QList<Line> &lines);
    // A unified diff ("--- a/x", "+++ b/x", "@@ ... @@") with `context` lines around each change.
    static QString unified(const QByteArray &before, const QByteArray &after, const QString &label, int context = 3);
    static QList<QByteArray> splitLines(const QByteArray &text);
};

} // namespace Stackdeck
