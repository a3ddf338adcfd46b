#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

// Whole-service text edits in one compose file: add a new service block at the end of `services:`
// (the file's indentation), copy an existing service's block under a new name.
class ServiceText final
{
public:
    static Result<QByteArray> add(const YamlDocument &doc, const QString &name, const QString &image);
    static Result<QByteArray> duplicate(const YamlDocument &doc, const QString &from, const QString &name);
};

} // namespace Stackdeck
