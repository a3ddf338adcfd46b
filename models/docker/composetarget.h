#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// The compose project a command acts on: passed to compose explicitly as -p NAME -f FILE ...
struct ComposeTarget
{
    QString projectName;             // empty: the first file's top-level name:, else its folder's name
    QStringList files;               // -f files in merge order; at least one
    QString projectDirectory;        // working directory; empty: the first file's folder
    QProcessEnvironment environment; // empty: the console's own environment

    // The name compose will use, normalised as compose does (lower case, [a-z0-9_-], starts alphanumeric).
    QString resolvedProjectName() const;
    QString resolvedProjectDirectory() const;
    static QString normaliseProjectName(const QString &name);
};

} // namespace Stackdeck
