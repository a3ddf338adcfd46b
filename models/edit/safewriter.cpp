#include "models/edit/safewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcEdit, "stackdeck.edit", QtInfoMsg)

namespace Stackdeck {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                             | QFileDevice::ReadUser | QFileDevice::WriteUser;

// Error texts are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::SafeWriter)
};


Status writeAtomically(const QString &path, const QByteArray &bytes, bool secret)
{
    const SourceLocation where{path, 0, 0, -1};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write the file: %1.").arg(file.errorString()), where,
                     Tr::tr("check that its folder is writable")};
    // QSaveFile copies an existing file's mode; secrets are narrowed to the owner whatever they had.
    if (secret && !file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return Error{Tr::tr("Cannot make the file private (mode 0600)."), where,
                     Tr::tr("check the folder's file system supports permissions")};
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("Writing the file failed: %1; the old version is untouched.").arg(file.errorString()),
                     where, Tr::tr("check free disk space and permissions")};
    return success();
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

bool SafeWriter::isSecretFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == QLatin1String(".env") || name.startsWith(QLatin1String(".env.")) || name.endsWith(QLatin1String(".env"));
}

QString SafeWriter::historyDir(const QString &projectDir)
{
    return QDir(projectDir).filePath(QStringLiteral(".stackdeck/history"));
}

Result<SaveReport> SafeWriter::save(const QString &path, const QByteArray &loadedBytes, const QByteArray &newBytes,
                                    const SaveOptions &options)
{
    const SourceLocation where{path, 0, 0, -1};
    const QFileInfo info(path);
    const bool secret = options.secret || isSecretFile(path);
    QByteArray onDisk;
    if (info.exists()) {
        if (options.newFile)
            return Error{Tr::tr("A file of this name was created since the document was made; it was not overwritten."),
                         where, Tr::tr("reload the project to see it, then make the change again")};
        QFile current(path);
        if (!current.open(QIODevice::ReadOnly))
            return Error{Tr::tr("Cannot read the file to check it: %1.").arg(current.errorString()), where,
                         Tr::tr("check its permissions")};
        onDisk = current.readAll();
        if (onDisk != loadedBytes)
            return Error{Tr::tr("The file changed on disk since it was loaded; it was not overwritten."), where,
                         Tr::tr("reload it (run the command again, or reload the project) and make the change again")};
    } else if (!options.newFile) {
        return Error{Tr::tr("The file was deleted or moved since it was loaded; it was not written."), where,
                     Tr::tr("reload the project and make the change again")};
    }

    SaveReport report;
    report.changed = !info.exists() || onDisk != newBytes;
    if (info.exists() && report.changed) {
        // Keep the previous version before replacing it.
        const QString projectDir = options.projectDir.isEmpty() ? info.absolutePath() : options.projectDir;
        QDir history(historyDir(projectDir));
        if (!history.mkpath(QStringLiteral(".")))
            return Error{Tr::tr("Cannot create the history folder %1; nothing was written.").arg(history.path()),
                         where, Tr::tr("check that the project folder is writable")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        QString name = stamp + QLatin1Char('-') + info.fileName();
        for (int n = 2; history.exists(name); ++n)
            name = stamp + QLatin1Char('-') + QString::number(n) + QLatin1Char('-') + info.fileName();
        const Status kept = writeAtomically(history.filePath(name), onDisk, secret);
        if (!kept.ok())
            return Error{Tr::tr("Cannot keep the previous version (%1); nothing was written.").arg(kept.error().message),
                         where, kept.error().hint};
        QFile index(history.filePath(QStringLiteral("index.tsv")));
        if (!index.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error{Tr::tr("Cannot update the history index: %1; nothing was written.").arg(index.errorString()),
                         where, Tr::tr("check that %1 is writable").arg(history.path())};
        const QString line = now.toString(Qt::ISODateWithMs) + QLatin1Char('\t') + QDir(projectDir).relativeFilePath(info.absoluteFilePath())
                           + QLatin1Char('\t') + name + QLatin1Char('\t') + oneLine(options.summary) + QLatin1Char('\n');
        index.write(line.toUtf8());
        index.close();
        report.historyFile = history.filePath(name);
    }
    const Status written = writeAtomically(path, newBytes, secret);
    if (!written.ok())
        return written.error();
    qCDebug(lcEdit) << "saved" << path << (report.changed ? "changed" : "unchanged");
    return report;
}

} // namespace Stackdeck
