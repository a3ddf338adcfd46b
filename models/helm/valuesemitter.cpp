#include "models/helm/valuesemitter.h"

#include <QRegularExpression>
#include <QStringList>

namespace Stackdeck {
namespace {

bool looksTyped(const QString &text)
{
    // YAML 1.1 (Helm's go-yaml) and 1.2 readings of plain scalars that are not strings.
    static const QRegularExpression typed(QStringLiteral(
        "^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
        "|y|Y|n|N"
        "|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
        "|[-+]?0[xX][0-9a-fA-F_]+|0o[0-7]+|[-+]?0b[01_]+"
        "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
        "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$"));
    return typed.match(text).hasMatch();
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString jsonScalar(const YamlNodePtr &n)
{
    switch (ValuesEmitter::scalarType(n)) {
    case ValuesEmitter::ScalarType::Null: return QStringLiteral("null");
    case ValuesEmitter::ScalarType::Bool: return n->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValuesEmitter::ScalarType::Integer: return QString::number(n->toInteger());
    case ValuesEmitter::ScalarType::Float: {
        static const QRegularExpression json(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        if (json.match(n->value).hasMatch())
            return n->value;
        bool ok = false;
        const double d = n->toNumber(&ok);
        return ok ? QString::number(d, 'g', 17) : jsonString(n->value); // .inf/.nan have no JSON form
    }
    case ValuesEmitter::ScalarType::String: return jsonString(n->value);
    }
    return jsonString(n->value);
}

QString keyOf(const YamlNodePtr &key)
{
    if (!key)
        return QStringLiteral("null");
    if (key->isScalar() || key->isNull())
        return ValuesEmitter::scalarText(key);
    return QStringLiteral("? ") + ValuesEmitter::toFlow(key, 1 << 20); // complex key, rare in values files
}

bool isInline(const YamlNodePtr &n)
{
    return !n || n->isNull() || n->isScalar() || (n->isMap() && n->pairs.isEmpty())
           || (n->isSequence() && n->items.isEmpty());
}

QString inlineText(const YamlNodePtr &n)
{
    if (!n || n->isNull())
        return QStringLiteral("null");
    if (n->isMap())
        return QStringLiteral("{}");
    if (n->isSequence())
        return QStringLiteral("[]");
    return ValuesEmitter::scalarText(n);
}

void blockLines(const YamlNodePtr &n, int indent, QStringList &lines)
{
    const QString pad(indent, u' ');
    if (isInline(n)) {
        lines.append(pad + inlineText(n));
        return;
    }
    if (n->isMap()) {
        for (const YamlPair &p : n->pairs) {
            const QString head = pad + keyOf(p.key) + u':';
            if (isInline(p.value)) {
                lines.append(head + u' ' + inlineText(p.value));
            } else {
                lines.append(head);
                blockLines(p.value, indent + 2, lines);
            }
        }
        return;
    }
    for (const YamlNodePtr &item : n->items) {
        if (isInline(item)) {
            lines.append(pad + QStringLiteral("- ") + inlineText(item));
            continue;
        }
        // The item's first line shares the dash: "- key: value" / "- - a".
        const qsizetype first = lines.size();
        blockLines(item, indent + 2, lines);
        lines[first] = pad + QStringLiteral("- ") + lines[first].mid(indent + 2);
    }
}

void jsonLines(const YamlNodePtr &n, int indent, QString &out)
{
    if (!n || n->isNull() || n->isScalar()) {
        out += n ? jsonScalar(n) : QStringLiteral("null");
        return;
    }
    const QString pad(indent + 2, u' ');
    if (n->isMap()) {
        if (n->pairs.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QStringLiteral("{\n");
        for (qsizetype i = 0; i < n->pairs.size(); ++i) {
            const YamlPair &p = n->pairs[i];
            const QString key = p.key && p.key->isScalar() ? p.key->value : ValuesEmitter::toFlow(p.key, 1 << 20);
            out += pad + jsonString(key) + QStringLiteral(": ");
            jsonLines(p.value, indent + 2, out);
            out += i + 1 < n->pairs.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += QString(indent, u' ') + u'}';
        return;
    }
    if (n->items.isEmpty()) {
        out += QStringLiteral("[]");
        return;
    }
    out += QStringLiteral("[\n");
    for (qsizetype i = 0; i < n->items.size(); ++i) {
        out += pad;
        jsonLines(n->items[i], indent + 2, out);
        out += i + 1 < n->items.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    out += QString(indent, u' ') + u']';
}

void flow(const YamlNodePtr &n, QString &out, int maxChars)
{
    if (out.size() > maxChars)
        return;
    if (isInline(n)) {
        out += inlineText(n);
        return;
    }
    if (n->isMap()) {
        out += u'{';
        for (qsizetype i = 0; i < n->pairs.size() && out.size() <= maxChars; ++i) {
            if (i)
                out += QStringLiteral(", ");
            out += keyOf(n->pairs[i].key) + QStringLiteral(": ");
            flow(n->pairs[i].value, out, maxChars);
        }
        out += u'}';
        return;
    }
    out += u'[';
    for (qsizetype i = 0; i < n->items.size() && out.size() <= maxChars; ++i) {
        if (i)
            out += QStringLiteral(", ");
        flow(n->items[i], out, maxChars);
    }
    out += u']';
}

} // namespace

ValuesEmitter::ScalarType ValuesEmitter::scalarType(const YamlNodePtr &node)
{
    if (!node || node->isNull())
        return ScalarType::Null;
    if (!node->isScalar())
        return ScalarType::String;
    if (node->isQuoted() || node->style == YamlNode::Style::Literal || node->style == YamlNode::Style::Folded)
        return ScalarType::String;
    if (!node->tag.isEmpty()) {
        if (node->tag.endsWith(u"bool"))
            return node->isBool() ? ScalarType::Bool : ScalarType::String;
        if (node->tag.endsWith(u"int"))
            return node->isInteger() ? ScalarType::Integer : ScalarType::String;
        if (node->tag.endsWith(u"float"))
            return node->isNumber() ? ScalarType::Float : ScalarType::String;
        return ScalarType::String;
    }
    if (node->isBool())
        return ScalarType::Bool;
    if (node->isInteger())
        return ScalarType::Integer;
    static const QRegularExpression special(QStringLiteral("^([-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (node->isNumber() || special.match(node->value).hasMatch())
        return ScalarType::Float;
    return ScalarType::String;
}

bool ValuesEmitter::needsQuotes(const QString &text)
{
    if (text.isEmpty() || looksTyped(text))
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front())) {
        // "-x", ":x" and "?x" are fine plain; "- x", "? x", ": x" and a lone indicator are not.
        const bool dashLike = text.front() == u'-' || text.front() == u'?' || text.front() == u':';
        if (!dashLike || text.size() == 1 || text.at(1).isSpace() || text.startsWith(QStringLiteral("---")))
            return true;
    }
    if (text.contains(QStringLiteral(": ")) || text.contains(QStringLiteral(" #")) || text.endsWith(u':'))
        return true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xFEFF))
            return true;
    }
    return false;
}

QString ValuesEmitter::stringText(const QString &text)
{
    return needsQuotes(text) ? quoted(text) : text;
}

QString ValuesEmitter::scalarText(const YamlNodePtr &node)
{
    const ScalarType type = scalarType(node);
    if (type == ScalarType::Null)
        return QStringLiteral("null");
    if (type == ScalarType::String)
        return stringText(node->value);
    return node->value; // bools and numbers as written: "0.5", "True", "0x1F"
}

QString ValuesEmitter::toYaml(const YamlNodePtr &root)
{
    QStringList lines;
    blockLines(root, 0, lines);
    return lines.join(u'\n') + u'\n';
}

QString ValuesEmitter::toJson(const YamlNodePtr &root)
{
    QString out;
    jsonLines(root, 0, out);
    return out + u'\n';
}

QString ValuesEmitter::toFlow(const YamlNodePtr &node, int maxChars)
{
    QString out;
    flow(node, out, maxChars);
    if (out.size() > maxChars)
        out = out.left(maxChars) + QStringLiteral("...");
    return out;
}

} // namespace Stackdeck
