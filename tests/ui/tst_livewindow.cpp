#include "models/docker/engineendpoint.h"
#include "models/live/healthmodel.h"
#include "models/live/livestack.h"
#include "models/live/logmodel.h"
#include "ui/common/codeview.h"
#include "ui/inspector/serviceinspector.h"
#include "ui/logs/logview.h"
#include "ui/logs/logfilterbar.h"
#include "ui/gauges/resourcepanel.h"
#include "ui/main/commandline.h"
#include "ui/main/demostack.h"
#include "ui/main/mainwindow.h"
#include "ui/main/recentprojects.h"
#include "ui/topology/topologynodeitem.h"
#include "ui/topology/topologyscene.h"
#include "ui/topology/topologyview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;

// The whole window offscreen: opening stacks, selection across panels, the engine-less path, recent stacks.
class TestLiveWindow final : public QObject
{
    Q_OBJECT

private:
    static QString demoDir()
    {
        const Result<QString> demo = DemoStack::prepare();
        return demo ? demo.value() : QString();
    }

    static QAbstractButton *button(QWidget *root, const QString &text)
    {
        const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->text().remove(u'&') == text)
                return b;
        }
        return nullptr;
    }

    // Replaces the file's content, as an editor saving it would.
    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    static QStringList visibleTexts(QWidget *root)
    {
        QStringList out;
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisibleTo(root))
                out << label->text();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentProjects::clear();
        QVERIFY(!demoDir().isEmpty());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QStringList>("profiles");
        const QString data = QStringLiteral(STACKDECK_TEST_DATA);
        QTest::newRow("nothing: demo") << QStringList{} << true << true << QStringList{} << QString() << QStringList{};
        QTest::newRow("folder") << QStringList{data} << true << false << QStringList{} << QString() << QStringList{};
        QTest::newRow("files, name, profiles")
            << QStringList{QStringLiteral("-f"), QStringLiteral("a.yaml"), QStringLiteral("--file"), QStringLiteral("b.yaml"),
                           QStringLiteral("-p"), QStringLiteral("shop"), QStringLiteral("--profile"), QStringLiteral("debug")}
            << true << false << QStringList{QStringLiteral("/w/a.yaml"), QStringLiteral("/w/b.yaml")}
            << QStringLiteral("shop") << QStringList{QStringLiteral("debug")};
        QTest::newRow("missing folder") << QStringList{QStringLiteral("/no/such/stack")} << false << false
                                        << QStringList{} << QString() << QStringList{};
        QTest::newRow("two folders") << QStringList{data, data} << false << false << QStringList{} << QString()
                                     << QStringList{};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << false << false
                                        << QStringList{} << QString() << QStringList{};
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QFETCH(bool, demo);
        QFETCH(QStringList, files);
        QFETCH(QString, project);
        QFETCH(QStringList, profiles);
        const Result<CommandLine::Parsed> parsed =
            CommandLine::parse(QStringList{QStringLiteral("stackdeck")} + args, QStringLiteral("/w"));
        QCOMPARE(bool(parsed), ok);
        if (!ok) {
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        QCOMPARE(parsed->useDemo, demo);
        QCOMPARE(parsed->options.files, files);
        QCOMPARE(parsed->options.projectName, project);
        QCOMPARE(parsed->options.profiles, profiles);
    }

    void withoutEngineTheWindowStillWorks()
    {
        MainWindow window;
        const Result<EngineEndpoint> missing =
            EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stackdeck-test/docker.sock"), QStringLiteral("test"));
        QVERIFY(missing);
        window.setEngineEndpoint(missing.value());
        ComposeLoadOptions options;
        options.workingDir = demoDir();
        window.openStack(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.liveStack());
        QAbstractItemModelTester health(window.healthModel());
        QAbstractItemModelTester logs(window.liveStack()->logModel());

        auto *banner = window.findChild<QLabel *>(QStringLiteral("engineBanner"));
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("unavailable")), qPrintable(banner->text()));
        // Every card shows the stack as written, marked engine-unavailable with a reason.
        const QList<TopologyNodeItem *> nodes = window.topologyView()->topologyScene()->nodes();
        QCOMPARE(nodes.size(), window.stack().project.services.size());
        for (const TopologyNodeItem *node : nodes) {
            QTRY_COMPARE_WITH_TIMEOUT(int(node->status().state), int(ServiceLiveStatus::State::EngineUnavailable), 5000);
            QVERIFY2(!window.liveStack()->status(node->name()).reason.isEmpty(), qPrintable(node->name()));
        }
        // The inspector shows the first service, and its actions are off, saying why.
        QCOMPARE(window.inspector()->service(), window.stack().project.services.constFirst().name);
        QAbstractButton *start = button(window.inspector(), QStringLiteral("Start"));
        QVERIFY(start);
        QVERIFY(!start->isEnabled());
        QVERIFY(visibleTexts(window.inspector()).join(u'\n').contains(QStringLiteral("unavailable")));
        auto *engine = window.findChild<QLabel *>(QStringLiteral("engineLabel"));
        QVERIFY(engine->text().contains(QStringLiteral("unavailable")));
    }

    void selectingACardSelectsEverywhere()
    {
        MainWindow window;
        ComposeLoadOptions options;
        options.workingDir = demoDir();
        window.openStack(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TopologyView *view = window.topologyView();
        TopologyNodeItem *postgres = view->topologyScene()->node(QStringLiteral("postgres"));
        QVERIFY(postgres);
        view->centerOn(postgres);
        const QPoint at = view->mapFromScene(postgres->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(window.selectedService(), QStringLiteral("postgres"));
        QCOMPARE(window.inspector()->service(), QStringLiteral("postgres"));
        QCOMPARE(window.resourcePanel()->selectedService(), QStringLiteral("postgres"));
        QCOMPARE(view->topologyScene()->selectedService(), QStringLiteral("postgres"));

        // Keyboard: Tab moves the selection to another card and the inspector follows.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab);
        QTRY_VERIFY(window.selectedService() != QStringLiteral("postgres"));
        QCOMPARE(window.inspector()->service(), window.selectedService());

        // The inspector's Logs button shows that service's lines only, in the Logs tab.
        window.showTab(MainWindow::FilesTab);
        QAbstractButton *logs = button(window.inspector(), QStringLiteral("Logs"));
        QVERIFY(logs);
        QVERIFY(logs->isEnabled());
        const QString chosen = window.selectedService();
        logs->click();
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::LogsTab));
        auto *bar = window.logView()->findChild<LogFilterBar *>();
        QVERIFY(bar);
        QVERIFY(bar->services().contains(chosen));
        auto *servicesButton = bar->findChild<QAbstractButton *>(QStringLiteral("logServices"));
        QVERIFY(servicesButton);
        QVERIFY2(servicesButton->text().contains(QStringLiteral("1 of 11")), qPrintable(servicesButton->text()));
    }

    void reloadingABrokenStackKeepsTheWindowUsable()
    {
        QTemporaryDir dir;
        QFile compose(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(writeFile(compose.fileName(), "services:\n  web:\n    image: busybox:latest\n"));
        MainWindow window;
        ComposeLoadOptions options;
        options.workingDir = dir.path();
        window.openStack(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::LogsTab);
        window.logView()->showServices({QStringLiteral("web")});

        // The file breaks on disk and the person presses Reload: a message, no crash, the log view still works.
        QVERIFY(writeFile(compose.fileName(), "services:\n  web: [unclosed\n"));
        window.openStack(options);
        QVERIFY(!window.stack().ok);
        QVERIFY(!window.liveStack());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("messageBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("compose.yaml")), qPrintable(banner->text()));
        QVERIFY(window.logView()->model());
        QCOMPARE(window.logView()->model()->rowCount(), 0);
        window.logView()->repaint();
        QTest::keyClicks(window.logView()->findChild<QLineEdit *>(), QStringLiteral("err"));
        QTest::qWait(300);

        // Fixed again: the stack follows live, and the filter shows every service of the new stack.
        QVERIFY(writeFile(compose.fileName(), "services:\n  web:\n    image: busybox:latest\n  db:\n    image: busybox:latest\n"));
        window.openStack(options);
        QVERIFY(window.stack().ok);
        QVERIFY(window.liveStack());
        QCOMPARE(window.logView()->model(), window.liveStack()->logModel());
        auto *bar = window.logView()->findChild<LogFilterBar *>();
        QCOMPARE(bar->services(), (QStringList{QStringLiteral("web"), QStringLiteral("db")}));
    }

    void secretsAreMaskedInTheWindow()
    {
        QTemporaryDir dir;
        QFile env(dir.filePath(QStringLiteral("secrets.env")));
        QVERIFY(writeFile(env.fileName(), "DB_PASSWORD=Zq8-very-secret-Xy\n"));
        QFile compose(dir.filePath(QStringLiteral("compose.yaml")));
        // The secret reaches the command through interpolation, not through the service's environment.
        QVERIFY(writeFile(compose.fileName(),
                          "services:\n  db:\n    image: busybox:latest\n    command: [\"server\", \"--password\", \"${DB_PASSWORD}\"]\n"));
        MainWindow window;
        ComposeLoadOptions options;
        options.workingDir = dir.path();
        options.envFiles = {env.fileName()};
        window.openStack(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.stack().ok);
        window.selectService(QStringLiteral("db"));
        // Every env file shown in the Files tab is withheld, whatever its name.
        window.showFile(env.fileName());
        QStringList texts{window.codeView()->toPlainText()};
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text() << label->toolTip();
        const QString all = texts.join(u'\n');
        QVERIFY2(!all.contains(QStringLiteral("Zq8-very-secret-Xy")), "the secret is readable in the window");
        QVERIFY(all.contains(QStringLiteral("--password")));
    }

    void recentStacks()
    {
        RecentProjects::clear();
        QTemporaryDir dir;
        QFile compose(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(writeFile(compose.fileName(), "services:\n  web:\n    image: busybox:latest\n"));
        MainWindow window;
        ComposeLoadOptions demo;
        demo.workingDir = demoDir();
        window.openStack(demo); // the demo is never listed
        QVERIFY(RecentProjects::load().isEmpty());
        ComposeLoadOptions mine;
        mine.workingDir = dir.path();
        mine.projectName = QStringLiteral("mine");
        window.openStack(mine);
        QVERIFY(window.stack().ok);
        const QList<RecentProjects::Entry> entries = RecentProjects::load();
        QCOMPARE(entries.size(), 1);
        QVERIFY(RecentProjects::sameStack(entries.constFirst().options, mine));
        QCOMPARE(entries.constFirst().label, QStringLiteral("mine"));

        // The menu lists it; choosing it opens that stack again.
        window.openStack(demo);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *entry = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(QStringLiteral("mine")))
                entry = a;
        }
        QVERIFY(entry);
        entry->trigger();
        QCOMPARE(window.stack().project.name, QStringLiteral("mine"));
        QCOMPARE(window.topologyView()->topologyScene()->nodes().size(), 1);
        // Reopening moves it to the top instead of listing it twice.
        QCOMPARE(RecentProjects::load().size(), 1);
        RecentProjects::clear();
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
