#pragma once

#include "models/live/logrecord.h"
#include "models/live/logregexmatcher.h"

#include <QRegularExpression>
#include <QSet>

namespace Stackdeck {

// What a log filter keeps: a regular expression over the text, a set of levels and of services.
struct LogFilterCriteria
{
    static constexpr quint8 AllLevels = 0x1f;
    static quint8 levelBit(LogLevel level) { return quint8(1u << quint8(level)); }

    QRegularExpression regex;     // empty pattern: every text
    quint8 levels = AllLevels;    // bit per LogLevel
    QSet<QString> services;       // empty: every service

    bool keepsEverything() const
    {
        return regex.pattern().isEmpty() && levels == AllLevels && services.isEmpty();
    }

    bool matches(const LogRecord &line) const
    {
        if (!(levels & levelBit(line.level)))
            return false;
        if (!services.isEmpty() && !services.contains(line.service))
            return false;
        return regex.pattern().isEmpty() || regex.match(line.text).hasMatch();
    }

    // The same test through a per-thread matcher built from `regex` (the bulk path).
    bool matches(const LogRecord &line, const LogRegexMatcher &matcher) const
    {
        if (!(levels & levelBit(line.level)))
            return false;
        if (!services.isEmpty() && !services.contains(line.service))
            return false;
        return regex.pattern().isEmpty() || matcher.matches(line.text);
    }
};

} // namespace Stackdeck
