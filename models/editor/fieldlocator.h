#pragma once

#include "models/compose/composeproject.h"
#include "models/editor/fieldvalue.h"

#include <QString>
#include <QStringList>

namespace Stackdeck {

// Maps an effective (merged) key back to where it is written: the raw file, the key path inside it,
// and the anchor it sits in, by matching the effective node's location against the raw documents.
class FieldLocator final
{
public:
    // `prefix` is {"services", name} for a service key, {} for a top-level key; `fallbackFile` takes
    // a key that is written nowhere yet.
    static FieldValue locate(const ComposeProject &project, const QStringList &prefix, const QStringList &path,
                             const QString &fallbackFile);
    // The node at `path` (map keys, list indices) or nullptr.
    static YamlNodePtr at(const YamlNodePtr &root, const QStringList &path);
    // The key path in `root` of the node written at `target`'s location; innermost anchor on the way.
    static bool rawPathOf(const YamlNodePtr &root, const YamlNodePtr &target, QStringList *path, QString *anchor);
};

} // namespace Stackdeck
