#pragma once

#include "models/core/finding.h"
#include "models/core/result.h"
#include "models/core/yamlnode.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

// One YAML file as read: its exact bytes and its located node tree.
struct YamlDocument
{
    QString file;
    QByteArray text;  // the bytes on disk; a no-op save writes these back unchanged
    YamlNodePtr root; // raw tree: aliases shared, "<<" merge keys not applied
    Findings findings; // non-fatal problems found while reading (duplicate keys, extra documents)

    // Location of a byte offset in `text`, with a character (not byte) column.
    SourceLocation locationAt(qsizetype offset) const;
};

} // namespace Stackdeck
