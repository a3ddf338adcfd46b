#pragma once

#include "models/editor/editsession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Stackdeck::SessionFixture {

inline QString demoDir()
{
    return QStringLiteral(STACKDECK_TEST_DATA "/../../resources/demo");
}

inline QString dataFile(const QString &relative)
{
    return QStringLiteral(STACKDECK_TEST_DATA "/") + relative;
}

// Copies a file or a whole folder into `dir`; a single file becomes compose.yaml.
inline bool copyInto(const QString &source, const QTemporaryDir &dir)
{
    if (QFileInfo(source).isFile())
        return QFile::copy(source, dir.filePath(QStringLiteral("compose.yaml")));
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dir.filePath(QDir(source).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return false;
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The variables the demo needs from .env (its ${X:?...} references).
inline QByteArray demoEnv()
{
    return "# generated for tests\nPOSTGRES_PASSWORD=pg-test-pass\nREDIS_PASSWORD=redis-test-pass\n"
           "API_SECRET_KEY=api-test-key\nGRAFANA_ADMIN_PASSWORD=grafana-test-pass\n";
}

inline ComposeLoadOptions optionsFor(const QTemporaryDir &dir)
{
    ComposeLoadOptions o;
    o.workingDir = dir.path();
    o.useProcessEnvironment = false;
    return o;
}

} // namespace Stackdeck::SessionFixture
