#pragma once

#include "models/core/finding.h"
#include "models/core/yamlnode.h"

#include <QHash>

namespace Stackdeck {

// Applies YAML "<<" merge keys: explicit keys win, earlier merged maps win over later ones.
class MergeKeys final
{
public:
    // Returns the same pointer when the tree holds no merge key.
    static YamlNodePtr apply(const YamlNodePtr &root, Findings &findings);

private:
    explicit MergeKeys(Findings &findings) : m_findings(findings) {}
    YamlNodePtr resolve(const YamlNodePtr &node, int depth);
    YamlNodePtr mergeMap(const YamlNodePtr &node, int depth);

    Findings &m_findings;
    QHash<const void *, YamlNodePtr> m_done; // by shared children, so aliases are resolved once
};

} // namespace Stackdeck
