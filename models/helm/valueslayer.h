#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"
#include "models/core/yamlnode.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

// One values file of a Helm release: base values.yaml, an environment file or a preset.
struct ValuesLayer
{
    enum class Kind : quint8 { Base, Environment, Preset, Extra };

    Kind kind = Kind::Base;
    QString name;          // "prod", "gpu"; empty for the base layer
    QString path;          // the file on disk (empty for layers built from text)
    YamlDocument document; // locations name the file as shown to people (chart-relative)
    YamlNodePtr root;      // the mapping with "<<" merge keys applied; never null

    // "base", "environment prod", "preset gpu": how messages name the layer.
    QString label() const;

    // Reads `path`; node locations name it `displayName`. Invalid YAML becomes an Error at file:line:column.
    static Result<ValuesLayer> read(Kind kind, const QString &name, const QString &path, const QString &displayName);
    // Same from text already in memory (tests, editors).
    static Result<ValuesLayer> fromText(Kind kind, const QString &name, const QByteArray &text,
                                        const QString &displayName);
};

} // namespace Stackdeck
