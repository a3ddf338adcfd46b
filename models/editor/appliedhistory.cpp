#include "models/editor/appliedhistory.h"

#include "models/compose/envfile.h"
#include "models/edit/linediff.h"
#include "models/edit/safewriter.h"
#include "models/editor/editorlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// History errors are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::AppliedHistory)
};

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;
const QString kMeta = u"meta.json"_s;
const QString kFiles = u"files"_s;

Status writePrivate(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerFile) || file.write(bytes) != bytes.size()
        || !file.commit())
        return Error{Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()), {},
                     Tr::tr("check that the project folder is writable and the disk is not full")};
    return success();
}

bool makePrivateDir(const QString &path)
{
    QDir dir;
    if (!dir.mkpath(path))
        return false;
    return QFile::setPermissions(path, kOwnerDir);
}

Result<AppliedVersion> readMeta(const QString &versionDir)
{
    QFile file(QDir(versionDir).filePath(kMeta));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()), {},
                     Tr::tr("the applied version is incomplete; remove its folder")};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    AppliedVersion version;
    version.id = json.value(u"id"_s).toString();
    version.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    version.time = version.time.toUTC();
    version.summary = json.value(u"summary"_s).toString();
    version.ok = json.value(u"ok"_s).toBool(true);
    for (const QJsonValue &path : json.value(u"files"_s).toArray())
        version.files.insert(path.toString(), {});
    if (version.id.isEmpty())
        return Error{Tr::tr("%1 is not an applied-version index.").arg(file.fileName()), {},
                     Tr::tr("remove the folder %1").arg(versionDir)};
    return version;
}

// NAME=value lines with the value hidden (EnvFile::masked); on the new side a value that differs from `other` is marked.
QByteArray maskEnv(const QByteArray &text, const QByteArray &other, bool markChanges)
{
    QHash<QByteArray, QByteArray> otherValues;
    for (const QByteArray &line : LineDiff::splitLines(other)) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.trimmed().startsWith('#'))
            otherValues.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    const QList<QByteArray> lines = LineDiff::splitLines(text);
    QList<QByteArray> hidden = LineDiff::splitLines(EnvFile::masked(text));
    for (qsizetype i = 0; markChanges && i < lines.size() && i < hidden.size(); ++i) {
        const qsizetype eq = lines.at(i).indexOf('=');
        if (eq <= 0 || !hidden.at(i).contains('='))
            continue;
        const QByteArray name = lines.at(i).left(eq).trimmed();
        if (otherValues.contains(name) && otherValues.value(name) != lines.at(i).mid(eq + 1).trimmed()) {
            QByteArray &line = hidden[i];
            const qsizetype end = line.endsWith("\r\n") ? line.size() - 2 : line.endsWith('\n') ? line.size() - 1 : line.size();
            line.insert(end, " (changed)");
        }
    }
    return hidden.join();
}

} // namespace

AppliedHistory::AppliedHistory(const QString &projectDir)
    : m_projectDir(QDir(projectDir).absolutePath())
{
}

QString AppliedHistory::directory() const
{
    return QDir(m_projectDir).filePath(u".stackdeck/history/applied"_s);
}

Result<AppliedVersion> AppliedHistory::record(const QStringList &files, const QString &summary, bool ok)
{
    const QDir project(m_projectDir);
    AppliedVersion version;
    version.time = QDateTime::currentDateTimeUtc();
    version.summary = QString(summary).replace(u'\n', u' ');
    version.ok = ok;
    for (const QString &path : files) {
        const QString relative = project.relativeFilePath(QFileInfo(path).absoluteFilePath());
        if (relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative) || relative == u".."_s)
            return Error{Tr::tr("%1 is outside the project folder %2; only files inside it can be recorded.")
                             .arg(path, m_projectDir), {}, Tr::tr("move the file into the project folder")};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()), {},
                         Tr::tr("check the file exists and is readable")};
        version.files.insert(relative, file.readAll());
    }
    const QList<AppliedVersion> existing = versions();
    const QString stamp = version.time.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const int sequence = existing.size() + 1;
    version.id = stamp + u'-' + QString::number(sequence);
    const QString base = directory();
    if (!makePrivateDir(QDir(m_projectDir).filePath(u".stackdeck"_s)) || !makePrivateDir(base))
        return Error{Tr::tr("Cannot create the history folder %1.").arg(base), {},
                     Tr::tr("check that the project folder is writable")};
    const QString versionDir = QDir(base).filePath(version.id);
    if (QFileInfo::exists(versionDir) || !makePrivateDir(versionDir))
        return Error{Tr::tr("Cannot create the version folder %1.").arg(versionDir), {},
                     Tr::tr("check that the project folder is writable")};
    for (auto it = version.files.cbegin(); it != version.files.cend(); ++it) {
        const QString target = QDir(versionDir).filePath(kFiles + u'/' + it.key());
        if (!makePrivateDir(QFileInfo(target).absolutePath()))
            return Error{Tr::tr("Cannot create the folder for %1.").arg(target), {}, {}};
        const Status written = writePrivate(target, it.value());
        if (!written.ok())
            return written.error();
    }
    QJsonObject meta{{u"id"_s, version.id},
                     {u"time"_s, version.time.toString(Qt::ISODateWithMs)},
                     {u"summary"_s, version.summary},
                     {u"ok"_s, version.ok},
                     {u"sequence"_s, sequence},
                     {u"files"_s, QJsonArray::fromStringList(version.files.keys())}};
    // The index is written last: a version without it is incomplete and ignored.
    const Status written = writePrivate(QDir(versionDir).filePath(kMeta), QJsonDocument(meta).toJson());
    if (!written.ok())
        return written.error();
    qCInfo(lcApply).noquote() << "recorded applied version" << version.id << version.summary;
    return version;
}

