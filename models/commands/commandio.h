#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Stackdeck {

// What a headless command needs from its caller: arguments, output streams and the working folder.
struct CommandIo
{
    QStringList args;       // arguments after the command name
    QTextStream &out;       // normal output
    QTextStream &err;       // diagnostics
    QString workingDir;     // where relative paths and discovery start
};

// Exit statuses shared by every command.
enum ExitStatus : int { ExitClean = 0, ExitWarnings = 1, ExitErrors = 2 };

} // namespace Stackdeck
