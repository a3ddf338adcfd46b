#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Stackdeck {

// One applied version of a project's files, kept under <project>/.stackdeck/history/applied/<id>/.
struct AppliedVersion
{
    QString id;                       // sortable: "20261122T150501Z-3"
    QDateTime time;                   // UTC
    QString summary;                  // one line: what changed and what apply did
    bool ok = true;                   // false: the apply failed (kept so it can be diffed)
    QMap<QString, QByteArray> files;  // path relative to the project folder -> bytes (env files included, 0600)
};

// Every applied version of a project, newest last; any two can be diffed, any one restored.
class AppliedHistory final
{
public:
    explicit AppliedHistory(const QString &projectDir);

    QString directory() const;
    // Records `files` (absolute paths inside the project) as a new version.
    Result<AppliedVersion> record(const QStringList &files, const QString &summary, bool ok = true);
    QList<AppliedVersion> versions() const;          // oldest first, files not read (index only)
    Result<AppliedVersion> load(const QString &id) const;
    Result<AppliedVersion> latest(bool okOnly = true) const;
    // Unified diff of every file that differs between two versions ("" id = the files on disk now).
    Result<QString> diff(const QString &fromId, const QString &toId) const;
    // Writes a version's files back into the project (atomically, env files 0600); returns the paths written.
    Result<QStringList> restore(const QString &id) const;

private:
    QString m_projectDir;
};

} // namespace Stackdeck
