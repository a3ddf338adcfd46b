#include "ui/main/commandline.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Stackdeck {

Result<CommandLine::Parsed> CommandLine::parse(const QStringList &arguments, const QString &currentDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Desktop console for a local data-platform stack. Headless commands: check, set, values, status, logs."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption fileOption({QStringLiteral("f"), QStringLiteral("file")}, tr("Compose file (repeatable)."),
                                        tr("FILE"));
    const QCommandLineOption nameOption({QStringLiteral("p"), QStringLiteral("project-name")}, tr("Project name."),
                                        tr("NAME"));
    const QCommandLineOption envOption(QStringLiteral("env-file"), tr("Environment file (repeatable)."),
                                       tr("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Profile to enable (repeatable)."),
                                           tr("PROFILE"));
    parser.addOptions({fileOption, nameOption, envOption, profileOption});
    parser.addPositionalArgument(tr("DIR"),
                                 tr("Stack folder (or one compose file); the demo stack when nothing is given."),
                                 tr("[DIR]"));
    if (!parser.parse(arguments))
        return Error{parser.errorText(), {}, tr("Run `stackdeck --help` for the options.")};

    Parsed parsed;
    if (parser.isSet(help)) {
        parsed.helpText = parser.helpText();
        return parsed;
    }
    parsed.showVersion = parser.isSet(version);
    const QDir cwd(currentDir);
    ComposeLoadOptions &options = parsed.options;
    for (const QString &file : parser.values(fileOption))
        options.files.append(QDir::cleanPath(cwd.absoluteFilePath(file)));
    options.projectName = parser.value(nameOption);
    for (const QString &file : parser.values(envOption))
        options.envFiles.append(QDir::cleanPath(cwd.absoluteFilePath(file)));
    options.profiles = parser.values(profileOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && !options.files.isEmpty()))
        return Error{tr("Give one stack folder, or compose files with -f."), {},
                     tr("For example: stackdeck ~/stacks/data-platform, or stackdeck -f compose.yaml -f dev.yaml")};
    if (!positional.isEmpty()) {
        const QFileInfo info(cwd.absoluteFilePath(positional.constFirst()));
        if (info.isDir())
            options.workingDir = QDir::cleanPath(info.absoluteFilePath());
        else if (info.isFile())
            options.files.append(QDir::cleanPath(info.absoluteFilePath())); // `stackdeck compose.yaml` works too
        else
            return Error{tr("%1: no such folder or file.").arg(positional.constFirst()), {},
                         tr("Give the folder that holds compose.yaml, or run stackdeck without arguments for the demo.")};
    }
    parsed.useDemo = options.workingDir.isEmpty() && options.files.isEmpty();
    if (options.workingDir.isEmpty())
        options.workingDir = QDir::cleanPath(cwd.absolutePath());
    return parsed;
}

} // namespace Stackdeck
