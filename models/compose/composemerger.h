#pragma once

#include "models/core/yamlnode.h"

#include <QStringList>

namespace Stackdeck {

// Compose's override rules for several -f files and for `extends`:
// maps merge, sequences append, command/entrypoint/healthcheck.test replace, key=value lists merge by key,
// ports/volumes/secrets/configs merge by their unique key, `!reset` removes and `!override` replaces.
class ComposeMerger final
{
public:
    // Two whole documents (top-level mappings).
    static YamlNodePtr mergeDocuments(const YamlNodePtr &base, const YamlNodePtr &over);
    // Two service mappings (used by extends).
    static YamlNodePtr mergeServices(const YamlNodePtr &base, const YamlNodePtr &over);

private:
    enum class Rule { Default, Replace, KeyValue, HostKeyValue, UniquePort, UniqueVolume, UniqueMount, UniqueValue,
                      DependsOn, Networks, Logging, Build };

    static Rule ruleFor(const QStringList &path);
    static YamlNodePtr mergeAt(const YamlNodePtr &base, const YamlNodePtr &over, QStringList &path);
    static YamlNodePtr mergeMaps(const YamlNodePtr &base, const YamlNodePtr &over, QStringList &path);
    static YamlNodePtr mergeKeyValue(const YamlNodePtr &base, const YamlNodePtr &over, bool hostSyntax);
    static YamlNodePtr mergeUnique(const YamlNodePtr &base, const YamlNodePtr &over, Rule rule);
    static YamlNodePtr mapify(const YamlNodePtr &list, bool dependsOn);
};

} // namespace Stackdeck
