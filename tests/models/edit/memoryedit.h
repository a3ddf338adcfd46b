#pragma once

#include "models/core/yamldocument.h"
#include "models/edit/documentedit.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Stackdeck {

// The corpus edit: one service's memory limit, replaced where it exists, inserted otherwise.
struct MemoryEdit
{
    DocumentEdit edit;
    bool replace = false;     // the value exists at the path (else keys are inserted)
    bool inline_ = false;     // keys go into a flow mapping ("{}"): its one line changes
    QStringList changedRoot;  // the path prefix whose subtree the edit may change
};

// Picks the edit for a document; nullopt (and why) when the file has no services to edit.
std::optional<MemoryEdit> chooseMemoryEdit(const YamlDocument &doc, QString *why);

// Checks a patched text against the original: only the intended lines changed and every other
// node parses the same. Returns an empty string when all is well, else what went wrong.
QString checkMemoryEdit(const YamlDocument &before, const MemoryEdit &edit, const QByteArray &after);

} // namespace Stackdeck
