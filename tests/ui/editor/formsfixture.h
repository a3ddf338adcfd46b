#pragma once

#include "models/compose/composeproject.h"
#include "models/editor/editsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A copy of the demo stack with a .env of test secrets in a temporary folder, shared by the form tests.
namespace FormsFixture {

inline QString sourceRoot()
{
    return QDir::cleanPath(QStringLiteral(STACKDECK_TEST_DATA) + QStringLiteral("/../.."));
}

inline bool copyDemo(const QTemporaryDir &dir)
{
    const QString demo = sourceRoot() + QStringLiteral("/resources/demo/compose.yaml");
    const QString env = QStringLiteral(STACKDECK_TEST_DATA) + QStringLiteral("/editor/forms/demo.env");
    if (!QFile::copy(demo, dir.filePath(QStringLiteral("compose.yaml"))))
        return false;
    if (!QFile::copy(env, dir.filePath(QStringLiteral(".env"))))
        return false;
    QFile::setPermissions(dir.filePath(QStringLiteral("compose.yaml")), QFile::ReadOwner | QFile::WriteOwner);
    return QFile::setPermissions(dir.filePath(QStringLiteral(".env")), QFile::ReadOwner | QFile::WriteOwner);
}

inline Stackdeck::ComposeLoadOptions demoOptions(const QTemporaryDir &dir)
{
    Stackdeck::ComposeLoadOptions options;
    options.files = {dir.filePath(QStringLiteral("compose.yaml"))};
    options.workingDir = dir.path();
    options.useProcessEnvironment = false;
    return options;
}

// Copies the demo into `dir` and opens it in `session`; an empty string when both worked, else why not.
inline QString openDemo(const QTemporaryDir &dir, Stackdeck::EditSession &session)
{
    if (!dir.isValid() || !copyDemo(dir))
        return QStringLiteral("cannot copy the demo stack into a temporary folder");
    const Stackdeck::Status opened = session.open(demoOptions(dir));
    return opened ? QString() : opened.error().toString();
}

} // namespace FormsFixture
