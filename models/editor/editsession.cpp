#include "models/editor/editsession.h"

#include "models/compose/composeloader.h"
#include "models/core/yamlreader.h"
#include "models/edit/safewriter.h"
#include "models/edit/yamlpatcher.h"
#include "models/editor/anchorpatcher.h"
#include "models/editor/editorlogging.h"
#include "models/editor/fieldlocator.h"
#include "models/validate/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EditSession)
};


} // namespace

EditSession::EditSession(QObject *parent) : QObject(parent) {}

Status EditSession::open(const ComposeLoadOptions &options)
{
    ComposeLoadOptions opts = options;
    opts.workingDir = QDir(opts.workingDir.isEmpty() ? QDir::currentPath() : opts.workingDir).absolutePath();
    opts.overrides.clear();
    const Result<ComposeProject> first = ComposeLoader::load(opts);
    if (!first) {
        // A file that does not parse is still opened as text (the YAML view can fix it); forms have nothing.
        const Error error = first.error();
        QStringList files;
        for (const QString &f : opts.files)
            files.append(QDir::cleanPath(QDir(opts.workingDir).absoluteFilePath(f)));
        if (files.isEmpty() && error.location.isValid())
            files.append(error.location.file);
        if (files.isEmpty() || !QFileInfo(files.constFirst()).isFile())
            return error;
        m_options = opts;
        m_project = ComposeProject();
        m_project.projectDir = opts.projectDir.isEmpty() ? QFileInfo(files.constFirst()).absolutePath() : opts.projectDir;
        m_composeFiles = files;
        m_envFiles.clear();
        for (const QString &e : options.envFiles)
            m_envFiles.append(QDir(opts.workingDir).absoluteFilePath(e));
        if (m_envFiles.isEmpty())
            m_envFiles.append(QDir(m_project.projectDir).filePath(QStringLiteral(".env")));
        // The env files too: a later secret edit must add to them, not start them afresh.
        readFromDisk();
        m_editLog.clear();
        m_ops.clear();
        m_findings.clear();
        reload();
        notifyChanged();
        return error;
    }
    m_options = opts;
    m_project = *first;
    m_composeFiles = first->files;
    m_envFiles.clear();
    for (const QString &e : options.envFiles)
        m_envFiles.append(QDir(opts.workingDir).absoluteFilePath(e));
    if (m_envFiles.isEmpty())
        m_envFiles.append(QDir(first->projectDir).filePath(QStringLiteral(".env")));
    readFromDisk();
    m_editLog.clear();
    m_ops.clear();
    reload();
    qCDebug(lcEditor) << "opened" << m_composeFiles << "env" << m_envFiles;
    // Forms built before open() (and after a reopen: restore, rollback) show the new texts.
    notifyChanged();
    return success();
}

void EditSession::readFromDisk()
{
    m_loaded.clear();
    for (const QString &f : std::as_const(m_composeFiles)) {
        bool exists = false;
        m_loaded.insert(f, readFile(f, &exists));
    }
    for (const QString &f : std::as_const(m_envFiles)) {
        bool exists = false;
        const QByteArray bytes = readFile(f, &exists);
        if (exists)
            m_loaded.insert(f, bytes);
    }
    m_texts = m_loaded;
}

QByteArray EditSession::readFile(const QString &path, bool *exists)
{
    QFile f(path);
    *exists = f.open(QIODevice::ReadOnly);
    return *exists ? f.readAll() : QByteArray();
}

QString EditSession::envFile() const
{
    return m_envFiles.isEmpty() ? QDir(projectDir()).filePath(QStringLiteral(".env")) : m_envFiles.first();
}

void EditSession::reload()
{
    ComposeLoadOptions opts = m_options;
    opts.files = m_composeFiles;
    opts.envFiles.clear();
    for (const QString &e : std::as_const(m_envFiles)) {
        if (m_texts.contains(e))
            opts.envFiles.append(e);
    }
    opts.overrides = m_texts;
    const Result<ComposeProject> loaded = ComposeLoader::load(opts);
    if (!loaded) {
        const Error &e = loaded.error();
        m_loadError = e.location.isValid() ? QStringLiteral("%1: %2").arg(e.location.toString(), e.message) : e.message;
        if (!e.hint.isEmpty())
            m_loadError += QStringLiteral(" (%1)").arg(e.hint);
        m_findings.removeIf([](const Finding &f) { return f.ruleId == QLatin1String("editor.load"); });
        m_findings.prepend(Finding{Severity::Error, e.location, QString(), QStringLiteral("editor.load"), e.message,
                                   e.hint.isEmpty() ? Tr::tr("fix the YAML; the last loadable version is shown") : e.hint});
        return;
    }
    m_loadError.clear();
    m_project = *loaded;
    m_findings = m_project.findings + Validator::validate(m_project);
}

bool EditSession::hasErrors() const
{
    return !m_loadError.isEmpty() || Stackdeck::hasErrors(m_findings);
}

