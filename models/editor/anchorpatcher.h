#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"
#include "models/edit/documentedit.h"

#include <QByteArray>

namespace Stackdeck {

// YamlPatcher for edits inside an anchor on purpose: the uses (*name) of anchors on the edit's path
// are masked while the patch is made and verified, then put back, so every use takes the new value.
class AnchorPatcher final
{
public:
    static Result<QByteArray> apply(const YamlDocument &doc, const DocumentEdit &edit);
};

} // namespace Stackdeck
