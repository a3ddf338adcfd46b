#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringList>

namespace Stackdeck {

// Which compose implementation runs the commands: the v2 CLI plugin or the v1 Python tool.
struct ComposeTool
{
    enum class Flavor : quint8 { None, V2, V1 };

    Flavor flavor = Flavor::None;
    QString program;       // absolute path of the executable ("docker" or "docker-compose")
    QStringList prefix;    // arguments before the global options: {"compose"} for the plugin
    QString version;       // "2.24.5", "1.29.2"

    bool isValid() const { return flavor != Flavor::None; }
    bool isV1() const { return flavor == Flavor::V1; }
    // "docker compose 2.24.5 (v2 plugin)" or "docker-compose 1.29.2 (v1)", for the UI and logs.
    QString describe() const;
    // Global options that turn off colour and cursor control for this version.
    QStringList plainOutputOptions() const;

    // Version from `docker compose version` or `docker-compose version` output; empty when unrecognised.
    static QString parseVersion(const QString &output);
    // V1 or V2 from a version string ("1.29.2" -> V1, "v2.24.5" / "2.24.5" -> V2).
    static Flavor flavorOf(const QString &version);
};

} // namespace Stackdeck
