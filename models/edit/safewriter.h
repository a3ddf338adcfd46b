#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

struct SaveOptions
{
    QString projectDir;    // history goes to <projectDir>/.stackdeck/history/; empty = the file's folder
    QString summary;       // one line for the history index, e.g. "set services.web.image = nginx:1.27"
    bool newFile = false;  // the file did not exist when the document was made
    bool secret = false;   // write with mode 0600 (also implied by .env-style names)
};

struct SaveReport
{
    bool changed = false;  // the bytes on disk differ from before
    QString historyFile;   // copy of the previous version, empty when nothing was kept
};

// Writes a file atomically (QSaveFile: the old or the new bytes, never a mix), refuses when the file
// changed on disk since it was loaded, keeps the previous version and the file's mode.
class SafeWriter final
{
public:
    static Result<SaveReport> save(const QString &path, const QByteArray &loadedBytes, const QByteArray &newBytes,
                                   const SaveOptions &options);
    // ".env", "prod.env", ".env.local", "secrets.env": files that hold variables, often secrets.
    static bool isSecretFile(const QString &path);
    static QString historyDir(const QString &projectDir);
};

} // namespace Stackdeck
