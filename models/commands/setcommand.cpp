#include "models/commands/setcommand.h"

#include "models/compose/composeloader.h"
#include "models/core/yamlreader.h"
#include "models/edit/linediff.h"
#include "models/edit/pathresolver.h"
#include "models/edit/safewriter.h"
#include "models/edit/yamlpatcher.h"
#include "models/validate/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)
};

struct SetArguments
{
    ComposeLoadOptions load;
    QList<DocumentEdit> edits;
    bool dryRun = false;
    bool help = false;
};

// VALUE is YAML scalar text: "8G" stays as written, '"2"' is the string 2, an empty VALUE is "".
Result<DocumentEdit> parseAssignment(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error{Tr::tr("\"%1\" is not PATH=VALUE.").arg(assignment), {},
                     Tr::tr("write e.g. services.spark-worker.deploy.resources.limits.memory=8G")};
    const QStringList path = DocumentEdit::splitPath(assignment.left(eq));
    if (path.contains(QString()))
        return Error{Tr::tr("\"%1\" has an empty key in its path.").arg(assignment.left(eq)), {},
                     Tr::tr("separate keys with single dots")};
    const QString text = assignment.mid(eq + 1);
    if (text.isEmpty())
        return DocumentEdit::set(path, QString(), true);
    const Result<YamlDocument> doc = YamlReader::parse("v: " + text.toUtf8(), QStringLiteral("<value>"));
    const YamlNodePtr node = doc.ok() && doc->root->isMap() ? doc->root->get(u"v") : nullptr;
    if (!node || doc->root->pairs.size() != 1 || !(node->isScalar() || node->isNull()) || node->isAlias())
        return Error{Tr::tr("The value \"%1\" is not a single YAML scalar.").arg(text), {},
                     Tr::tr("quote it, e.g. '%1=\"a: b\"'").arg(assignment.left(eq))};
    return DocumentEdit::set(path, node->isNull() ? text : node->value, node->isQuoted());
}

Result<SetArguments> parseArguments(const QStringList &args, const QString &workingDir)
{
    SetArguments a;
    a.load.workingDir = workingDir;
    auto valueOf = [&](qsizetype &i, const QString &flag) -> std::optional<QString> {
        const QString arg = args.at(i);
        if (arg.startsWith(flag + QLatin1Char('=')))
            return arg.mid(flag.size() + 1);
        if (i + 1 < args.size())
            return args.at(++i);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        const QString flag = arg.section(QLatin1Char('='), 0, 0);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            a.help = true;
        } else if (arg == QLatin1String("--dry-run")) {
            a.dryRun = true;
        } else if (flag == QLatin1String("-f") || flag == QLatin1String("--file") || flag == QLatin1String("--env-file")
                   || flag == QLatin1String("--profile") || flag == QLatin1String("--project-directory")) {
            const std::optional<QString> v = valueOf(i, flag);
            if (!v)
                return Error{Tr::tr("%1 needs a value.").arg(flag), {}, Tr::tr("see stackdeck set --help")};
            if (flag == QLatin1String("--env-file"))
                a.load.envFiles.append(*v);
            else if (flag == QLatin1String("--profile"))
                a.load.profiles.append(*v);
            else if (flag == QLatin1String("--project-directory"))
                a.load.projectDir = *v;
            else
                a.load.files.append(*v);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return Error{Tr::tr("Unknown option %1.").arg(arg), {}, Tr::tr("see stackdeck set --help")};
        } else {
            Result<DocumentEdit> edit = parseAssignment(arg);
            if (!edit.ok())
                return edit.error();
            a.edits.append(*edit);
        }
    }
    if (!a.help && a.edits.isEmpty())
        return Error{Tr::tr("Nothing to set."), {}, Tr::tr("give one or more PATH=VALUE, e.g. services.web.image=nginx:1.27")};
    return a;
}

// The document to change: the last one defining the full path, else the one holding its deepest
// existing ancestor (later files win ties), as compose's override order would read it.
qsizetype chooseDocument(const QList<YamlDocument> &docs, const QStringList &path)
{
    qsizetype full = -1;
    qsizetype best = docs.size() - 1;
    int bestDepth = -1;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const int depth = PathResolver::existingDepth(docs.at(i), path);
        if (depth == path.size())
            full = i;
        if (depth >= bestDepth) {
            best = i;
            bestDepth = depth;
        }
    }
    return full >= 0 ? full : best;
}

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: stackdeck set [-f FILE ...] [--env-file F] [--profile P] [--dry-run] PATH=VALUE ...\n"
              "Changes values in the compose files, validates the result and writes it safely.\n"
              "  PATH   keys and list indices joined by dots, e.g. services.spark-worker.deploy.resources.limits.memory\n"
              "  VALUE  YAML scalar text: 8G, 2, '\"2\"' for the string 2\n"
              "Exit status: 0 written (or would be, with --dry-run), 2 refused: nothing written.\n");
}

} // namespace

