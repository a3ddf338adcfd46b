#pragma once

#include "models/compose/composeproject.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// The stacks opened lately, newest first, kept in QSettings (XDG: ~/.config/stackdeck/stackdeck.conf).
class RecentProjects final
{
public:
    static constexpr int MaxEntries = 10;

    struct Entry
    {
        ComposeLoadOptions options;
        QString label;    // project name, or the folder's name
    };

    static QList<Entry> load();
    // Moves (or adds) the stack to the top; the demo stack is not remembered.
    static void remember(const ComposeLoadOptions &options, const QString &label);
    static void forget(const ComposeLoadOptions &options);
    static void clear();
    // What the menu shows: "stackdeck-demo — ~/stacks/demo".
    static QString describe(const Entry &entry);
    static bool sameStack(const ComposeLoadOptions &a, const ComposeLoadOptions &b);
};

} // namespace Stackdeck
