#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Stackdeck {

// Finds a cut that lets a large block-style document be parsed as independent parts (internal to the reader).
// Anchors may only be defined before the cut (aliases anywhere); tags, directives and extra documents
// disqualify a document, and the reader falls back to one sequential parse whenever a part does not parse.
class YamlSplitter final
{
public:
    struct Split
    {
        QByteArray sectionKey; // the top-level key whose block mapping is cut, e.g. "services"
        qsizetype cut = 0;     // start of the child line where the second part begins
        qsizetype sectionEnd = 0; // start of the next top-level line (== text size when none)
        QList<QByteArray> anchorNames; // every "&name" written before the cut (may include false hits)
    };

    static std::optional<Split> find(const QByteArray &text);
};

} // namespace Stackdeck
