#include "models/live/loglevelparser.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// Only the head of a line carries its level; scanning further finds words in messages.
constexpr qsizetype HeadLength = 160;

bool isWordChar(QChar c)
{
    return c.isLetter();
}

bool isAllUpper(QStringView word)
{
    for (QChar c : word) {
        if (!c.isUpper())
            return false;
    }
    return true;
}

// Value after a JSON key such as "level": skips blanks, colon and the opening quote.
LogLevel jsonValue(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key, 0, Qt::CaseInsensitive);
    if (at < 0)
        return LogLevel::Unknown;
    qsizetype i = at + key.size();
    while (i < text.size() && (text[i].isSpace() || text[i] == u':'))
        ++i;
    if (i >= text.size() || text[i] != u'"')
        return LogLevel::Unknown;
    const qsizetype start = ++i;
    while (i < text.size() && text[i] != u'"')
        ++i;
    return LogLevelParser::fromWord(text.mid(start, i - start));
}

bool isLevelKey(QStringView key)
{
    return key.compare(u"level"_s, Qt::CaseInsensitive) == 0
        || key.compare(u"lvl"_s, Qt::CaseInsensitive) == 0
        || key.compare(u"severity"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

LogLevel LogLevelParser::fromWord(QStringView word)
{
    struct Entry { QStringView word; LogLevel level; };
    static const Entry table[] = {
        {u"error", LogLevel::Error}, {u"err", LogLevel::Error}, {u"fatal", LogLevel::Error},
        {u"panic", LogLevel::Error}, {u"critical", LogLevel::Error}, {u"crit", LogLevel::Error},
        {u"severe", LogLevel::Error}, {u"emerg", LogLevel::Error}, {u"alert", LogLevel::Error},
        {u"warn", LogLevel::Warn}, {u"warning", LogLevel::Warn},
        {u"info", LogLevel::Info}, {u"notice", LogLevel::Info}, {u"information", LogLevel::Info},
        {u"debug", LogLevel::Debug}, {u"trace", LogLevel::Debug}, {u"dbg", LogLevel::Debug},
        {u"verbose", LogLevel::Debug},
    };
    if (word.size() < 3 || word.size() > 11)
        return LogLevel::Unknown;
    for (const Entry &e : table) {
        if (word.compare(e.word, Qt::CaseInsensitive) == 0)
            return e.level;
    }
    return LogLevel::Unknown;
}

LogLevel LogLevelParser::detect(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'{')) {
        for (QStringView key : {QStringView(u"\"level\""), QStringView(u"\"severity\""),
                                QStringView(u"\"lvl\"")}) {
            const LogLevel level = jsonValue(trimmed, key);
            if (level != LogLevel::Unknown)
                return level;
        }
        return LogLevel::Unknown;
    }
    const QStringView head = trimmed.left(HeadLength);
    qsizetype i = 0;
    bool first = true;
    while (i < head.size()) {
        if (!isWordChar(head[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < head.size() && isWordChar(head[i]))
            ++i;
        const QStringView word = head.mid(start, i - start);
        const QChar before = start > 0 ? head[start - 1] : QChar();
        const QChar after = i < head.size() ? head[i] : QChar();
        // level=info, severity="warn", lvl=dbg (logfmt, as Prometheus and Grafana write it)
        if (after == u'=' && isLevelKey(word)) {
            qsizetype v = i + 1;
            if (v < head.size() && head[v] == u'"')
                ++v;
            qsizetype e = v;
            while (e < head.size() && isWordChar(head[e]))
                ++e;
            const LogLevel level = fromWord(head.mid(v, e - v));
            if (level != LogLevel::Unknown)
                return level;
            continue;
        }
        const bool bracketed = (before == u'[' && after == u']') || (before == u'<' && after == u'>');
        const bool leadingWithColon = first && after == u':';
        // Postgres writes "LOG:" for its ordinary messages.
        if (word == u"LOG" && after == u':')
            return LogLevel::Info;
        if (bracketed || leadingWithColon || isAllUpper(word)) {
            const LogLevel level = fromWord(word);
            if (level != LogLevel::Unknown)
                return level;
        }
        first = false;
    }
    return LogLevel::Unknown;
}

QString LogLevelParser::name(LogLevel level)
{
    switch (level) {
    case LogLevel::Error: return u"ERROR"_s;
    case LogLevel::Warn: return u"WARN"_s;
    case LogLevel::Info: return u"INFO"_s;
    case LogLevel::Debug: return u"DEBUG"_s;
    case LogLevel::Unknown: break;
    }
    return QString();
}

} // namespace Stackdeck
