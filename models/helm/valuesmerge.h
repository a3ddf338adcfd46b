#pragma once

#include "models/core/finding.h"
#include "models/core/yamlnode.h"

namespace Stackdeck {

// Helm's layering rules over YamlNode trees; unchanged subtrees are shared, never copied.
class ValuesMerge final
{
public:
    // Applies YAML "<<" merge keys (a mapping or a list of mappings; explicit keys win, earlier sources
    // win over later ones). Bad merge sources become warnings in `findings`.
    static YamlNodePtr resolveMergeKeys(const YamlNodePtr &root, Findings *findings = nullptr);

    // `over` laid on `base`: maps merge recursively, lists and scalars replace, a null deletes the key.
    // A null `base` means "nothing yet". Every node keeps the location of the layer that wrote it.
    static YamlNodePtr overlay(const YamlNodePtr &base, const YamlNodePtr &over);

    // `node` without null-valued map entries (a later layer's null deletes nothing there).
    static YamlNodePtr stripNulls(const YamlNodePtr &node);

    // Key equality used by merging: scalar text, or structure for complex keys.
    static bool sameKey(const YamlNodePtr &a, const YamlNodePtr &b);
};

} // namespace Stackdeck