QList<AppliedVersion> AppliedHistory::versions() const
{
    QList<std::pair<int, AppliedVersion>> found;
    const QDir base(directory());
    for (const QString &name : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = base.filePath(name);
        const Result<AppliedVersion> meta = readMeta(dir);
        if (!meta.ok())
            continue;
        const int seq = name.section(u'-', -1).toInt();
        found.append({seq, meta.value()});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.time < b.second.time;
    });
    QList<AppliedVersion> out;
    for (const auto &entry : std::as_const(found))
        out.append(entry.second);
    return out;
}

Result<AppliedVersion> AppliedHistory::load(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/') || id.startsWith(u'.'))
        return Error{Tr::tr("\"%1\" is not an applied version id.").arg(id), {}, {}};
    const QString versionDir = QDir(directory()).filePath(id);
    Result<AppliedVersion> meta = readMeta(versionDir);
    if (!meta.ok())
        return Error{Tr::tr("No applied version %1: %2").arg(id, meta.error().message), {}, meta.error().hint};
    AppliedVersion version = meta.value();
    for (auto it = version.files.begin(); it != version.files.end(); ++it) {
        QFile file(QDir(versionDir).filePath(kFiles + u'/' + it.key()));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("Applied version %1 lacks %2: %3.").arg(id, it.key(), file.errorString()), {},
                         Tr::tr("the version is damaged; restore another one")};
        it.value() = file.readAll();
    }
    return version;
}

Result<AppliedVersion> AppliedHistory::latest(bool okOnly) const
{
    const QList<AppliedVersion> all = versions();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!okOnly || it->ok)
            return load(it->id);
    }
    return Error{okOnly ? Tr::tr("No successfully applied version is recorded.")
                        : Tr::tr("No applied version is recorded."),
                 {}, Tr::tr("apply the project once to start its history")};
}

Result<QString> AppliedHistory::diff(const QString &fromId, const QString &toId) const
{
    // "" is the files on disk now, for the paths the other side names.
    auto side = [this](const QString &id, const QStringList &paths) -> Result<QMap<QString, QByteArray>> {
        if (!id.isEmpty()) {
            const Result<AppliedVersion> version = load(id);
            if (!version.ok())
                return version.error();
            return version->files;
        }
        QMap<QString, QByteArray> files;
        for (const QString &path : paths) {
            QFile file(QDir(m_projectDir).filePath(path));
            if (file.open(QIODevice::ReadOnly))
                files.insert(path, file.readAll());
        }
        return files;
    };
    QStringList paths;
    for (const QString &id : {fromId, toId}) {
        if (!id.isEmpty()) {
            const Result<AppliedVersion> version = load(id);
            if (!version.ok())
                return version.error();
            for (const QString &path : version->files.keys()) {
                if (!paths.contains(path))
                    paths.append(path);
            }
        }
    }
    const auto from = side(fromId, paths);
    if (!from.ok())
        return from.error();
    const auto to = side(toId, paths);
    if (!to.ok())
        return to.error();
    paths.sort();
    QString out;
    for (const QString &path : std::as_const(paths)) {
        const QByteArray a = from->value(path);
        const QByteArray b = to->value(path);
        if (a == b && from->contains(path) == to->contains(path))
            continue;
        if (SafeWriter::isSecretFile(path))
            out += LineDiff::unified(maskEnv(a, b, false), maskEnv(b, a, true), path);
        else
            out += LineDiff::unified(a, b, path);
    }
    return out;
}

Result<QStringList> AppliedHistory::restore(const QString &id) const
{
    const Result<AppliedVersion> version = load(id);
    if (!version.ok())
        return version.error();
    QStringList written;
    for (auto it = version->files.cbegin(); it != version->files.cend(); ++it) {
        const QString path = QDir(m_projectDir).filePath(it.key());
        QByteArray current;
        const bool exists = QFileInfo::exists(path);
        if (exists) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()), {},
                             Tr::tr("check its permissions")};
            current = file.readAll();
        } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Error{Tr::tr("Cannot create the folder for %1.").arg(path), {}, {}};
        }
        if (exists && current == it.value() && !SafeWriter::isSecretFile(path)) {
            written.append(path);
            continue;
        }
        // SafeWriter keeps the bytes being replaced in the edit history, so a restore loses nothing.
        SaveOptions options;
        options.projectDir = m_projectDir;
        options.summary = Tr::tr("restore applied version %1").arg(id);
        options.newFile = !exists;
        options.secret = SafeWriter::isSecretFile(path);
        const Result<SaveReport> saved = SafeWriter::save(path, current, it.value(), options);
        if (!saved.ok())
            return saved.error();
        written.append(path);
    }
    qCInfo(lcApply).noquote() << "restored applied version" << id;
    return written;
}

} // namespace Stackdeck
