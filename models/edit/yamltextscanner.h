#pragma once

#include "models/core/yamlnode.h"

#include <QByteArray>

namespace Stackdeck {

// Finds where nodes are written in a YAML text: scalar extents, ends of entries, line bounds.
// Offsets are bytes into the text, as in SourceLocation::offset.
class YamlTextScanner final
{
public:
    struct Extent
    {
        qsizetype begin = -1;
        qsizetype end = -1; // one past the last byte
        bool ok() const { return begin >= 0 && end >= begin; }
    };

    explicit YamlTextScanner(const QByteArray &text) : m_text(text) {}

    const QByteArray &text() const { return m_text; }
    qsizetype lineStart(qsizetype at) const;
    qsizetype lineEnd(qsizetype at) const;       // the '\r' of "\r\n", the '\n', or the end of text
    qsizetype nextLineStart(qsizetype at) const; // just past the line break, or the end of text
    int indentAt(qsizetype at) const;            // leading spaces of the line holding `at`
    int columnAt(qsizetype at) const { return int(at - lineStart(at)); }
    bool onlySpacesBefore(qsizetype at) const;
    QByteArray lineBreak() const;                // "\r\n" when the file uses it, else "\n"

    // Skips "&anchor" and "!tag" properties in front of a node's content.
    qsizetype skipProperties(qsizetype at) const;
    // The written scalar at `at` (properties skipped). `value` is the scalar as read, used to find
    // where a multi-line plain scalar ends; `parentIndent` is the owning key's or dash's column.
    Extent scalarExtent(qsizetype at, bool flow, bool key, const QString &value, int parentIndent) const;
    // Past the ']' or '}' closing the flow collection opening at or after `at`, or -1.
    qsizetype flowEnd(qsizetype at) const;
    // Past the ':' that follows a key ending at `keyEnd`, or -1.
    qsizetype colonAfter(qsizetype keyEnd) const;
    // Where the text of a node ends (scalars, aliases, collections); -1 when it cannot be told.
    qsizetype nodeEnd(const YamlNodePtr &node, bool flow, int parentIndent) const;
    // End of a map entry: its value's end, or just past the ':' when the value is empty.
    qsizetype pairEnd(const YamlPair &pair, bool flow, int parentIndent) const;
    // Extent of an explicit null ("~", "null") after a key's ':' or empty at the position after ':'.
    Extent nullAfterColon(qsizetype colonEnd) const;

private:
    qsizetype skipSpaces(qsizetype at) const;
    const QByteArray &m_text;
};

} // namespace Stackdeck