int SetCommand::run(CommandIo &io)
{
    const Result<SetArguments> parsed = parseArguments(io.args, io.workingDir);
    if (!parsed.ok()) {
        io.err << "stackdeck set: " << parsed.error().toString() << '\n';
        return ExitErrors;
    }
    if (parsed->help) {
        printUsage(io.out);
        return ExitClean;
    }
    const Result<ComposeProject> project = ComposeLoader::load(parsed->load);
    if (!project.ok()) {
        io.err << "stackdeck set: " << project.error().toString() << '\n';
        return ExitErrors;
    }

    // Apply every edit to its document's text; each patch is verified before the next.
    QList<YamlDocument> docs = project->documents;
    QList<QStringList> summaries(docs.size());
    for (const DocumentEdit &edit : parsed->edits) {
        const qsizetype i = chooseDocument(docs, edit.path);
        const Result<YamlDocument> next = i >= 0 ? YamlPatcher::applyAll(docs.at(i), {edit})
                                                 : Result<YamlDocument>(Error{Tr::tr("No compose file to change."), {}, {}});
        if (!next.ok()) {
            io.err << "stackdeck set: " << next.error().toString() << '\n' << Tr::tr("Nothing was written.") << '\n';
            return ExitErrors;
        }
        docs[i] = *next;
        summaries[i].append(YamlPatcher::describe(edit));
    }

    // Re-load the changed project from scratch copies (same project folder and names) and validate it.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        io.err << "stackdeck set: " << Tr::tr("Cannot create a scratch folder to validate the change.") << '\n';
        return ExitErrors;
    }
    ComposeLoadOptions reload = parsed->load;
    reload.files.clear();
    reload.projectDir = project->projectDir;
    reload.projectName = project->name;
    QHash<QString, QString> realName;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QString original = project->files.value(i);
        if (docs.at(i).text == project->documents.at(i).text) {
            reload.files.append(original);
            continue;
        }
        const QString copy = QDir(scratch.path()).filePath(QString::number(i) + QLatin1Char('/') + QFileInfo(original).fileName());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile f(copy);
        if (!f.open(QIODevice::WriteOnly) || f.write(docs.at(i).text) != docs.at(i).text.size()) {
            io.err << "stackdeck set: " << Tr::tr("Cannot write a scratch copy to validate the change.") << '\n';
            return ExitErrors;
        }
        realName.insert(copy, original);
        reload.files.append(copy);
    }
    const Result<ComposeProject> changed = ComposeLoader::load(reload);
    Findings findings = changed.ok() ? Validator::validate(*changed) : Findings{};
    for (Finding &f : findings) {
        if (realName.contains(f.location.file))
            f.location.file = realName.value(f.location.file);
    }

    const QDir here(io.workingDir);
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (docs.at(i).text != project->documents.at(i).text)
            io.out << LineDiff::unified(project->documents.at(i).text, docs.at(i).text, here.relativeFilePath(project->files.at(i)));
    }
    if (!changed.ok() || hasErrors(findings)) {
        if (!changed.ok())
            io.err << "stackdeck set: " << changed.error().toString() << '\n';
        for (const Finding &f : std::as_const(findings)) {
            if (f.severity == Severity::Error)
                io.err << f.toLine() << '\n';
        }
        io.err << Tr::tr("stackdeck set: the result has errors; nothing was written.") << '\n';
        return ExitErrors;
    }
    if (parsed->dryRun) {
        io.out << Tr::tr("Dry run: nothing was written.") << '\n';
        return ExitClean;
    }
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (docs.at(i).text == project->documents.at(i).text)
            continue;
        const QString file = project->files.at(i);
        const Result<SaveReport> saved = SafeWriter::save(file, project->documents.at(i).text, docs.at(i).text,
                                                          SaveOptions{project->projectDir, summaries.at(i).join(QStringLiteral("; "))});
        if (!saved.ok()) {
            io.err << "stackdeck set: " << saved.error().toString() << '\n';
            return ExitErrors;
        }
        io.out << Tr::tr("Wrote %1 (previous version kept in %2).").arg(here.relativeFilePath(file), here.relativeFilePath(saved->historyFile))
               << '\n';
    }
    return ExitClean;
}

} // namespace Stackdeck
