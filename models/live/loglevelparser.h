#pragma once

#include "models/live/logrecord.h"

#include <QStringView>

namespace Stackdeck {

// Recognises a line's level in plain ("ERROR ...", "[warn]", "level=info") and JSON
// ({"level":"error"}, "severity") lines without a regex: it runs for every ingested line.
class LogLevelParser final
{
public:
    static LogLevel detect(QStringView text);
    static LogLevel fromWord(QStringView word);
    static QString name(LogLevel level);
};

} // namespace Stackdeck