QStringList EditSession::files() const
{
    QStringList out = m_composeFiles;
    for (const QString &e : m_envFiles) {
        if (m_texts.contains(e))
            out.append(e);
    }
    return out;
}

QByteArray EditSession::loadedText(const QString &file) const
{
    return m_loaded.value(file);
}

QByteArray EditSession::text(const QString &file) const
{
    return m_texts.value(file);
}

bool EditSession::isModified() const
{
    return !changes().isEmpty();
}

QList<EditSession::FileChange> EditSession::changes() const
{
    QList<FileChange> out;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QByteArray before = m_loaded.value(it.key());
        if (before == it.value() && m_loaded.contains(it.key()))
            continue;
        if (!m_loaded.contains(it.key()) && it.value().isEmpty())
            continue;
        FileChange c;
        c.file = it.key();
        c.displayName = QDir(projectDir()).relativeFilePath(it.key());
        c.before = before;
        c.after = it.value();
        c.secret = m_envFiles.contains(it.key()) || SafeWriter::isSecretFile(it.key());
        out.append(c);
    }
    return out;
}

QString EditSession::serviceFile(const QString &service) const
{
    for (qsizetype i = m_project.documents.size() - 1; i >= 0; --i) {
        const YamlDocument &doc = m_project.documents.at(i);
        if (FieldLocator::at(doc.root, {QStringLiteral("services"), service}))
            return doc.file;
    }
    return m_composeFiles.value(0);
}

FieldValue EditSession::value(const QString &service, const QStringList &path) const
{
    FieldValue fv = FieldLocator::locate(m_project, {QStringLiteral("services"), service}, path, serviceFile(service));
    if (fv.isSet || !m_project.inactiveServices.contains(service))
        return fv;
    // A service left out by profiles is not in the effective tree: show what its own file writes.
    for (const YamlDocument &doc : m_project.documents) {
        if (doc.file != fv.file)
            continue;
        const YamlNodePtr raw = FieldLocator::at(doc.root, fv.rawPath);
        if (raw && !raw->isAlias()) {
            fv.isSet = true;
            fv.value = raw->isScalar() ? raw->value : QString();
            fv.resolved = fv.value;
            fv.location = raw->location;
        }
    }
    return fv;
}

bool EditSession::hasService(const QString &service) const
{
    for (const YamlDocument &doc : m_project.documents) {
        if (FieldLocator::at(doc.root, {QStringLiteral("services"), service}))
            return true;
    }
    return false;
}

Status EditSession::noSuchService(const QString &service) const
{
    return Error{Tr::tr("There is no service named %1.").arg(service), {}, Tr::tr("add the service first")};
}

FieldValue EditSession::topValue(const QStringList &path) const
{
    return FieldLocator::locate(m_project, {}, path, m_composeFiles.value(0));
}

void EditSession::record(const QString &description, std::function<Status()> replay)
{
    if (m_depth != 1)
        return;
    m_editLog.append(description);
    m_ops.append(Op{description, std::move(replay)});
}

void EditSession::notifyChanged()
{
    if (m_depth > 0)
        m_pendingChanged = true;
    else
        emit changed();
}

Status EditSession::replaceText(const QString &file, const QByteArray &text)
{
    m_texts.insert(file, text);
    reload();
    notifyChanged();
    return success();
}

Status EditSession::patchFile(const QString &file, const DocumentEdit &edit)
{
    if (!m_texts.contains(file))
        return Error{Tr::tr("%1 is not a file of this project.").arg(file), {}, QString()};
    const Result<YamlDocument> doc = YamlReader::parse(m_texts.value(file), file);
    if (!doc)
        return Error{Tr::tr("%1 does not parse; fix it in the YAML view first.").arg(QFileInfo(file).fileName()),
                     doc.error().location, doc.error().message};
    const Result<QByteArray> text = AnchorPatcher::apply(*doc, edit);
    if (!text)
        return text.error();
    qCDebug(lcEditor) << YamlPatcher::describe(edit) << "in" << file;
    return replaceText(file, *text);
}

Status EditSession::applyEdits(const QString &file, const QList<DocumentEdit> &edits)
{
    OpScope scope(this);
    const QByteArray before = m_texts.value(file);
    for (const DocumentEdit &edit : edits) {
        const Status s = patchFile(file, edit);
        if (!s) {
            replaceText(file, before);
            return s;
        }
    }
    QStringList lines;
    for (const DocumentEdit &edit : edits)
        lines.append(YamlPatcher::describe(edit));
    record(lines.join(QStringLiteral("; ")), [this, file, edits] { return applyEdits(file, edits); });
    return success();
}

