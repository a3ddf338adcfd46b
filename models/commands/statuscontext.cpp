#include "models/commands/statuscontext.h"

#include "models/compose/composeloader.h"

#include <QCoreApplication>

namespace Stackdeck {

Status StatusContext::loadProject(const QStringList &files, const QString &projectName, const QStringList &envFiles,
                                        const QString &workingDir)
{
    ComposeLoadOptions options;
    options.files = files;
    options.workingDir = workingDir;
    options.projectName = projectName;
    options.envFiles = envFiles;
    Result<ComposeProject> loaded = ComposeLoader::load(options);
    if (!loaded)
        return loaded.error();
    project = std::move(*loaded);
    return success();
}

EngineState StatusContext::connectEngine()
{
    const Result<EngineEndpoint> endpoint = EngineEndpoint::resolve();
    if (!endpoint) {
        EngineState state;
        state.kind = EngineState::Kind::BadResponse;
        state.message = endpoint.error().message;
        state.hint = endpoint.error().hint;
        return state;
    }
    client = std::make_unique<EngineClient>(*endpoint);
    return client->connect(3000);
}

Result<QList<ContainerSummary>> StatusContext::containers() const
{
    return client->listProject(project.name);
}

QStringList StatusContext::serviceNames() const
{
    QStringList names;
    for (const ServiceSpec &service : project.services)
        names.append(service.name);
    return names;
}

QString StatusContext::engineFailureText(const EngineState &state)
{
    QString text = QCoreApplication::translate("Stackdeck::StatusContext", "engine unreachable (%1): %2")
                       .arg(EngineState::kindName(state.kind), state.message);
    if (!state.hint.isEmpty())
        text += u'\n' + state.hint;
    return text;
}

} // namespace Stackdeck
