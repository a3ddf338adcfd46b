#include "app/guimain.h"

#include "ui/main/demostack.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace Stackdeck {

namespace {

void installTranslators(QApplication &app)
{
    // Qt's own strings (dialog buttons) and ours, both following the system locale.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("stackdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STACKDECK_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for a local data-platform stack. Headless commands: check, set, values."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption fileOption({QStringLiteral("f"), QStringLiteral("file")},
                                        QCoreApplication::translate("main", "Compose file (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption nameOption({QStringLiteral("p"), QStringLiteral("project-name")},
                                        QCoreApplication::translate("main", "Project name."), QStringLiteral("NAME"));
    const QCommandLineOption envOption(QStringLiteral("env-file"),
                                       QCoreApplication::translate("main", "Environment file (repeatable)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Profile to enable (repeatable)."),
                                           QStringLiteral("PROFILE"));
    parser.addOptions({fileOption, nameOption, envOption, profileOption});
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QCoreApplication::translate("main", "Stack folder; the demo stack when nothing is given."),
                                 QStringLiteral("[DIR]"));
    parser.process(app);

    ComposeLoadOptions options;
    for (const QString &file : parser.values(fileOption))
        options.files.append(QDir::current().absoluteFilePath(file));
    options.projectName = parser.value(nameOption);
    options.envFiles = parser.values(envOption);
    options.profiles = parser.values(profileOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "stackdeck: give one folder, or -f FILE ...\n");
        return 2;
    }
    if (!positional.isEmpty()) {
        options.workingDir = QDir(positional.constFirst()).absolutePath();
    } else if (options.files.isEmpty()) {
        const Result<QString> demo = DemoStack::prepare();
        if (!demo) {
            QTextStream(stderr) << QCoreApplication::translate("main", "stackdeck: %1\n").arg(demo.error().toString());
            return 2;
        }
        options.workingDir = demo.value();
    }
    if (options.workingDir.isEmpty())
        options.workingDir = QDir::currentPath();

    MainWindow window;
    window.openStack(options);
    window.show();
    return QApplication::exec();
}

} // namespace Stackdeck
