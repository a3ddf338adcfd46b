#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"

#include <QList>
#include <QStringList>

namespace Stackdeck {

// Where a path leads in a raw YAML tree: the nodes passed on the way, the target, or the
// deepest existing node and the keys still missing below it.
struct ResolvedPath
{
    struct Step
    {
        YamlNodePtr container; // a map (index into pairs) or a sequence (index into items)
        qsizetype index = 0;
        bool flow = false;     // the container is written in flow style, or sits inside one
    };

    QList<Step> steps;     // one per path segment that exists
    YamlNodePtr target;    // the node at the full path, when it exists
    YamlNodePtr deepest;   // otherwise: the deepest existing map (or null value) on the path
    QStringList missing;   // the segments below `deepest` that do not exist yet
    bool deepestFlow = false;
    // The last key exists only through a "<<" merge: the owning map gets an override key.
    YamlNodePtr mergedValue;
    SourceLocation mergeLocation;
    QString mergeAlias;

    bool found() const { return target != nullptr; }
    int depth() const { return int(steps.size()); } // segments that exist (directly)
};

// Follows a path of keys and indices through a YamlDocument's raw tree (aliases shared, "<<" kept raw).
class PathResolver final
{
public:
    // Errors: the path runs through an alias or into a scalar, a list index is out of range,
    // or a deeper key comes from a "<<" merge (changing it would replace the whole merged mapping).
    static Result<ResolvedPath> resolve(const YamlDocument &doc, const QStringList &path);
    // Depth to which `path` exists in `doc` (directly or through "<<"), -1 when it hits an error.
    static int existingDepth(const YamlDocument &doc, const QStringList &path);
    // The node a "<<" merge in `map` provides for `key` (searching nested merges), or nullptr.
    static YamlNodePtr findInMerge(const YamlNode &map, const QString &key, SourceLocation *mergeAt,
                                   QString *alias, int guard = 0);
};

} // namespace Stackdeck
