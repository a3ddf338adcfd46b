#include "models/core/yamlnode.h"

#include <QRegularExpression>

namespace Stackdeck {

const YamlPair *YamlNode::pair(QStringView key) const
{
    for (const YamlPair &p : pairs) {
        if (p.key && p.key->kind == Kind::Scalar && p.key->value == key)
            return &p;
    }
    return nullptr;
}

YamlNodePtr YamlNode::get(QStringView key) const
{
    const YamlPair *p = pair(key);
    return p ? p->value : YamlNodePtr();
}

QString YamlNode::text(QStringView key, const QString &fallback) const
{
    const YamlNodePtr v = get(key);
    return v && v->isScalar() ? v->value : fallback;
}

bool YamlNode::isBool() const
{
    bool ok = false;
    toBool(&ok);
    return ok;
}

bool YamlNode::toBool(bool *ok) const
{
    if (ok)
        *ok = false;
    if (kind != Kind::Scalar || isQuoted())
        return false;
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE")};
    if (yes.contains(value)) {
        if (ok)
            *ok = true;
        return true;
    }
    if (no.contains(value) && ok)
        *ok = true;
    return false;
}

bool YamlNode::isInteger() const
{
    bool ok = false;
    toInteger(&ok);
    return ok;
}

qint64 YamlNode::toInteger(bool *ok) const
{
    if (ok)
        *ok = false;
    if (kind != Kind::Scalar || isQuoted())
        return 0;
    bool good = false;
    qint64 v = 0;
    if (value.startsWith(QStringLiteral("0x")))
        v = value.mid(2).toLongLong(&good, 16);
    else if (value.startsWith(QStringLiteral("0o")))
        v = value.mid(2).toLongLong(&good, 8);
    else
        v = value.toLongLong(&good, 10);
    if (ok)
        *ok = good;
    return good ? v : 0;
}

bool YamlNode::isNumber() const
{
    bool ok = false;
    toNumber(&ok);
    return ok;
}

double YamlNode::toNumber(bool *ok) const
{
    if (ok)
        *ok = false;
    if (kind != Kind::Scalar || isQuoted())
        return 0;
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (!number.match(value).hasMatch())
        return 0;
    if (ok)
        *ok = true;
    return value.toDouble();
}

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("null");
    case Kind::Map: return QStringLiteral("a mapping");
    case Kind::Sequence: return QStringLiteral("a list");
    case Kind::Scalar:
        if (isBool())
            return QStringLiteral("a boolean");
        if (isNumber())
            return QStringLiteral("a number");
        return QStringLiteral("a string");
    }
    return QString();
}

YamlNodePtr YamlNode::makeNull(const SourceLocation &where)
{
    auto n = std::make_shared<YamlNode>();
    n->location = where;
    return n;
}

YamlNodePtr YamlNode::makeScalar(const QString &value, const SourceLocation &where)
{
    auto n = std::make_shared<YamlNode>();
    n->kind = Kind::Scalar;
    n->value = value;
    n->location = where;
    return n;
}

bool sameContent(const YamlNodePtr &a, const YamlNodePtr &b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case YamlNode::Kind::Null: return true;
    case YamlNode::Kind::Scalar: return a->value == b->value;
    case YamlNode::Kind::Sequence:
        if (a->items.size() != b->items.size())
            return false;
        for (qsizetype i = 0; i < a->items.size(); ++i) {
            if (!sameContent(a->items[i], b->items[i]))
                return false;
        }
        return true;
    case YamlNode::Kind::Map:
        if (a->pairs.size() != b->pairs.size())
            return false;
        for (qsizetype i = 0; i < a->pairs.size(); ++i) {
            if (!sameContent(a->pairs[i].key, b->pairs[i].key) || !sameContent(a->pairs[i].value, b->pairs[i].value))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace Stackdeck
