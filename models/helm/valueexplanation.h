#pragma once

#include "models/core/sourcelocation.h"
#include "models/core/yamlnode.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// What one layer did to a key: set it, deleted it with null, or replaced a parent with a non-mapping.
struct ValueOrigin
{
    enum class Action : quint8 { Set, Deleted, ParentReplaced };

    Action action = Action::Set;
    int layer = -1;          // index into ValuesStack::layers()
    QString layerLabel;      // "base", "environment prod", "preset gpu"
    SourceLocation location; // where that layer wrote it
    YamlNodePtr value;       // the value it wrote (the null, or the replacing parent, for the others)
};

// The answer to "where does this key's value come from?".
struct ValueExplanation
{
    QString key;              // canonical form of the key asked for
    QString error;            // set when the key itself is malformed
    bool isSet = false;
    YamlNodePtr value;        // effective value when set
    ValueOrigin setBy;        // the layer that wrote the effective value
    QList<ValueOrigin> overridden; // earlier layers it overrode, newest first
    QString closestParent;    // when not set: the deepest existing parent ("" = the root)
    YamlNodePtr closestParentValue;
    QList<ValueOrigin> deletions; // when not set: the layers that removed it, newest first

    // "key = value" then "  set by ... (file:line:column)" and "  overrides ... = value" lines.
    QString toText() const;
    // The same as a JSON object (one line per field, 2-space indentation).
    QString toJson() const;
};

} // namespace Stackdeck