Status EditSession::setValue(const QString &service, const QStringList &path, const QString &value, bool asString)
{
    OpScope scope(this);
    if (path.isEmpty())
        return Error{Tr::tr("No key given for %1.").arg(service), {}, Tr::tr("name a key, e.g. image")};
    if (!hasService(service))
        return noSuchService(service);
    const QString shown = DocumentEdit::joinPath(QStringList{QStringLiteral("services"), service} + path);
    Status result = success();
    const YamlNodePtr parent = FieldLocator::at(m_project.effective, QStringList{QStringLiteral("services"), service} + path.mid(0, path.size() - 1));
    bool isIndex = false;
    const int index = path.constLast().toInt(&isIndex);
    if (path.size() == 2 && path.first() == QLatin1String("environment") && parent && parent->isSequence()) {
        result = setEnvironmentListItem(service, path.at(1), &value);
    } else if (parent && parent->isSequence() && isIndex && index == parent->items.size()) {
        QStringList values;
        for (const YamlNodePtr &item : parent->items)
            values.append(item && item->isScalar() ? (item->raw.isEmpty() ? item->value : item->raw) : QString());
        values.append(value);
        const FieldValue list = this->value(service, path.mid(0, path.size() - 1));
        result = setListAt(list.file, list.rawPath, values);
    } else if (path.size() > 1 && isIndex && index == 0 && (!parent || parent->isNull())) {
        // The first item of a list that does not exist yet: a new list, not a mapping with key "0".
        const FieldValue list = this->value(service, path.mid(0, path.size() - 1));
        result = setListAt(list.file, list.rawPath, {value});
    } else {
        const FieldValue fv = this->value(service, path);
        result = patchFile(fv.file, DocumentEdit::set(fv.rawPath, value, asString));
    }
    if (result)
        record(QStringLiteral("set %1 = %2").arg(shown, value),
               [this, service, path, value, asString] { return setValue(service, path, value, asString); });
    return result;
}

Status EditSession::removeValue(const QString &service, const QStringList &path)
{
    OpScope scope(this);
    if (path.isEmpty())
        return Error{Tr::tr("No key given for %1.").arg(service), {}, Tr::tr("use removeService to remove a service")};
    if (!hasService(service))
        return noSuchService(service);
    const QStringList full = QStringList{QStringLiteral("services"), service} + path;
    const YamlNodePtr parent = FieldLocator::at(m_project.effective, full.mid(0, full.size() - 1));
    Status result = success();
    if (path.size() == 2 && path.first() == QLatin1String("environment") && parent && parent->isSequence()) {
        result = setEnvironmentListItem(service, path.at(1), nullptr);
    } else {
        const FieldValue fv = value(service, path);
        if (!fv.isSet)
            return success(); // nothing to remove
        const bool only = parent && ((parent->isSequence() && parent->items.size() == 1) || (parent->isMap() && parent->pairs.size() == 1));
        if (only && path.size() > 1)
            result = removeValue(service, path.mid(0, path.size() - 1)); // the only entry: its key goes too
        else
            result = patchFile(fv.file, DocumentEdit::remove(fv.rawPath));
    }
    if (result)
        record(QStringLiteral("remove %1").arg(DocumentEdit::joinPath(full)),
               [this, service, path] { return removeValue(service, path); });
    return result;
}

Status EditSession::setTopValue(const QStringList &path, const QString &value, bool asString)
{
    OpScope scope(this);
    const FieldValue fv = topValue(path);
    const Status result = patchFile(fv.file, DocumentEdit::set(fv.rawPath, value, asString));
    if (result)
        record(QStringLiteral("set %1 = %2").arg(DocumentEdit::joinPath(path), value),
               [this, path, value, asString] { return setTopValue(path, value, asString); });
    return result;
}

Status EditSession::removeTopValue(const QStringList &path)
{
    OpScope scope(this);
    const FieldValue fv = topValue(path);
    if (!fv.isSet)
        return success();
    const Status result = patchFile(fv.file, DocumentEdit::remove(fv.rawPath));
    if (result)
        record(QStringLiteral("remove %1").arg(DocumentEdit::joinPath(path)), [this, path] { return removeTopValue(path); });
    return result;
}

void EditSession::setText(const QString &file, const QByteArray &text)
{
    OpScope scope(this);
    if (m_texts.value(file) == text && m_texts.contains(file))
        return;
    const QByteArray base = m_loaded.value(file);
    replaceText(file, text);
    record(Tr::tr("edit %1 as text").arg(QFileInfo(file).fileName()), [this, file, text, base]() -> Status {
        if (m_loaded.value(file) != base)
            return Error{Tr::tr("The text edit of %1 was made on the version before it changed on disk; the disk version is kept.")
                             .arg(QFileInfo(file).fileName()),
                         SourceLocation{file, 0, 0, -1}, Tr::tr("redo that edit in the YAML view")};
        setText(file, text);
        return success();
    });
}

void EditSession::restore(const Texts &texts)
{
    m_texts = texts;
    if (m_texts == m_loaded) {
        m_ops.clear();
        m_editLog.clear();
    }
    reload();
    notifyChanged();
}

} // namespace Stackdeck
