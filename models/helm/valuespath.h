#pragma once

#include "models/core/yamlnode.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// A key into a values tree: "spark.executor.instances", "a.b[0]", "a.b.0",
// "connect.sparkConf.spark.sql.shuffle.partitions" (dotted keys are matched against the tree),
// or with explicit quoting: connect.sparkConf["spark.sql.shuffle.partitions"].
class ValuesPath final
{
public:
    struct Segment
    {
        QString key;     // map key (when index < 0)
        int index = -1;  // list index
        friend bool operator==(const Segment &, const Segment &) = default;
    };
    using Segments = QList<Segment>;

    // Splits `key` using the first of `trees` that resolves it completely (else the deepest match);
    // the unresolved remainder is split at every dot. Returns an empty list for a malformed key.
    static Segments split(const QString &key, const QList<YamlNodePtr> &trees, QString *error = nullptr);

    // The node at `path`, or nullptr; `resolved` receives how many segments were found.
    static YamlNodePtr lookup(const YamlNodePtr &root, const Segments &path, qsizetype *resolved = nullptr);

    // Canonical text: keys joined by '.', indexes as [N], keys holding '.', '[' or ']' as ["key"].
    static QString join(const Segments &path);
};

} // namespace Stackdeck
