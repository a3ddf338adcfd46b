#include "models/validate/spelling.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Stackdeck {

int Spelling::distance(QStringView a, QStringView b)
{
    QVarLengthArray<int, 64> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        const QChar ca = a[i - 1].toCaseFolded();
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = ca == b[j - 1].toCaseFolded() ? 0 : 1;
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString Spelling::closest(QStringView word, const QStringList &candidates)
{
    // a typo changes a few characters: allow one edit per three, at least one, at most three
    const int allowed = std::clamp(int(word.size() / 3), 1, 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        if (std::abs(candidate.size() - word.size()) > allowed)
            continue;
        const int d = distance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace Stackdeck
