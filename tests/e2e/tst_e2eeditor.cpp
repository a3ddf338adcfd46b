#include "e2ehelpers.h"

#include "models/edit/linediff.h"
#include "models/editor/appliedhistory.h"
#include "models/editor/editsession.h"
#include "ui/editor/applypanel.h"
#include "ui/editor/editorwindow.h"
#include "ui/editor/historypanel.h"
#include "ui/editor/sparkform.h"
#include "ui/main/demostack.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::E2e;

namespace {

const QString project = QStringLiteral("stackdeck-e2e-editor");
// Everything the console logged during the run: scanned for secrets at the end.
QStringList g_logLines;

QString docker(const QStringList &arguments)
{
    QString out;
    run(QStringLiteral("docker"), arguments, &out);
    return out.trimmed();
}

// The container id and memory limit (bytes) of one service of the project.
QPair<QString, qint64> container(const QString &service)
{
    const QString id = docker({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.project=") + project, QStringLiteral("--filter"),
                               QStringLiteral("label=com.docker.compose.service=") + service});
    const QString memory = id.isEmpty() ? QString()
                                        : docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                                  QStringLiteral("{{.HostConfig.Memory}}"), id});
    return {id, memory.toLongLong()};
}

QStringList runningServices()
{
    return docker({QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Label \"com.docker.compose.service\"}}"),
                   QStringLiteral("--filter"), QStringLiteral("label=com.docker.compose.project=") + project})
        .split(u'\n', Qt::SkipEmptyParts);
}

// The X server shows what was painted: let the window repaint before its picture is taken.
QString shot(QWidget *window, const QString &dir, const QString &name)
{
    window->repaint();
    QTest::qWait(800);
    return screenshot(window, dir, name);
}

} // namespace

