#pragma once

#include "models/compose/composeproject.h"
#include "models/core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Stackdeck {

// `stackdeck [DIR | FILE | -f FILE ...] [-p NAME] [--env-file F] [--profile P]`, parsed without side effects.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Parsed
    {
        ComposeLoadOptions options;
        bool useDemo = false;   // nothing given: open the bundled demo stack
        QString helpText;       // set for --help
        bool showVersion = false;
    };

    // `arguments` include the program name first; relative paths resolve against `currentDir`.
    static Result<Parsed> parse(const QStringList &arguments, const QString &currentDir);
};

} // namespace Stackdeck
