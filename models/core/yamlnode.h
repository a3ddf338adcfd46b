#pragma once

#include "models/core/sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace Stackdeck {

struct YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

struct YamlPair
{
    YamlNodePtr key;
    YamlNodePtr value;
};

// One node of a YAML document with where it was written; immutable once built.
// Aliases share their target's children (no copy), so an alias bomb costs no memory.
struct YamlNode
{
    enum class Kind : quint8 { Null, Scalar, Sequence, Map };
    enum class Style : quint8 { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Flow, Block };

    Kind kind = Kind::Null;
    Style style = Style::Plain;
    QString value;            // scalar text after unescaping; raw text ("~", "null") for nulls
    QString raw;              // scalar as written before ${VAR} interpolation; empty when unchanged
    QString tag;              // explicit tag (e.g. "!!str"), empty when none
    QString anchor;           // "&name" defined on this node, without '&'
    QString alias;            // set when this node is an alias use "*name", without '*'
    YamlNodePtr aliasTarget;  // the anchored node this alias refers to
    SourceLocation location;  // this occurrence (for an alias: where "*name" is written)
    QList<YamlNodePtr> items; // sequence items
    QList<YamlPair> pairs;    // map entries in document order; duplicates are kept (and reported)

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    bool isAlias() const { return !alias.isEmpty(); }
    bool isQuoted() const { return style == Style::SingleQuoted || style == Style::DoubleQuoted; }
    bool isFlow() const { return style == Style::Flow; }

    // First pair whose key is the scalar `key`, or nullptr.
    const YamlPair *pair(QStringView key) const;
    // Value of the first pair with that key, or nullptr.
    YamlNodePtr get(QStringView key) const;
    bool contains(QStringView key) const { return pair(key) != nullptr; }
    // Scalar text of the child `key` or `fallback` when absent or not a scalar.
    QString text(QStringView key, const QString &fallback = {}) const;

    // YAML core-schema readings of a plain scalar.
    bool isBool() const;
    bool toBool(bool *ok = nullptr) const;
    bool isInteger() const;
    qint64 toInteger(bool *ok = nullptr) const;
    bool isNumber() const;
    double toNumber(bool *ok = nullptr) const;

    // Human name of the kind for messages: "a mapping", "a list", "a string", "a number", "null".
    QString kindName() const;

    static YamlNodePtr makeNull(const SourceLocation &where = {});
    static YamlNodePtr makeScalar(const QString &value, const SourceLocation &where = {});
};

// Structural equality (kinds, scalar values, keys, order); ignores locations, styles and anchors.
bool sameContent(const YamlNodePtr &a, const YamlNodePtr &b);

} // namespace Stackdeck