// The whole journey in the real editor window under Xvfb, against the real engine and the demo's
// stand-in images: change the Spark workers' memory in the form, review the diff and the plan, apply, watch
// the workers come back healthy with the new limit, then roll back to the version before.
class TestE2eEditor final : public QObject
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
                                           QStringLiteral("apache/spark:3.5.1")}, &out) != 0)
            QFAIL("the demo stand-in images are missing: run tests/setup.d/30-demo-standins.sh");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Result<QString> demo = DemoStack::prepare(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        m_stack = demo.value();
        m_shots = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR", QStringLiteral(STACKDECK_BINARY_DIR "/screenshots"));
        composeDown(project);
        QCOMPARE(demoUp(project, m_stack, &out), 0);
    }

    void cleanupTestCase()
    {
        if (!m_stack.isEmpty())
            composeDown(project);
    }

    void changeWorkerMemoryApplyAndRollBack()
    {
        const QString composeFile = m_stack + QStringLiteral("/compose.yaml");
        QFile file(composeFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        const auto before1 = container(QStringLiteral("spark-worker-1"));
        const auto before2 = container(QStringLiteral("spark-worker-2"));
        const auto master = container(QStringLiteral("spark-master"));
        QVERIFY(!before1.first.isEmpty() && !before2.first.isEmpty() && !master.first.isEmpty());

        EditorWindow window;
        window.setRunningProvider(runningServices);
        ComposeLoadOptions options;
        options.workingDir = m_stack;
        options.projectName = project;
        const Status opened = window.open(options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.applyPanel()->setHealthTimeout(180);

        // 1. The Spark tab: worker memory 2g -> 3g, typed as a user types it.
        SparkForm *spark = window.findChild<SparkForm *>();
        QVERIFY(spark);
        for (int tab = 0; tab < window.formTabs()->count(); ++tab) {
            if (window.formTabs()->widget(tab)->isAncestorOf(spark) || window.formTabs()->widget(tab) == spark)
                window.formTabs()->setCurrentIndex(tab);
        }
        QVERIFY(spark->isVisible());
        QCOMPARE(spark->workers(), (QStringList{QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-2")}));
        QLineEdit *memory = spark->memoryEdit();
        memory->selectAll();
        QTest::keyClicks(memory, QStringLiteral("3g"));
        QTest::keyClick(memory, Qt::Key_Return);
        QTRY_VERIFY(window.session()->isModified());
        const QByteArray edited = window.session()->text(composeFile);
        const LineDiff::Stats stats = LineDiff::stats(LineDiff::compare(original, edited));
        QVERIFY2(stats.removed == stats.added && stats.added >= 1 && stats.added <= 2,
                 qPrintable(LineDiff::unified(original, edited, QStringLiteral("compose.yaml"))));
        QVERIFY(edited.contains("SPARK_WORKER_MEMORY: 3g"));
        QVERIFY(shot(&window, m_shots, QStringLiteral("editor")).size() > 0);

        // 2. Review: the diff names compose.yaml.
        window.review();
        QCOMPARE(window.page(), EditorWindow::ReviewPage);
        QVERIFY(shot(&window, m_shots, QStringLiteral("editor-diff")).size() > 0);

        // 3. Apply: the plan recreates the two workers and leaves every other service alone.
        window.showPage(EditorWindow::ApplyPage);
        ApplyPanel *apply = window.applyPanel();
        apply->prepare();
        QCOMPARE(apply->stage(), ApplyPanel::Stage::Planned);
        const ApplyPlan plan = apply->plan();
        QCOMPARE(plan.servicesWith(ServicePlan::Action::Recreate),
                 (QStringList{QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-2")}));
        QCOMPARE(plan.servicesWith(ServicePlan::Action::Unchanged).size(), 9);
        QVERIFY(shot(&window, m_shots, QStringLiteral("editor-plan")).size() > 0);
        QTest::mouseClick(apply->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(apply->stage() == ApplyPanel::Stage::Succeeded || apply->stage() == ApplyPanel::Stage::Failed,
                                 300000);
        QVERIFY2(apply->stage() == ApplyPanel::Stage::Succeeded, qPrintable(apply->message()));
        QVERIFY(shot(&window, m_shots, QStringLiteral("editor-applied")).size() > 0);
        const auto after1 = container(QStringLiteral("spark-worker-1"));
        QVERIFY(after1.first != before1.first);
        QVERIFY2(after1.second > before1.second, qPrintable(QString::number(after1.second)));
        QCOMPARE(container(QStringLiteral("spark-master")).first, master.first);
        QVERIFY(AppliedHistory(m_stack).versions().size() >= 2);

        // 4. Roll back: restore the version before the change from the history and apply it.
        window.showPage(EditorWindow::HistoryPage);
        window.historyPanel()->refresh();
        const QStringList ids = window.historyPanel()->versionIds();
        QVERIFY(ids.size() >= 2);
        emit window.historyPanel()->restoreRequested(ids.at(ids.size() - 2));
        QTRY_COMPARE_WITH_TIMEOUT(window.page(), EditorWindow::ApplyPage, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(apply->stage(), ApplyPanel::Stage::Planned, 10000);
        QCOMPARE(apply->plan().servicesWith(ServicePlan::Action::Recreate),
                 (QStringList{QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-2")}));
        QTest::mouseClick(apply->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(apply->stage() == ApplyPanel::Stage::Succeeded || apply->stage() == ApplyPanel::Stage::Failed,
                                 300000);
        QVERIFY2(apply->stage() == ApplyPanel::Stage::Succeeded, qPrintable(apply->message()));
        QVERIFY(shot(&window, m_shots, QStringLiteral("editor-rolled-back")).size() > 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
        file.close();
        QCOMPARE(container(QStringLiteral("spark-worker-1")).second, before1.second);

        // 5. Secrets: not in the compose file, not readable in the window, not in the console's log output.
        const QMap<QString, QString> secrets = readEnv(m_stack + QStringLiteral("/.env"));
        QVERIFY(secrets.size() >= 3);
        QVERIFY(!(QFileInfo(m_stack + QStringLiteral("/.env")).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString compose = QString::fromUtf8(file.readAll());
        const QString texts = readableTexts(&window).join(u'\n');
        const QString logs = g_logLines.join(u'\n');
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (it.value().size() < 8)
                continue;
            QVERIFY2(!compose.contains(it.value()), qPrintable(it.key()));
            QVERIFY2(!texts.contains(it.value()), qPrintable(it.key()));
            QVERIFY2(!logs.contains(it.value()), qPrintable(it.key()));
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestE2eEditor test;
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
        g_logLines.append(message);
        fprintf(stderr, "%s\n", qPrintable(message));
    });
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2eeditor.moc"
