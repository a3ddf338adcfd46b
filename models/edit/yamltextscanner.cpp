#include "models/edit/yamltextscanner.h"

namespace Stackdeck {

namespace {
bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isBreak(char c) { return c == '\n' || c == '\r'; }
bool isFlowEnd(char c) { return c == ',' || c == ']' || c == '}'; }
} // namespace

qsizetype YamlTextScanner::lineStart(qsizetype at) const
{
    while (at > 0 && m_text.at(at - 1) != '\n')
        --at;
    return at;
}

qsizetype YamlTextScanner::lineEnd(qsizetype at) const
{
    const qsizetype nl = m_text.indexOf('\n', at);
    if (nl < 0)
        return m_text.size();
    return nl > at && m_text.at(nl - 1) == '\r' ? nl - 1 : nl;
}

qsizetype YamlTextScanner::nextLineStart(qsizetype at) const
{
    const qsizetype nl = m_text.indexOf('\n', at);
    return nl < 0 ? m_text.size() : nl + 1;
}

int YamlTextScanner::indentAt(qsizetype at) const
{
    qsizetype i = lineStart(at);
    int n = 0;
    while (i < m_text.size() && m_text.at(i) == ' ') {
        ++i;
        ++n;
    }
    return n;
}

bool YamlTextScanner::onlySpacesBefore(qsizetype at) const
{
    for (qsizetype i = lineStart(at); i < at; ++i) {
        if (m_text.at(i) != ' ')
            return false;
    }
    return true;
}

QByteArray YamlTextScanner::lineBreak() const
{
    const qsizetype nl = m_text.indexOf('\n');
    return nl > 0 && m_text.at(nl - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

qsizetype YamlTextScanner::skipSpaces(qsizetype at) const
{
    while (at < m_text.size() && isBlank(m_text.at(at)))
        ++at;
    return at;
}

qsizetype YamlTextScanner::skipProperties(qsizetype at) const
{
    at = std::max<qsizetype>(0, at);
    for (int guard = 0; guard < 4 && at < m_text.size(); ++guard) {
        const char c = m_text.at(at);
        if (c != '&' && c != '!')
            break;
        while (at < m_text.size() && !isBlank(m_text.at(at)) && !isBreak(m_text.at(at)))
            ++at;
        at = skipSpaces(at);
    }
    return at;
}

YamlTextScanner::Extent YamlTextScanner::scalarExtent(qsizetype at, bool flow, bool key, const QString &value,
                                                      int parentIndent) const
{
    at = skipProperties(at);
    if (at >= m_text.size())
        return value.isEmpty() ? Extent{at, at} : Extent{};
    const char first = m_text.at(at);
    if (first == '\'') {
        for (qsizetype i = at + 1; i < m_text.size(); ++i) {
            if (m_text.at(i) != '\'')
                continue;
            if (i + 1 < m_text.size() && m_text.at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return Extent{at, i + 1};
        }
        return Extent{};
    }
    if (first == '"') {
        for (qsizetype i = at + 1; i < m_text.size(); ++i) {
            if (m_text.at(i) == '\\')
                ++i;
            else if (m_text.at(i) == '"')
                return Extent{at, i + 1};
        }
        return Extent{};
    }
    if (!key && !flow && (first == '|' || first == '>')) {
        // Block scalar: the header, then every line indented deeper than the parent (blank lines inside).
        qsizetype headerEnd = at + 1;
        int explicitIndent = 0;
        while (headerEnd < m_text.size() && !isBlank(m_text.at(headerEnd)) && !isBreak(m_text.at(headerEnd))) {
            const char c = m_text.at(headerEnd);
            if (c >= '1' && c <= '9')
                explicitIndent = c - '0';
            ++headerEnd;
        }
        int contentIndent = explicitIndent > 0 ? parentIndent + explicitIndent : -1;
        qsizetype end = headerEnd;
        for (qsizetype ls = nextLineStart(at); ls < m_text.size(); ls = nextLineStart(ls)) {
            const qsizetype le = lineEnd(ls);
            qsizetype i = ls;
            while (i < le && m_text.at(i) == ' ')
                ++i;
            if (i == le || (i < le && m_text.at(i) == '\t' && skipSpaces(i) == le))
                continue; // blank line: belongs to the scalar only if content follows
            const int indent = int(i - ls);
            if (contentIndent < 0)
                contentIndent = indent > parentIndent ? indent : parentIndent + 1;
            if (indent < contentIndent)
                break;
            end = le;
        }
        return Extent{at, end};
    }
    // Plain scalar: the first line, then continuation lines until the folded text equals `value`.
    auto lineContentEnd = [&](qsizetype from) {
        qsizetype i = from;
        while (i < m_text.size()) {
            const char c = m_text.at(i);
            if (isBreak(c))
                break;
            if (c == '#' && i > from && isBlank(m_text.at(i - 1)))
                break;
            if (c == ':' && (i + 1 >= m_text.size() || isBlank(m_text.at(i + 1)) || isBreak(m_text.at(i + 1))
                             || (flow && isFlowEnd(m_text.at(i + 1)))))
                break;
            if (flow && isFlowEnd(c))
                break;
            ++i;
        }
        while (i > from && isBlank(m_text.at(i - 1)))
            --i;
        return i;
    };
    qsizetype end = lineContentEnd(at);
    QString folded = QString::fromUtf8(m_text.mid(at, end - at));
    if (folded == value)
        return Extent{at, end};
    if (key || !value.startsWith(folded) || folded.isEmpty())
        return Extent{};
    int pendingBreaks = 0;
    for (qsizetype ls = nextLineStart(end); ls < m_text.size(); ls = nextLineStart(ls)) {
        const qsizetype start = skipSpaces(ls);
        const qsizetype le = lineEnd(ls);
        if (start >= le) {
            ++pendingBreaks;
            continue;
        }
        if (m_text.at(start) == '#')
            return Extent{};
        const qsizetype contentEnd = lineContentEnd(start);
        if (contentEnd == start)
            return Extent{};
        folded += pendingBreaks > 0 ? QString(pendingBreaks, QLatin1Char('\n')) : QStringLiteral(" ");
        folded += QString::fromUtf8(m_text.mid(start, contentEnd - start));
        pendingBreaks = 0;
        end = contentEnd;
        if (folded == value)
            return Extent{at, end};
        if (folded.size() >= value.size() || contentEnd < le)
            return Extent{};
    }
    return Extent{};
}

qsizetype YamlTextScanner::flowEnd(qsizetype at) const
{
    at = skipProperties(at);
    if (at >= m_text.size() || (m_text.at(at) != '[' && m_text.at(at) != '{'))
        return -1;
    int depth = 0;
    for (qsizetype i = at; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i + 1;
        } else if (c == '\'' || c == '"') {
            const Extent q = scalarExtent(i, true, false, QString(), 0);
            if (!q.ok())
                return -1;
            i = q.end - 1;
        } else if (c == '#' && i > 0 && (isBlank(m_text.at(i - 1)) || isBreak(m_text.at(i - 1)))) {
            i = lineEnd(i) - 1;
        }
    }
    return -1;
}

qsizetype YamlTextScanner::colonAfter(qsizetype keyEnd) const
{
    const qsizetype i = skipSpaces(keyEnd);
    return i < m_text.size() && m_text.at(i) == ':' ? i + 1 : -1;
}

YamlTextScanner::Extent YamlTextScanner::nullAfterColon(qsizetype colonEnd) const
{
    const qsizetype p = skipSpaces(colonEnd);
    const qsizetype q = skipProperties(p);
    const QByteArray word = m_text.mid(q, 4);
    qsizetype len = 0;
    if (q < m_text.size() && m_text.at(q) == '~')
        len = 1;
    else if (word == "null" || word == "Null" || word == "NULL")
        len = 4;
    if (len > 0)
        return Extent{q, q + len};
    qsizetype end = q > p ? q : colonEnd;
    while (end > colonEnd && isBlank(m_text.at(end - 1)))
        --end;
    return Extent{end, end};
}

qsizetype YamlTextScanner::nodeEnd(const YamlNodePtr &node, bool flow, int parentIndent) const
{
    if (!node || node->location.offset < 0)
        return -1;
    const qsizetype at = node->location.offset;
    if (node->isAlias()) {
        if (at < m_text.size() && m_text.at(at) == '*')
            return at + 1 + node->alias.toUtf8().size();
        return -1;
    }
    switch (node->kind) {
    case YamlNode::Kind::Scalar: {
        const Extent e = scalarExtent(at, flow, false, node->value, parentIndent);
        return e.ok() ? e.end : -1;
    }
    case YamlNode::Kind::Null: {
        const qsizetype q = skipProperties(at);
        if (q < m_text.size() && m_text.at(q) == '~')
            return q + 1;
        const QByteArray word = m_text.mid(q, 4);
        if (word == "null" || word == "Null" || word == "NULL")
            return q + 4;
        return -1;
    }
    case YamlNode::Kind::Sequence:
    case YamlNode::Kind::Map:
        break;
    }
    if (node->isFlow() || flow)
        return flowEnd(at);
    if (node->isMap()) {
        if (node->pairs.isEmpty())
            return -1;
        const YamlPair &last = node->pairs.constLast();
        return pairEnd(last, false, columnAt(last.key->location.offset));
    }
    if (node->items.isEmpty())
        return -1;
    const YamlNodePtr &last = node->items.constLast();
    qsizetype dash = last->location.offset - 1;
    while (dash > 0 && m_text.at(dash) == ' ')
        --dash;
    const int dashColumn = dash >= 0 && m_text.at(dash) == '-' ? columnAt(dash) : columnAt(last->location.offset);
    return nodeEnd(last, false, dashColumn);
}

qsizetype YamlTextScanner::pairEnd(const YamlPair &pair, bool flow, int parentIndent) const
{
    if (pair.value && pair.value->isNull() && !pair.value->isAlias()) {
        const Extent key = scalarExtent(pair.key->location.offset, flow, true, pair.key->value, parentIndent);
        if (!key.ok())
            return -1;
        const qsizetype colon = colonAfter(key.end);
        return colon < 0 ? -1 : nullAfterColon(colon).end;
    }
    return nodeEnd(pair.value, flow, parentIndent);
}

} // namespace Stackdeck
