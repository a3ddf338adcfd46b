#include "app/translators.h"
#include "models/commands/checkcommand.h"
#include "models/commands/logscommand.h"
#include "models/commands/setcommand.h"
#include "models/commands/statuscommand.h"
#include "models/commands/valuescommand.h"
#ifdef STACKDECK_WITH_GUI
#include "app/guimain.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace Stackdeck;

namespace {

using CommandFn = int (*)(CommandIo &);

struct Headless
{
    const char *name;
    CommandFn run;
};

constexpr Headless headlessCommands[] = {
    {"check", &CheckCommand::run},
    {"set", &SetCommand::run},
    {"values", &ValuesCommand::run},
    {"status", &StatusCommand::run},
    {"logs", &LogsCommand::run},
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Debug lines are for developers; QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("stackdeck.*.debug=false"));
    // Headless commands never construct a QGuiApplication, so they run without a display.
    if (argc > 1) {
        for (const Headless &cmd : headlessCommands) {
            if (std::strcmp(argv[1], cmd.name) != 0)
                continue;
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
            installTranslators(app);
            QTextStream out(stdout);
            QTextStream err(stderr);
            QStringList args = QCoreApplication::arguments().mid(2);
            CommandIo io{args, out, err, QDir::currentPath()};
            const int status = cmd.run(io);
            out.flush();
            err.flush();
            return status;
        }
    }
#ifdef STACKDECK_WITH_GUI
    // Everything else opens the window: `stackdeck [DIR | -f FILE ...]`.
    return runGui(argc, argv, sinceStart);
#else
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "stackdeck: built without the window (STACKDECK_BUILD_GUI=OFF); try `stackdeck check`\n";
    return 2;
#endif
}
