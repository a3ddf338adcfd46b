#include "models/compose/shortsyntax.h"

namespace Stackdeck {
namespace {

bool isPortOrRange(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QStringList parts = s.split(u'-');
    if (parts.size() > 2)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        p.toUInt(&ok);
        if (!ok || p.isEmpty())
            return false;
    }
    return true;
}

bool looksLikePath(const QString &s)
{
    return s.startsWith(u'/') || s.startsWith(u'.') || s.startsWith(u'~') || s.startsWith(u'$')
        || (s.size() > 2 && s[1] == u':' && (s[2] == u'\\' || s[2] == u'/')); // C:\ on Windows hosts
}

} // namespace

std::optional<ShortSyntax::Port> ShortSyntax::parsePort(const QString &text)
{
    Port port;
    QString rest = text.trimmed();
    const qsizetype slash = rest.lastIndexOf(u'/');
    if (slash >= 0) {
        port.protocol = rest.mid(slash + 1);
        rest.truncate(slash);
        if (port.protocol.isEmpty())
            return std::nullopt;
    }
    if (rest.startsWith(u'[')) { // [IPv6]:published:target
        const qsizetype close = rest.indexOf(u']');
        if (close < 0 || close + 1 >= rest.size() || rest[close + 1] != u':')
            return std::nullopt;
        port.hostIp = rest.mid(1, close - 1);
        rest = rest.mid(close + 2);
        const qsizetype colon = rest.lastIndexOf(u':');
        if (colon < 0)
            return std::nullopt;
        port.published = rest.left(colon);
        port.target = rest.mid(colon + 1);
    } else {
        const QStringList parts = rest.split(u':');
        if (parts.size() == 1) {
            port.target = parts[0];
        } else if (parts.size() == 2) {
            port.published = parts[0];
            port.target = parts[1];
        } else if (parts.size() == 3) {
            port.hostIp = parts[0];
            port.published = parts[1];
            port.target = parts[2];
        } else { // bare IPv6 address: everything before the last two fields
            port.target = parts.last();
            port.published = parts[parts.size() - 2];
            port.hostIp = parts.mid(0, parts.size() - 2).join(u':');
        }
    }
    if (!isPortOrRange(port.target) || (!port.published.isEmpty() && !isPortOrRange(port.published)))
        return std::nullopt;
    return port;
}

std::optional<ShortSyntax::Volume> ShortSyntax::parseVolume(const QString &text)
{
    Volume v;
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    // Split on ':' but keep a Windows drive letter ("C:\...") in the source.
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u':')
            continue;
        const bool drive = i - start == 1 && s[start].isLetter() && i + 1 < s.size() && (s[i + 1] == u'\\' || s[i + 1] == u'/');
        if (drive)
            continue;
        parts.append(s.mid(start, i - start));
        start = i + 1;
    }
    parts.append(s.mid(start));
    if (parts.size() == 1) {
        v.target = parts[0];
    } else if (parts.size() == 2) {
        v.source = parts[0];
        v.target = parts[1];
    } else if (parts.size() == 3) {
        v.source = parts[0];
        v.target = parts[1];
        v.mode = parts[2];
    } else {
        return std::nullopt;
    }
    if (v.target.isEmpty())
        return std::nullopt;
    v.type = !v.source.isEmpty() && looksLikePath(v.source) ? QStringLiteral("bind") : QStringLiteral("volume");
    const QStringList modes = v.mode.split(u',');
    v.readOnly = modes.contains(QStringLiteral("ro"));
    return v;
}

QStringList ShortSyntax::splitCommand(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < text.size() && QStringView(u"\"\\$`").contains(text[i + 1]))
                word += text[++i];
            else
                word += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

QString ShortSyntax::normalizeProjectName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-')
            out += c;
    }
    while (!out.isEmpty() && (out.front() == u'_' || out.front() == u'-'))
        out.remove(0, 1);
    return out;
}

} // namespace Stackdeck
