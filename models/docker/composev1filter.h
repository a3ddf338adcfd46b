#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace Stackdeck {

// compose v1 rejects a top-level `name:` and `healthcheck.start_interval`; this deletes exactly those
// lines (found through the YamlNode locations) from the original text, leaving every other byte alone.
class ComposeV1Filter final
{
public:
    struct Filtered
    {
        QByteArray text;
        QList<int> removedLines; // 1-based lines of the original that were deleted, ascending
        QString name;            // value of the removed top-level name:, if any
    };

    static Result<Filtered> filter(const YamlDocument &document);

    // Reads `path`; when something needs removing, writes the filtered copy as a hidden 0600 temp file
    // next to it (so relative paths resolve as before) and returns it; returns nullptr when the
    // original can be used unchanged (nothing to remove, or YAML v1 should report itself).
    static Result<std::shared_ptr<QTemporaryFile>> writeCopy(const QString &path, Filtered *filtered = nullptr);
};

} // namespace Stackdeck
