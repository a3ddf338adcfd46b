#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Stackdeck {

// What an item model must do while its rows turn into a new snapshot: the begin/end pairs of
// QAbstractItemModel, called by RowMerge in an order that keeps views and selections stable.
struct RowMergeHooks
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int from, int to)> beginMove; // one row, `to` < `from`
    std::function<void()> endMove;
    std::function<void(int row)> changed;
};

// Turns `rows` into `next` row by row (remove, insert, move, change), never by a reset.
// `key` identifies a row across snapshots; repeated keys are told apart by their occurrence.
template<typename T, typename KeyFn, typename SameFn>
void mergeRows(QList<T> &rows, const QList<T> &next, KeyFn key, SameFn same, const RowMergeHooks &hooks)
{
    auto keysOf = [&key](const QList<T> &list) {
        QList<QString> keys;
        keys.reserve(list.size());
        QHash<QString, int> seen;
        for (const T &item : list) {
            const QString k = key(item);
            keys.append(k + u'\x1f' + QString::number(seen[k]++));
        }
        return keys;
    };
    QList<QString> current = keysOf(rows);
    const QList<QString> wanted = keysOf(next);
    QHash<QString, qsizetype> wantedAt;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        wantedAt.insert(wanted[i], i);

    // 1. Rows that are gone, in contiguous runs from the bottom so indices above stay valid.
    for (qsizetype last = current.size() - 1; last >= 0;) {
        if (wantedAt.contains(current[last])) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wantedAt.contains(current[first - 1]))
            --first;
        hooks.beginRemove(int(first), int(last));
        rows.remove(first, last - first + 1);
        current.remove(first, last - first + 1);
        hooks.endRemove();
        last = first - 1;
    }

    // 2. Walk the new order: keep, move up, or insert runs of new rows; then report changed data.
    QHash<QString, bool> present;
    for (const QString &k : std::as_const(current))
        present.insert(k, true);
    for (qsizetype i = 0; i < wanted.size();) {
        if (i < current.size() && current[i] == wanted[i]) {
            if (!same(rows[i], next[i])) {
                rows[i] = next[i];
                hooks.changed(int(i));
            }
            ++i;
            continue;
        }
        if (!present.contains(wanted[i])) {
            qsizetype end = i;
            while (end + 1 < wanted.size() && !present.contains(wanted[end + 1]))
                ++end;
            hooks.beginInsert(int(i), int(end));
            for (qsizetype j = i; j <= end; ++j) {
                rows.insert(j, next[j]);
                current.insert(j, wanted[j]);
            }
            hooks.endInsert();
            i = end + 1;
            continue;
        }
        const qsizetype from = current.indexOf(wanted[i], i + 1);
        hooks.beginMove(int(from), int(i));
        rows.move(from, i);
        current.move(from, i);
        hooks.endMove();
        // The moved row is now at i; the next pass compares its data.
    }
}

} // namespace Stackdeck
