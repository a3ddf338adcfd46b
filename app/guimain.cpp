#include "app/guimain.h"
#include "app/translators.h"

#include "ui/main/commandline.h"
#include "ui/main/demostack.h"
#include "ui/main/firstframereporter.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTextStream>

namespace Stackdeck {

int runGui(int &argc, char **argv, const QElapsedTimer &sinceStart)
{
    // --help, --version and bad arguments are answered without a display.
    Result<CommandLine::Parsed> parsed = Error{};
    {
        QCoreApplication probe(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STACKDECK_VERSION));
        installTranslators(probe);
        parsed = CommandLine::parse(QCoreApplication::arguments(), QDir::currentPath());
        if (!parsed) {
            QTextStream(stderr) << QCoreApplication::translate("main", "stackdeck: %1\n").arg(parsed.error().toString());
            return 2;
        }
        if (!parsed->helpText.isEmpty() || parsed->showVersion) {
            QTextStream(stdout) << (parsed->showVersion ? QCoreApplication::applicationName() + u' '
                                                              + QCoreApplication::applicationVersion() + u'\n'
                                                        : parsed->helpText);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDECK_VERSION));
    // The desktop entry's name lets Wayland and task bars match the window to the launcher and its icon.
    const QString appId = QStringLiteral("io.github.stackdeck.Stackdeck");
    QGuiApplication::setDesktopFileName(appId);
    QIcon fallback;
    for (const char *size : {"16x16", "32x32", "64x64", "256x256"})
        fallback.addFile(QStringLiteral(":/icons/%1/%2.png").arg(QLatin1String(size), appId));
    QApplication::setWindowIcon(QIcon::fromTheme(appId, fallback));
    installTranslators(app);
    ComposeLoadOptions options = parsed->options;
    if (parsed->useDemo) {
        const Result<QString> demo = DemoStack::prepare();
        if (!demo) {
            QTextStream(stderr) << QCoreApplication::translate("main", "stackdeck: %1\n").arg(demo.error().toString());
            return 2;
        }
        options.workingDir = demo.value();
    }

    MainWindow window;
    // STACKDECK_FIRST_FRAME=report prints when the first frame is up; =quit also exits (benchmarks).
    const QByteArray firstFrame = qgetenv("STACKDECK_FIRST_FRAME");
    if (!firstFrame.isEmpty())
        new FirstFrameReporter(&window, sinceStart, firstFrame == "quit");
    window.openStack(options);
    window.show();
    // STACKDECK_OPEN_EDITOR=1 opens the configuration editor at start (screenshots, demos).
    if (qEnvironmentVariableIntValue("STACKDECK_OPEN_EDITOR") == 1)
        window.editConfiguration();
    return QApplication::exec();
}

} // namespace Stackdeck
