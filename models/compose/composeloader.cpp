#include "models/compose/composeloader.h"

#include "models/compose/composelogging.h"
#include "models/compose/composemerger.h"
#include "models/compose/envfile.h"
#include "models/compose/extendsresolver.h"
#include "models/compose/interpolator.h"
#include "models/compose/mergekeys.h"
#include "models/compose/servicespecparser.h"
#include "models/compose/shortsyntax.h"
#include "models/core/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <QSet>

#include <memory>

namespace Stackdeck {
namespace {

// User-facing text goes through Qt's translation system.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ComposeLoader)
};

const QStringList kFileNames = {QStringLiteral("compose.yaml"), QStringLiteral("compose.yml"),
                                QStringLiteral("docker-compose.yml"), QStringLiteral("docker-compose.yaml")};
const QStringList kOverrideNames = {QStringLiteral("compose.override.yml"), QStringLiteral("compose.override.yaml"),
                                    QStringLiteral("docker-compose.override.yml"), QStringLiteral("docker-compose.override.yaml")};

// compose v2 discovery: the first default name in the folder or the nearest parent, plus its override file.
QStringList discover(const QString &startDir)
{
    QDir dir(startDir);
    for (int guard = 0; guard < 256; ++guard) {
        for (const QString &name : kFileNames) {
            if (QFileInfo(dir.filePath(name)).isFile()) {
                QStringList files{dir.filePath(name)};
                for (const QString &over : kOverrideNames) {
                    if (QFileInfo(dir.filePath(over)).isFile()) {
                        files.append(dir.filePath(over));
                        break;
                    }
                }
                return files;
            }
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

YamlNodePtr emptyMap(const SourceLocation &where)
{
    auto m = std::make_shared<YamlNode>();
    m->kind = YamlNode::Kind::Map;
    m->location = where;
    return m;
}

bool isActive(const YamlNodePtr &service, const QSet<QString> &enabled)
{
    const YamlNodePtr profiles = service && service->isMap() ? service->get(u"profiles") : YamlNodePtr();
    if (!profiles || !profiles->isSequence() || profiles->items.isEmpty())
        return true;
    if (enabled.contains(QStringLiteral("*")))
        return true;
    for (const YamlNodePtr &p : profiles->items) {
        if (p && p->isScalar() && enabled.contains(p->value))
            return true;
    }
    return false;
}

Result<ComposeProject> loadProject(const ComposeLoadOptions &options, QStringList &includeChain);

// Top-level `include:`: each entry is loaded as a project of its own and laid under this file.
YamlNodePtr applyInclude(const YamlNodePtr &root, const QString &file, const ComposeLoadOptions &options,
                         QStringList &includeChain, ComposeProject &project)
{
    const YamlPair *include = root->pair(u"include");
    if (!include)
        return root;
    auto withoutInclude = std::make_shared<YamlNode>(*root);
    withoutInclude->pairs.removeIf([](const YamlPair &p) { return p.key && p.key->isScalar() && p.key->value == QLatin1String("include"); });
    YamlNodePtr base;
    const QDir dir = QFileInfo(file).absoluteDir();
    const QList<YamlNodePtr> entries = include->value && include->value->isSequence() ? include->value->items : QList<YamlNodePtr>();
    if (!include->value || !include->value->isSequence())
        project.findings.append(Finding{Severity::Error, include->value ? include->value->location : include->key->location,
                                        QStringLiteral("include"), QStringLiteral("include.invalid"),
                                        Tr::tr("include must be a list of files, not %1.")
                                            .arg(include->value ? include->value->kindName() : QStringLiteral("nothing")),
                                        Tr::tr("write `include: [path/to/compose.yaml]`")});
    for (const YamlNodePtr &entry : entries) {
        ComposeLoadOptions sub;
        sub.useProcessEnvironment = options.useProcessEnvironment;
        sub.profiles = options.profiles;
        sub.workingDir = dir.absolutePath();
        if (entry && entry->isScalar()) {
            sub.files = {entry->value};
        } else if (entry && entry->isMap()) {
            const YamlNodePtr path = entry->get(u"path");
            for (const QString &f : path && path->isScalar() ? QStringList{path->value} : QStringList())
                sub.files.append(f);
            for (const YamlNodePtr &f : path && path->isSequence() ? path->items : QList<YamlNodePtr>()) {
                if (f && f->isScalar())
                    sub.files.append(f->value);
            }
            if (const YamlNodePtr env = entry->get(u"env_file"); env && env->isScalar())
                sub.envFiles = {env->value};
            sub.projectDir = entry->text(u"project_directory");
        }
        const SourceLocation where = entry ? entry->location : include->key->location;
        const QString target = sub.files.isEmpty() ? QString() : QDir::cleanPath(dir.absoluteFilePath(sub.files.first()));
        if (sub.files.isEmpty() || target == file || includeChain.contains(target)) {
            project.findings.append(Finding{Severity::Error, where, QStringLiteral("include"), QStringLiteral("include.invalid"),
                                            sub.files.isEmpty() ? Tr::tr("An include entry needs a file path.")
                                                                : Tr::tr("%1 includes itself through a cycle.").arg(QFileInfo(target).fileName()),
                                            Tr::tr("list compose files to include, e.g. `include: [../db/compose.yaml]`")});
            continue;
        }
        includeChain.append(target);
        const Result<ComposeProject> included = loadProject(sub, includeChain);
        includeChain.removeLast();
        if (!included) {
            project.findings.append(Finding{Severity::Error, where, QStringLiteral("include"), QStringLiteral("include.file"),
                                            Tr::tr("The included file cannot be loaded: %1").arg(included.error().toString()),
                                            Tr::tr("check the path (relative to the including file)")});
            continue;
        }
        project.findings += included->findings;
        project.inactiveServices += included->inactiveServices;
        auto effective = std::make_shared<YamlNode>(*included->effective);
        effective->pairs.removeIf([](const YamlPair &p) { return p.key && p.key->isScalar() && p.key->value == QLatin1String("name"); });
        base = base ? ComposeMerger::mergeDocuments(base, effective) : YamlNodePtr(effective);
    }
    return base && base->isMap() ? ComposeMerger::mergeDocuments(base, withoutInclude) : YamlNodePtr(withoutInclude);
}

} // namespace

Result<ComposeProject> ComposeLoader::load(const ComposeLoadOptions &options)
{
    QStringList includeChain;
    return loadProject(options, includeChain);
}

namespace {

Result<ComposeProject> loadProject(const ComposeLoadOptions &options, QStringList &includeChain)
{
    ComposeProject project;
    const QString workingDir = QDir(options.workingDir.isEmpty() ? QDir::currentPath() : options.workingDir).absolutePath();
    QHash<QString, QString> processEnv;
    if (options.useProcessEnvironment) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &k : keys)
            processEnv.insert(k, env.value(k));
    }

    // 1. Which files.
    QStringList files = options.files;
    if (files.isEmpty() && !processEnv.value(QStringLiteral("COMPOSE_FILE")).isEmpty()) {
        const QString sep = processEnv.value(QStringLiteral("COMPOSE_PATH_SEPARATOR"), QStringLiteral(":"));
        files = processEnv.value(QStringLiteral("COMPOSE_FILE")).split(sep, Qt::SkipEmptyParts);
    }
    if (files.isEmpty()) {
        files = discover(workingDir);
        if (files.isEmpty())
            return Error{Tr::tr("No compose file found in %1 or any parent folder.").arg(workingDir),
                         SourceLocation{workingDir, 0, 0, -1},
                         Tr::tr("create compose.yaml there, or name the file with -f")};
    }
    for (const QString &f : std::as_const(files)) {
        const QString abs = QDir::cleanPath(QDir(workingDir).absoluteFilePath(f));
        project.files.append(abs);
    }
    project.projectDir = options.projectDir.isEmpty() ? QFileInfo(project.files.first()).absolutePath()
                                                      : QDir::cleanPath(QDir(workingDir).absoluteFilePath(options.projectDir));

    // 2. The interpolation environment: .env first, the process environment wins.
    QHash<QString, QString> variables;
    QStringList envFiles = options.envFiles;
    const QString defaultEnv = QDir(project.projectDir).filePath(QStringLiteral(".env"));
    if (envFiles.isEmpty() && (options.overrides.contains(defaultEnv) || QFileInfo(defaultEnv).isFile()))
        envFiles.append(QDir(project.projectDir).filePath(QStringLiteral(".env")));
    for (const QString &e : std::as_const(envFiles)) {
        const QString path = QDir(workingDir).absoluteFilePath(e);
        QByteArray envText = options.overrides.value(path);
        if (!options.overrides.contains(path)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{Tr::tr("Cannot read the env file: %1.").arg(file.exists() ? file.errorString() : Tr::tr("it does not exist")),
                             SourceLocation{path, 0, 0, -1}, Tr::tr("check the --env-file path")};
            envText = file.read(1024 * 1024);
        }
        QHash<QString, QString> scope = processEnv;
        scope.insert(variables);
        const EnvFile parsed = EnvFile::parse(envText, path, scope);
        for (const EnvFile::Entry &entry : parsed.entries)
            variables.insert(entry.name, entry.value);
        project.findings += parsed.findings;
    }
    variables.insert(processEnv);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        project.variables.insert(it.key(), it.value());

    // 3. Read, apply merge keys, interpolate, resolve extends, merge: file by file, like compose.
    Interpolator interpolator(variables);
    ExtendsResolver::FileLoader loadOther = [&interpolator](const QString &path, Findings &findings) -> Result<YamlNodePtr> {
        const Result<YamlDocument> doc = YamlReader::readFile(path);
        if (!doc)
            return doc.error();
        findings += doc->findings;
        return interpolator.apply(MergeKeys::apply(doc->root, findings), findings);
    };
    ExtendsResolver extends(loadOther, project.findings);
    YamlNodePtr merged;
    for (const QString &path : std::as_const(project.files)) {
        Result<YamlDocument> doc = options.overrides.contains(path) ? YamlReader::parse(options.overrides.value(path), path)
                                                                    : YamlReader::readFile(path);
        if (!doc)
            return doc.error();
        project.findings += doc->findings;
        project.documents.append(doc.value());
        YamlNodePtr root = doc->root;
        if (!root || root->isNull()) {
            project.findings.append(Finding{Severity::Warning, root ? root->location : SourceLocation{path, 1, 1, 0}, QString(),
                                            QStringLiteral("compose.empty"), Tr::tr("The compose file is empty."),
                                            Tr::tr("define at least one service under services:")});
            root = emptyMap(SourceLocation{path, 1, 1, 0});
        }
        root = MergeKeys::apply(root, project.findings);
        root = interpolator.apply(root, project.findings);
        if (!root->isMap()) {
            project.findings.append(Finding{Severity::Error, root->location, QString(), QStringLiteral("compose.top-level"),
                                            Tr::tr("A compose file must be a mapping (services:, networks:, ...), not %1.").arg(root->kindName()),
                                            Tr::tr("start the file with `services:`")});
            if (!merged)
                merged = root; // kept so the validator can point at it
            continue;
        }
        if (includeChain.size() < 16) // deeper include chains are cut; a real project nests a few levels
            root = applyInclude(root, path, options, includeChain, project);
        root = extends.apply(root, path);
        merged = merged && merged->isMap() ? ComposeMerger::mergeDocuments(merged, root) : root;
    }

    // 4. Project name: -p, COMPOSE_PROJECT_NAME, top-level name:, then the folder name.
    const QString topName = merged && merged->isMap() ? merged->text(u"name") : QString();
    QString name = options.projectName;
    if (name.isEmpty())
        name = variables.value(QStringLiteral("COMPOSE_PROJECT_NAME"));
    if (name.isEmpty())
        name = topName;
    if (name.isEmpty())
        name = QFileInfo(project.projectDir).fileName();
    project.name = ShortSyntax::normalizeProjectName(name);

    // 5. Profiles: services with profiles stay out unless one of them is enabled.
    QSet<QString> enabled(options.profiles.cbegin(), options.profiles.cend());
    for (const QString &p : variables.value(QStringLiteral("COMPOSE_PROFILES")).split(u',', Qt::SkipEmptyParts))
        enabled.insert(p.trimmed());
    std::shared_ptr<YamlNode> effective = merged ? std::make_shared<YamlNode>(*merged) : std::make_shared<YamlNode>();
    if (effective->isMap()) {
        for (YamlPair &top : effective->pairs) {
            if (!top.key || !top.key->isScalar() || top.key->value != QLatin1String("services") || !top.value || !top.value->isMap())
                continue;
            auto services = std::make_shared<YamlNode>(*top.value);
            services->pairs.clear();
            QSet<QString> seen;
            for (const YamlPair &s : top.value->pairs) {
                if (!isActive(s.value, enabled)) {
                    project.inactiveServices.append(s.key && s.key->isScalar() ? s.key->value : QString());
                    continue;
                }
                services->pairs.append(s);
                if (s.key && s.key->isScalar() && !seen.contains(s.key->value)) {
                    seen.insert(s.key->value);
                    project.services.append(ServiceSpecParser::parse(s));
                }
            }
            top.value = services;
            break; // duplicates of `services` are reported by the reader
        }
    }
    project.effective = effective;
    qCDebug(lcCompose) << "loaded" << project.files << "services" << project.services.size()
                       << "inactive" << project.inactiveServices.size() << "findings" << project.findings.size();
    return project;
}

} // namespace

} // namespace Stackdeck
