#include "models/live/findingmodel.h"
#include "ui/common/codeview.h"
#include "ui/main/demostack.h"
#include "ui/main/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Stackdeck;

// Opens stacks in the real MainWindow (offscreen) and checks what a person would see.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    static QStringList column(const QAbstractItemModel *model, int col)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, col).data().toString();
        return values;
    }

    static QString lineOf(const CodeView *view, int line)
    {
        return view->document()->findBlockByNumber(line - 1).text();
    }

private slots:
    void initTestCase()
    {
        // The demo's first-run copy must land in a throw-away folder, never in the tester's home.
        QStandardPaths::setTestModeEnabled(true);
    }

    void demoStackIsCopiedWithPrivateSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<QString> prepared = DemoStack::prepare(dir.path() + QStringLiteral("/demo"));
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().toString()));
        const QString demo = prepared.value();
        for (const char *file : {"compose.yaml", "prometheus/prometheus.yml", "nginx/nginx.conf", ".env"})
            QVERIFY2(QFileInfo::exists(demo + u'/' + QLatin1String(file)), file);

        const QFileInfo env(demo + QStringLiteral("/.env"));
        QCOMPARE(env.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QFile envFile(env.filePath());
        QVERIFY(envFile.open(QIODevice::ReadOnly));
        const QByteArray envText = envFile.readAll();
        QFile compose(demo + QStringLiteral("/compose.yaml"));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        const QByteArray composeText = compose.readAll();
        for (const QString &name : DemoStack::secretNames()) {
            const qsizetype at = envText.indexOf(QByteArray(name.toUtf8() + "="));
            QVERIFY2(at >= 0, qPrintable(name));
            const QByteArray value = envText.mid(at + name.size() + 1, 32);
            QCOMPARE(value.size(), 32);
            // Secrets live only in .env: the compose file refers to them by name.
            QVERIFY(!composeText.contains(value));
            QVERIFY(composeText.contains(QByteArray("${" + name.toUtf8())));
        }

        // A second prepare keeps the user's files and secrets as they are.
        QVERIFY(compose.remove());
        QFile own(demo + QStringLiteral("/compose.yaml"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("services: {}\n");
        own.close();
        QVERIFY(DemoStack::prepare(demo).ok());
        QVERIFY(own.open(QIODevice::ReadOnly));
        QCOMPARE(own.readAll(), QByteArray("services: {}\n"));
        QFile envAgain(env.filePath());
        QVERIFY(envAgain.open(QIODevice::ReadOnly));
        QCOMPARE(envAgain.readAll(), envText);
    }

    void demoStackInTheWindow()
    {
        QTemporaryDir dir;
        const Result<QString> demo = DemoStack::prepare(dir.path() + QStringLiteral("/demo"));
        QVERIFY(demo.ok());

        MainWindow window;
        QAbstractItemModelTester serviceTester(window.serviceModel());
        QAbstractItemModelTester findingTester(window.findingModel());
        QSignalSpy opened(&window, &MainWindow::stackOpened);
        ComposeLoadOptions options;
        options.workingDir = demo.value();
        options.useProcessEnvironment = false;
        window.openStack(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(opened.count(), 1);
        QVERIFY2(window.stack().ok, qPrintable(window.stack().error));

        // Services: the seeds' data platform, in file order, each row pointing at its key in compose.yaml.
        const QStringList expected{
            QStringLiteral("spark-master"), QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-2"),
            QStringLiteral("fastapi"),      QStringLiteral("streamlit"),      QStringLiteral("analytics"),
            QStringLiteral("postgres"),     QStringLiteral("redis"),          QStringLiteral("prometheus"),
            QStringLiteral("grafana"),      QStringLiteral("nginx")};
        auto *servicesView = window.findChild<QTreeView *>(QStringLiteral("servicesView"));
        QVERIFY(servicesView);
        QCOMPARE(servicesView->model(), window.serviceModel());
        QCOMPARE(column(window.serviceModel(), 0), expected);
        QCOMPARE(window.serviceModel()->index(expected.indexOf(QStringLiteral("postgres")), 1).data().toString(),
                 QStringLiteral("postgres:16-alpine"));
        const QString masterPorts = window.serviceModel()->index(0, 2).data().toString();
        QVERIFY2(masterPorts.contains(QStringLiteral("8081")) && !masterPorts.contains(QStringLiteral("7077")),
                 qPrintable(masterPorts));
        auto *header = window.findChild<QLabel *>(QStringLiteral("servicesHeader"));
        QVERIFY(header && header->text().contains(QString::number(expected.size())));

        // Selecting a service shows its key, marked, in the code view.
        const int redisRow = int(expected.indexOf(QStringLiteral("redis")));
        servicesView->setCurrentIndex(window.serviceModel()->index(redisRow, 0));
        const int redisLine = window.serviceModel()->index(redisRow, 0).data(MainWindow::LineRole).toInt();
        QVERIFY(redisLine > 0);
        QCOMPARE(window.codeView()->markedLine(), redisLine);
        QVERIFY2(lineOf(window.codeView(), redisLine).trimmed().startsWith(QStringLiteral("redis:")),
                 qPrintable(lineOf(window.codeView(), redisLine)));

        // Findings: one row per finding with file:line:col, severity and message, as the model found them.
        const Findings &findings = window.stack().findings;
        auto *findingsView = window.findChild<QTreeView *>(QStringLiteral("findingsView"));
        QVERIFY(findingsView);
        QCOMPARE(window.findingModel()->rowCount(), findings.size());
        for (int row = 0; row < findings.size(); ++row) {
            const Finding &f = findings.at(row);
            QCOMPARE(window.findingModel()->index(row, 0).data().toString(), severityName(f.severity));
            QCOMPARE(window.findingModel()->index(row, 1).data().toString(),
                     QStringLiteral("%1:%2:%3").arg(QFileInfo(f.location.file).fileName()).arg(f.location.line).arg(f.location.column));
            QCOMPARE(window.findingModel()->index(row, 2).data().toString(), f.message);
            QCOMPARE(window.findingModel()->index(row, 3).data().toString(), f.ruleId);
        }
        // The hardened demo has no errors, and none of the hardening warnings the seeds learned.
        QCOMPARE(countSeverity(findings, Severity::Error), 0);
        for (const Finding &f : findings) {
            QVERIFY2(!f.ruleId.contains(QStringLiteral("secret")) && !f.ruleId.contains(QStringLiteral("internal-published"))
                         && !f.ruleId.contains(QStringLiteral("root")) && !f.ruleId.contains(QStringLiteral("logging")),
                     qPrintable(f.toLine()));
        }
        // The code view never shows the secrets file.
        QVERIFY(!window.codeView()->toPlainText().contains(QStringLiteral("POSTGRES_PASSWORD=")));
    }

    void brokenStacks_data()
    {
        QTest::addColumn<QByteArray>("compose");
        QTest::addColumn<int>("services");
        QTest::addColumn<bool>("banner");
        QTest::addColumn<QString>("ruleId"); // a finding the window must list, "" for none required
        QTest::addColumn<int>("line");

        QTest::newRow("invalid yaml") << QByteArray("services:\n  web:\n    image: [unclosed\n") << 0 << true
                                      << QString() << 0;
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe\x00garbage", 12) << 0 << true << QString() << 0;
        QTest::newRow("duplicate key") << QByteArray("services:\n  web:\n    image: nginx\n    image: httpd\n") << 1
                                       << false << QStringLiteral("yaml.duplicate-key") << 4;
        QTest::newRow("empty folder") << QByteArray() << 0 << true << QString() << 0;
    }

    void brokenStacks()
    {
        QFETCH(QByteArray, compose);
        QFETCH(int, services);
        QFETCH(bool, banner);
        QFETCH(QString, ruleId);
        QFETCH(int, line);

        QTemporaryDir dir;
        if (!compose.isNull()) {
            QFile file(dir.filePath(QStringLiteral("compose.yaml")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(compose);
        }
        MainWindow window;
        ComposeLoadOptions options;
        options.workingDir = dir.path();
        options.useProcessEnvironment = false;
        window.openStack(options); // never crashes, never shows a modal box
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.serviceModel()->rowCount(), services);
        auto *bannerLabel = window.findChild<QLabel *>(QStringLiteral("messageBanner"));
        QVERIFY(bannerLabel);
        QCOMPARE(bannerLabel->isVisible(), banner);
        if (banner)
            QVERIFY(!bannerLabel->text().isEmpty());
        if (!ruleId.isEmpty()) {
            const QStringList rules = column(window.findingModel(), 3);
            const int row = int(rules.indexOf(ruleId));
            QVERIFY2(row >= 0, qPrintable(rules.join(u',')));
            QCOMPARE(window.findingModel()->index(row, 0).data(FindingModel::LineRole).toInt(), line);
            QVERIFY(window.findingModel()->index(row, 1).data().toString().startsWith(
                QStringLiteral("compose.yaml:%1:").arg(line)));
            // Choosing the finding marks its line in the YAML view.
            window.findChild<QTreeView *>(QStringLiteral("findingsView"))->setCurrentIndex(window.findingModel()->index(row, 0));
            QCOMPARE(window.codeView()->markedLine(), line);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
