#pragma once

#include "models/compose/composeproject.h"
#include "models/core/result.h"
#include "models/docker/containersummary.h"
#include "models/docker/engineclient.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace Stackdeck {

// What `status` and `logs` share: the loaded project, a connected engine client and the project's containers.
class StatusContext final
{
public:
    ComposeProject project;
    std::unique_ptr<EngineClient> client;

    // Loads the project like `docker compose` (-f, -p, --env-file); an Error when nothing usable loads.
    Status loadProject(const QStringList &files, const QString &projectName, const QStringList &envFiles,
                             const QString &workingDir);
    // Resolves the endpoint and negotiates; the state says why not when it is not Connected.
    EngineState connectEngine();
    // The project's containers (all states).
    Result<QList<ContainerSummary>> containers() const;
    QStringList serviceNames() const;

    // "engine unreachable (down): message" plus the hint on its own line.
    static QString engineFailureText(const EngineState &state);
};

} // namespace Stackdeck
