#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"
#include "models/edit/documentedit.h"
#include "models/edit/pathresolver.h"

#include <QByteArray>

namespace Stackdeck {

// Proves a patch did what it meant: the new text parses, holds the edit at its path with the
// intended type, and every other node of the tree is unchanged.
class PatchVerifier final
{
public:
    static Status verify(const YamlDocument &before, const ResolvedPath &where, const DocumentEdit &edit,
                         bool wantString, const QByteArray &newText);
};

} // namespace Stackdeck
