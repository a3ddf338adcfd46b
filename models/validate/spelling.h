#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Stackdeck {

// "Did you mean" suggestions by edit distance.
class Spelling final
{
public:
    // Levenshtein distance, case-insensitive.
    static int distance(QStringView a, QStringView b);
    // The closest candidate when it is near enough to be a likely typo, else an empty string.
    static QString closest(QStringView word, const QStringList &candidates);
};

} // namespace Stackdeck
