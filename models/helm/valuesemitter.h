#pragma once

#include "models/core/yamlnode.h"

#include <QString>

namespace Stackdeck {

// Deterministic YAML and JSON text for effective values: key order as first written, strings quoted
// whenever they would otherwise read as another type (number, bool, null, YAML 1.1 yes/no...).
class ValuesEmitter final
{
public:
    enum class ScalarType : quint8 { Null, Bool, Integer, Float, String };

    // How a YAML 1.2 core-schema reader types this scalar (quoted and !!str-tagged are strings).
    static ScalarType scalarType(const YamlNodePtr &node);

    // Block-style YAML document ending in a newline ("{}\n" for an empty mapping).
    static QString toYaml(const YamlNodePtr &root);
    // Pretty JSON with 2-space indentation, keys in document order.
    static QString toJson(const YamlNodePtr &root);
    // One-line flow form for messages, cut at `maxChars` with "...".
    static QString toFlow(const YamlNodePtr &node, int maxChars = 160);

    // A scalar (or key) as YAML text: plain when that reads back the same, else double-quoted.
    static QString scalarText(const YamlNodePtr &node);
    // A string as YAML text: plain when unambiguous, else double-quoted.
    static QString stringText(const QString &text);
    // True when a plain scalar `text` would read as something other than this string.
    static bool needsQuotes(const QString &text);
};

} // namespace Stackdeck
