#pragma once

#include "models/core/yamlnode.h"

#include <QString>

namespace Stackdeck {

// Writes a scalar value as YAML text, choosing quoting so it reads back with the intended type.
class ScalarFormatter final
{
public:
    // True when `plain`, written unquoted, reads as a string under both YAML 1.1 and 1.2 (compose v1 uses 1.1).
    static bool resolvesToString(const QString &plain);
    // True when `value` can be written unquoted at all (no indicators, comments, line breaks).
    static bool isPlainSafe(const QString &value, bool flow);
    static QString doubleQuoted(const QString &value);
    static QString singleQuoted(const QString &value);
    // The text for `value`: keeps `oldStyle` quoting when it can; `wantString` forces a string reading.
    static QString format(const QString &value, bool wantString, YamlNode::Style oldStyle, bool flow);
    // The text for a mapping key.
    static QString formatKey(const QString &key, bool flow);
    // Whether a node as read holds a string (quoted, block, or a plain scalar that resolves to one).
    static bool readsAsString(const YamlNode &node);
};

} // namespace Stackdeck
