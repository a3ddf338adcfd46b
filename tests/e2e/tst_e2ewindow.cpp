#include "e2ehelpers.h"

#include "models/live/livestack.h"
#include "models/live/logmodel.h"
#include "ui/inspector/serviceinspector.h"
#include "ui/main/demostack.h"
#include "ui/main/mainwindow.h"
#include "ui/topology/topologyview.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::E2e;

namespace {

const QString project = QStringLiteral("stackdeck-e2e");

QAbstractButton *inspectorButton(ServiceInspector *inspector, const QString &text)
{
    const QList<QAbstractButton *> buttons = inspector->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

bool allHealthyAndRunning(const LiveStack *live, const QStringList &services, QString *notYet)
{
    notYet->clear();
    for (const QString &service : services) {
        const ServiceLiveStatus s = live->status(service);
        const bool ok = s.state == ServiceLiveStatus::State::Running
                        && (s.health == ServiceLiveStatus::Health::Healthy || s.health == ServiceLiveStatus::Health::None);
        if (!ok)
            *notYet += service + u' ';
    }
    return notYet->isEmpty();
}

} // namespace

// The real window under Xvfb against the real engine and the demo stack's stand-in images
// (tests/setup.d/30-demo-standins.sh): start it from the window, watch it come up healthy, act on a service,
// take the screenshots docs/screenshots/ holds, and check no secret is readable anywhere.
class TestE2eWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_stack;
    QString m_shots;

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("needs a real X server: run under xvfb-run (ctest does)");
        QString out;
        if (run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"),
                                           QStringLiteral("stackdeck-demo/fastapi:0.1")}, &out) != 0)
            QFAIL("the demo stand-in images are missing: run tests/setup.d/30-demo-standins.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Result<QString> demo = DemoStack::prepare(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        m_stack = demo.value();
        const QFileDevice::Permissions env = QFileInfo(m_stack + QStringLiteral("/.env")).permissions();
        QVERIFY(env.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY2(!(env & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)),
                 "the demo's .env must be mode 0600");
        m_shots = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR",
                                       QStringLiteral(STACKDECK_BINARY_DIR "/screenshots"));
        composeDown(project); // a run killed earlier may have left containers behind
    }

    void cleanupTestCase()
    {
        if (!m_stack.isEmpty())
            composeDown(project);
    }

    void demoStackLiveInTheWindow()
    {
        MainWindow window;
        ComposeLoadOptions options;
        options.workingDir = m_stack;
        options.projectName = project;
        window.openStack(options);
        QVERIFY2(window.stack().ok, qPrintable(window.stack().error));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList services;
        for (const ServiceSpec &s : window.stack().project.services)
            services << s.name;
        QCOMPARE(services.size(), 11);

        // Nothing runs yet: every card says "not created".
        QTRY_VERIFY_WITH_TIMEOUT(window.liveStack()->engineState().isConnected(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(int(window.liveStack()->status(QStringLiteral("postgres")).state),
                                  int(ServiceLiveStatus::State::NotCreated), 10000);

        // Stack → Start All, as a user would: compose up -d through the runner.
        QAction *startAll = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text().remove(u'&').startsWith(QStringLiteral("Start All")))
                startAll = a;
        }
        QVERIFY(startAll);
        startAll->trigger();
        QString notYet;
        QTRY_VERIFY2_WITH_TIMEOUT(allHealthyAndRunning(window.liveStack(), services, &notYet),
                                  qPrintable(QStringLiteral("not running+healthy yet: ") + notYet), 240000);

        // Logs from several services arrive; numbers reach the gauges.
        QTRY_VERIFY_WITH_TIMEOUT(window.liveStack()->logModel()->rowCount() > 50, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.liveStack()->status(QStringLiteral("spark-master")).memoryUsed.has_value(), 20000);
        QTest::qWait(20000); // a little history for the charts

        // Secrets: nothing readable in the window, nothing in the log lines.
        const QMap<QString, QString> secrets = readEnv(m_stack + QStringLiteral("/.env"));
        QVERIFY(secrets.size() >= 3);
        QStringList texts = readableTexts(&window);
        const LogModel *logs = window.liveStack()->logModel();
        for (int row = 0; row < logs->rowCount(); ++row)
            texts << logs->line(row).text;
        const QString all = texts.join(u'\n');
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            QVERIFY2(!all.contains(it.value()), qPrintable(it.key() + QStringLiteral(" is readable in the window")));

        // Screenshots of each panel, the topology with the inspector always in view.
        window.selectService(QStringLiteral("spark-master"));
        window.topologyView()->fitAll();
        const QList<std::pair<MainWindow::Tab, QString>> shots{{MainWindow::LogsTab, QStringLiteral("window")},
                                                               {MainWindow::ResourcesTab, QStringLiteral("gauges")},
                                                               {MainWindow::HealthTab, QStringLiteral("health")},
                                                               {MainWindow::LogsTab, QStringLiteral("logs")}};
        for (const auto &[tab, name] : shots) {
            window.showTab(tab);
            if (name == u"logs")
                window.selectService(QStringLiteral("fastapi"));
            QTest::qWait(1500);
            QVERIFY(!screenshot(&window, m_shots, name).isEmpty());
        }
        QVERIFY(!screenshot(window.topologyView(), m_shots, QStringLiteral("topology")).isEmpty());

        // Stop and start one service from the inspector; the runner acts, the engine view follows.
        window.selectService(QStringLiteral("analytics"));
        QAbstractButton *stop = inspectorButton(window.inspector(), QStringLiteral("Stop"));
        QVERIFY(stop);
        QTRY_VERIFY(stop->isEnabled());
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(window.liveStack()->status(QStringLiteral("analytics")).state),
                                  int(ServiceLiveStatus::State::Exited), 60000);
        QAbstractButton *start = inspectorButton(window.inspector(), QStringLiteral("Start"));
        QVERIFY(start);
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(int(window.liveStack()->status(QStringLiteral("analytics")).state),
                                  int(ServiceLiveStatus::State::Running), 60000);

        // Again after the actions: compose's messages and probe outputs have been shown meanwhile.
        texts = readableTexts(&window);
        texts << window.statusBar()->currentMessage();
        const QString after = texts.join(u'\n');
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            QVERIFY2(!after.contains(it.value()), qPrintable(it.key() + QStringLiteral(" is readable after the actions")));
    }
};

QTEST_MAIN(TestE2eWindow)
#include "tst_e2ewindow.moc"
