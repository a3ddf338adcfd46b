// EditSession: secrets, saving, and changes made on disk behind the session's back.
#include "models/editor/editsession.h"

#include "models/core/secretname.h"

#include "models/edit/safewriter.h"
#include "models/editor/editorlogging.h"
#include "models/editor/envtextedit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EditSession)
};

} // namespace

bool EditSession::isSecretName(const QString &name)
{
    return Stackdeck::isSecretName(name);
}

Status EditSession::setSecret(const QString &service, const QString &variable, const QString &secretValue)
{
    OpScope scope(this);
    if (!hasService(service))
        return noSuchService(service);
    const QString env = envFile();
    const Texts before = m_texts;
    const Result<QByteArray> envText = EnvTextEdit::set(m_texts.value(env), variable, secretValue);
    if (!envText)
        return Error{envText.error().message, SourceLocation{env, 0, 0, -1}, envText.error().hint};
    m_texts.insert(env, *envText);
    if (!m_envFiles.contains(env))
        m_envFiles.prepend(env);
    const Status set = setValue(service, {QStringLiteral("environment"), variable}, QStringLiteral("${%1}").arg(variable), true);
    if (!set) {
        m_texts = before;
        reload();
        notifyChanged();
        return set;
    }
    record(Tr::tr("set secret %1 of %2 (value in %3)").arg(variable, service, QFileInfo(env).fileName()),
           [this, service, variable, secretValue] { return setSecret(service, variable, secretValue); });
    return success();
}

QStringList EditSession::changedOnDisk() const
{
    QStringList out;
    QStringList all = m_texts.keys();
    for (const QString &f : m_loaded.keys()) {
        if (!all.contains(f))
            all.append(f);
    }
    for (const QString &f : std::as_const(all)) {
        bool exists = false;
        const QByteArray now = readFile(f, &exists);
        if (m_loaded.contains(f) ? (!exists || now != m_loaded.value(f)) : exists)
            out.append(f);
    }
    return out;
}

Status EditSession::save(const QString &summary)
{
    if (!m_loadError.isEmpty())
        return Error{Tr::tr("The project cannot be loaded, so nothing was saved: %1").arg(m_loadError), {},
                     Tr::tr("fix the YAML in the YAML view, then save")};
    for (const Finding &f : std::as_const(m_findings)) {
        if (f.severity == Severity::Error)
            return Error{Tr::tr("The project has errors, so nothing was saved: %1").arg(f.message), f.location,
                         f.suggestion.isEmpty() ? Tr::tr("fix the errors listed, then save") : f.suggestion};
    }
    const QList<FileChange> list = changes();
    if (list.isEmpty())
        return success();
    const QStringList moved = changedOnDisk();
    for (const FileChange &c : list) {
        if (moved.contains(c.file))
            return Error{Tr::tr("%1 changed on disk since it was opened; nothing was saved.").arg(c.displayName),
                         SourceLocation{c.file, 0, 0, -1}, Tr::tr("reload and re-apply your edits")};
    }
    if (!moved.isEmpty())
        return Error{Tr::tr("%1 changed on disk since it was opened; nothing was saved.").arg(QDir(projectDir()).relativeFilePath(moved.first())),
                     SourceLocation{moved.first(), 0, 0, -1}, Tr::tr("reload and re-apply your edits")};
    QStringList written;
    for (const FileChange &c : list) {
        SaveOptions options;
        options.projectDir = projectDir();
        options.summary = summary.isEmpty() ? m_editLog.join(QStringLiteral("; ")) : summary;
        options.newFile = !m_loaded.contains(c.file);
        options.secret = c.secret;
        const Result<SaveReport> report = SafeWriter::save(c.file, c.before, c.after, options);
        if (!report) {
            if (!written.isEmpty())
                emit saved(written);
            return report.error();
        }
        m_loaded.insert(c.file, c.after);
        written.append(c.file);
    }
    m_editLog.clear();
    m_ops.clear();
    qCInfo(lcEditor) << "saved" << written.size() << "files";
    emit saved(written);
    return success();
}

Status EditSession::reloadKeepingEdits()
{
    const QList<Op> ops = m_ops;
    readFromDisk();
    m_ops.clear();
    m_editLog.clear();
    reload();
    QStringList failed;
    SourceLocation firstAt;
    for (const Op &op : ops) {
        const Status s = op.replay();
        if (!s) {
            failed.append(QStringLiteral("%1: %2").arg(op.description, s.error().message));
            if (!firstAt.isValid())
                firstAt = s.error().location;
        }
    }
    notifyChanged();
    if (!failed.isEmpty())
        return Error{Tr::tr("%n edit(s) could not be re-applied: %1", nullptr, int(failed.size())).arg(failed.join(QStringLiteral("; "))),
                     firstAt, Tr::tr("make those edits again on the reloaded files")};
    return success();
}

} // namespace Stackdeck
