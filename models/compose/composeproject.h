#pragma once

#include "models/compose/servicespec.h"
#include "models/core/finding.h"
#include "models/core/yamldocument.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// A compose project loaded the way `docker compose` loads it.
struct ComposeProject
{
    QString name;                 // project name (top-level name:, -p, or the folder name)
    QString projectDir;           // folder of the first file (or --project-directory)
    QStringList files;            // absolute paths, in -f order (extends'ed files not included)
    QList<YamlDocument> documents; // raw documents of `files`, same order: what the editor patches
    YamlNodePtr effective;        // merged, merge keys applied, extends resolved, interpolated, profiles applied;
                                  // every node keeps the location (file:line:col) it came from
    QList<ServiceSpec> services;  // typed view of effective `services`, in document order (active profiles only)
    QStringList inactiveServices; // services left out because of profiles
    QMap<QString, QString> variables; // the interpolation environment (.env + process), for display
    Findings findings;            // problems met while loading (interpolation, extends, merge); errors included

    const ServiceSpec *service(const QString &name) const;
};

struct ComposeLoadOptions
{
    QStringList files;            // -f; empty = discover compose.yaml / compose.yml / docker-compose.yml / .yaml
                                  // (and the matching override file) in workingDir
    QString workingDir;           // where discovery starts; default current directory
    QString projectDir;           // --project-directory; default: folder of the first file
    QString projectName;          // -p
    QStringList envFiles;         // --env-file; default: <projectDir>/.env when present
    QStringList profiles;         // --profile; also COMPOSE_PROFILES
    bool useProcessEnvironment = true;
    // Unsaved texts by absolute path (compose files, env files): read instead of the disk, for editors.
    QMap<QString, QByteArray> overrides;
};

} // namespace Stackdeck
