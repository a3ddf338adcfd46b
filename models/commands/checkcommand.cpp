#include "models/commands/checkcommand.h"

#include "models/compose/composeloader.h"
#include "models/core/quantity.h"
#include "models/validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::CheckCommand)
};

QJsonObject toJson(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("file"), f.location.file},
        {QStringLiteral("line"), f.location.line},
        {QStringLiteral("column"), f.location.column},
        {QStringLiteral("path"), f.path},
        {QStringLiteral("ruleId"), f.ruleId},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("suggestion"), f.suggestion},
    };
}

int exitStatus(const Findings &findings, bool strict)
{
    if (hasErrors(findings))
        return ExitErrors;
    if (strict && countSeverity(findings, Severity::Warning) > 0)
        return ExitWarnings;
    return ExitClean;
}

// "2 errors, 5 warnings, 0 infos in 1 file" — the last line CI logs show.
QString summaryLine(const Findings &findings, qsizetype files)
{
    const int errors = countSeverity(findings, Severity::Error);
    const int warnings = countSeverity(findings, Severity::Warning);
    const int infos = countSeverity(findings, Severity::Info);
    if (findings.isEmpty())
        return Tr::tr("no problems found in %1 file(s)").arg(files);
    return Tr::tr("%1 error(s), %2 warning(s), %3 info(s) in %4 file(s)")
        .arg(errors)
        .arg(warnings)
        .arg(infos)
        .arg(files);
}

void print(CommandIo &io, const Findings &findings, qsizetype files, bool json, int status)
{
    if (json) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(toJson(f));
        const QJsonObject summary{
            {QStringLiteral("errors"), countSeverity(findings, Severity::Error)},
            {QStringLiteral("warnings"), countSeverity(findings, Severity::Warning)},
            {QStringLiteral("infos"), countSeverity(findings, Severity::Info)},
            {QStringLiteral("files"), int(files)},
            {QStringLiteral("exitStatus"), status},
        };
        const QJsonObject root{{QStringLiteral("findings"), list}, {QStringLiteral("summary"), summary}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return;
    }
    for (const Finding &f : findings) {
        io.out << f.toLine() << '\n';
        if (!f.suggestion.isEmpty())
            io.out << "    " << f.suggestion << '\n';
    }
    io.out << summaryLine(findings, files) << '\n';
}

} // namespace

int CheckCommand::run(CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Load a compose project and report problems as file:line:column findings."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption fileOption({QStringLiteral("f"), QStringLiteral("file")},
                                        Tr::tr("Compose file (repeat to merge; default: discovery)."), Tr::tr("FILE"));
    const QCommandLineOption envOption(QStringLiteral("env-file"), Tr::tr("Env file for interpolation."), Tr::tr("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Tr::tr("Activate a profile."), Tr::tr("PROFILE"));
    const QCommandLineOption projectDirOption(QStringLiteral("project-directory"), Tr::tr("Project folder."), Tr::tr("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("Output format: text or json."), Tr::tr("FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption strictOption(QStringLiteral("strict"), Tr::tr("Exit 1 when there are warnings."));
    const QCommandLineOption productionOption(QStringLiteral("production"),
                                              Tr::tr("Apply the production rules to every file."));
    const QCommandLineOption cpusOption(QStringLiteral("machine-cpus"),
                                        Tr::tr("CPUs to check limits against (default: this machine)."), Tr::tr("N"));
    const QCommandLineOption memoryOption(QStringLiteral("machine-memory"),
                                          Tr::tr("Memory to check limits against, e.g. 16g (default: this machine)."),
                                          Tr::tr("SIZE"));
    parser.addOptions({helpOption, fileOption, envOption, profileOption, projectDirOption, formatOption, strictOption,
                       productionOption, cpusOption, memoryOption});

    const auto usage = [&](const QString &problem) {
        io.err << "stackdeck check: " << problem << '\n' << parser.helpText();
        return int(ExitErrors);
    };
    if (!parser.parse(QStringList{QStringLiteral("stackdeck check")} + io.args))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << parser.helpText();
        return ExitClean;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(Tr::tr("--format must be text or json, not %1").arg(format));

    ValidationOptions validation;
    validation.production = parser.isSet(productionOption);
    if (parser.isSet(cpusOption)) {
        bool ok = false;
        validation.machineCpus = parser.value(cpusOption).toInt(&ok);
        if (!ok || validation.machineCpus <= 0)
            return usage(Tr::tr("--machine-cpus must be a positive number"));
    }
    if (parser.isSet(memoryOption)) {
        const Result<qint64> memory = Quantity::parseMemory(parser.value(memoryOption));
        if (!memory || *memory <= 0)
            return usage(Tr::tr("--machine-memory: %1").arg(memory ? Tr::tr("must be positive") : memory.error().message));
        validation.machineMemoryBytes = *memory;
    }

    const QDir base(io.workingDir.isEmpty() ? QDir::currentPath() : io.workingDir);
    ComposeLoadOptions options;
    options.workingDir = base.absolutePath();
    for (const QString &file : parser.values(fileOption))
        options.files.append(file == QLatin1String("-") ? file : QDir::cleanPath(base.absoluteFilePath(file)));
    for (const QString &file : parser.values(envOption))
        options.envFiles.append(QDir::cleanPath(base.absoluteFilePath(file)));
    options.profiles = parser.values(profileOption);
    if (parser.isSet(projectDirOption))
        options.projectDir = QDir::cleanPath(base.absoluteFilePath(parser.value(projectDirOption)));

    const bool json = format == QLatin1String("json");
    const Result<ComposeProject> project = ComposeLoader::load(options);
    if (!project) {
        // a load error is one finding in the same form, so editors and CI parse it too
        const Error &e = project.error();
        SourceLocation where = e.location;
        if (where.file.isEmpty() && options.files.size() == 1)
            where.file = options.files.constFirst();
        if (!where.file.isEmpty() && !where.isValid()) {
            where.line = 1; // keep the file:line:column form editors and CI parse
            where.column = 1;
        }
        const Findings findings{Finding{Severity::Error, where, QString(), QStringLiteral("load.error"), e.message,
                                        e.hint.isEmpty() ? Tr::tr("fix the file and run the check again") : e.hint}};
        print(io, findings, std::max<qsizetype>(1, options.files.size()), json, ExitErrors);
        return ExitErrors;
    }
    const Findings findings = Validator::validate(project.value(), validation);
    const int status = exitStatus(findings, parser.isSet(strictOption));
    print(io, findings, project->files.size(), json, status);
    return status;
}

} // namespace Stackdeck
