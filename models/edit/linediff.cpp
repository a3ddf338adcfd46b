#include "models/edit/linediff.h"

#include <vector>

namespace Stackdeck {

QList<QByteArray> LineDiff::splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QList<LineDiff::Line> LineDiff::compare(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    QList<Line> out;
    int oldLine = 0;
    int newLine = 0;
    auto same = [&](const QByteArray &t) { out.append(Line{Line::Kind::Same, t, ++oldLine, ++newLine}); };
    auto removed = [&](const QByteArray &t) { out.append(Line{Line::Kind::Removed, t, ++oldLine, 0}); };
    auto added = [&](const QByteArray &t) { out.append(Line{Line::Kind::Added, t, 0, ++newLine}); };
    for (qsizetype i = 0; i < head; ++i)
        same(a.at(i));
    if (n * m <= 4'000'000) {
        // Longest common subsequence over the changed middle; edits are local, so it stays small.
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[size_t(i)][size_t(j)] = a.at(head + i) == b.at(head + j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                same(a.at(head + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                removed(a.at(head + i++)); // removals first, as diff(1) shows them
            } else {
                added(b.at(head + j++));
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(a.at(head + i));
        for (qsizetype j = 0; j < m; ++j)
            added(b.at(head + j));
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        same(a.at(i));
    return out;
}

LineDiff::Stats LineDiff::stats(const QList<Line> &lines)
{
    Stats s;
    bool inBlock = false;
    for (const Line &l : lines) {
        if (l.kind == Line::Kind::Same) {
            inBlock = false;
            continue;
        }
        (l.kind == Line::Kind::Added ? s.added : s.removed)++;
        if (!inBlock)
            ++s.blocks;
        inBlock = true;
    }
    return s;
}

QString LineDiff::unified(const QByteArray &before, const QByteArray &after, const QString &label, int context)
{
    const QList<Line> lines = compare(before, after);
    QString out;
    auto show = [](const Line &l) {
        QByteArray t = l.text;
        const bool hasBreak = t.endsWith('\n');
        if (hasBreak)
            t.chop(t.endsWith("\r\n") ? 2 : 1);
        QString s = QString::fromUtf8(t);
        return hasBreak ? s : s + QStringLiteral("\n\\ No newline at end of file");
    };
    qsizetype i = 0;
    bool headerDone = false;
    while (i < lines.size()) {
        if (lines.at(i).kind == Line::Kind::Same) {
            ++i;
            continue;
        }
        // Grow the hunk while the next change is within 2 * context lines.
        const qsizetype first = std::max<qsizetype>(0, i - context);
        qsizetype last = i;
        for (qsizetype k = i; k < lines.size() && k <= last + 2 * context; ++k) {
            if (lines.at(k).kind != Line::Kind::Same)
                last = k;
        }
        const qsizetype end = std::min<qsizetype>(lines.size(), last + context + 1);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        int oldSeen = 0, newSeen = 0;
        for (qsizetype k = 0; k < first; ++k) {
            oldSeen += lines.at(k).kind != Line::Kind::Added;
            newSeen += lines.at(k).kind != Line::Kind::Removed;
        }
        oldStart = oldSeen + 1;
        newStart = newSeen + 1;
        QString body;
        for (qsizetype k = first; k < end; ++k) {
            const Line &l = lines.at(k);
            const QChar mark = l.kind == Line::Kind::Same ? QLatin1Char(' ') : l.kind == Line::Kind::Added ? QLatin1Char('+') : QLatin1Char('-');
            oldCount += l.kind != Line::Kind::Added;
            newCount += l.kind != Line::Kind::Removed;
            body += mark + show(l) + QLatin1Char('\n');
        }
        if (!headerDone) {
            out += QStringLiteral("--- a/%1\n+++ b/%1\n").arg(label);
            headerDone = true;
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldCount ? oldStart : oldStart - 1).arg(oldCount)
                   .arg(newCount ? newStart : newStart - 1).arg(newCount);
        out += body;
        i = end;
    }
    return out;
}

} // namespace Stackdeck
