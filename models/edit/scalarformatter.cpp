#include "models/edit/scalarformatter.h"

#include <QRegularExpression>

namespace Stackdeck {

bool ScalarFormatter::resolvesToString(const QString &plain)
{
    // Core schema of YAML 1.2 plus the YAML 1.1 booleans, base-60 numbers and timestamps PyYAML reads.
    static const QRegularExpression nonString(QStringLiteral(
        "^(?:"
        "~|null|Null|NULL|"
        "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
        "[-+]?0b[01_]+|[-+]?0o?[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*|"
        "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|"
        "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|"
        "[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?[eE][-+]?[0-9]+|"
        "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|"
        "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|"
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
        "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?|"
        "<<|="
        ")$"));
    if (plain.isEmpty())
        return false;
    return !nonString.match(plain).hasMatch();
}

bool ScalarFormatter::isPlainSafe(const QString &value, bool flow)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace())
        return false;
    const QChar first = value.front();
    static const QString indicators = QStringLiteral(",[]{}#&*!|>'\"%@`");
    if (indicators.contains(first))
        return false;
    if ((first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':'))
        && (value.size() == 1 || value.at(1).isSpace()))
        return false;
    if (value.startsWith(QLatin1String("---")) || value.startsWith(QLatin1String("...")))
        return false;
    if (value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #"))
        || value.endsWith(QLatin1Char(':')))
        return false;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xfeff))
            return false;
        if (flow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
                     || c == QLatin1Char('{') || c == QLatin1Char('}')))
            return false;
    }
    return true;
}

QString ScalarFormatter::doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString ScalarFormatter::singleQuoted(const QString &value)
{
    QString inner = value;
    inner.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

static bool singleQuotable(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false; // line breaks fold and control characters cannot be written inside '...'
    }
    return true;
}

QString ScalarFormatter::format(const QString &value, bool wantString, YamlNode::Style oldStyle, bool flow)
{
    const bool plainOk = isPlainSafe(value, flow);
    if (wantString) {
        if (oldStyle == YamlNode::Style::SingleQuoted && singleQuotable(value))
            return singleQuoted(value);
        if (oldStyle == YamlNode::Style::DoubleQuoted || oldStyle == YamlNode::Style::SingleQuoted)
            return doubleQuoted(value);
        if (plainOk && resolvesToString(value))
            return value;
        return doubleQuoted(value);
    }
    if (plainOk)
        return value;
    if (oldStyle == YamlNode::Style::SingleQuoted && singleQuotable(value))
        return singleQuoted(value);
    return doubleQuoted(value);
}

QString ScalarFormatter::formatKey(const QString &key, bool flow)
{
    if (isPlainSafe(key, flow) && resolvesToString(key))
        return key;
    return doubleQuoted(key);
}

bool ScalarFormatter::readsAsString(const YamlNode &node)
{
    if (node.kind != YamlNode::Kind::Scalar)
        return false;
    if (node.style != YamlNode::Style::Plain || !node.tag.isEmpty())
        return node.tag.isEmpty() || node.tag == QLatin1String("tag:yaml.org,2002:str") || node.tag == QLatin1String("!!str");
    return resolvesToString(node.value);
}

} // namespace Stackdeck
