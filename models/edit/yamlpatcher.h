#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"
#include "models/edit/documentedit.h"

#include <QByteArray>
#include <QList>

namespace Stackdeck {

// Changes one value of a YAML document by patching its text at the node's position, so comments,
// key order, anchors, quoting and blank lines elsewhere survive; every patch is re-parsed and checked.
class YamlPatcher final
{
public:
    // The new text, or an Error (and no text) when the edit cannot be made exactly.
    static Result<QByteArray> apply(const YamlDocument &doc, const DocumentEdit &edit);
    // Applies edits in order; the returned document holds the final text and its tree.
    static Result<YamlDocument> applyAll(const YamlDocument &doc, const QList<DocumentEdit> &edits);
    // One-line description for history and logs: "set services.web.image = nginx:1.27".
    static QString describe(const DocumentEdit &edit);
};

} // namespace Stackdeck
