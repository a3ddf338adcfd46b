#include "models/live/logfiltermodel.h"
#include "models/live/loglevelparser.h"
#include "models/live/logmodel.h"
#include "ui/logs/logview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

// Lines as the demo stack's services write them, one second apart from 12:00:00 UTC.
QList<LogRecord> sampleLines(int first, int n)
{
    static const QList<std::pair<QString, QString>> shapes{
        {u"api"_s, u"INFO:     172.18.0.7:50412 - \"GET /api/v1/items/%1 HTTP/1.1\" 200 OK"_s},
        {u"postgres"_s, u"2024-05-01 12:00:00.000 UTC [61] LOG:  checkpoint complete: wrote %1 buffers"_s},
        {u"spark-master"_s, u"24/05/01 12:00:00 INFO Master: Registering worker 172.18.0.%1:7078 with 2 cores"_s},
        {u"nginx"_s, u"2024/05/01 12:00:00 [error] 29#29: *%1 connect() failed (111: Connection refused) while connecting to upstream"_s},
        {u"redis"_s, u"1:M 01 May 2024 12:00:00.000 * Background saving started by pid %1"_s},
        {u"prometheus"_s, u"ts=2024-05-01T12:00:00Z caller=scrape.go:1331 level=warn msg=\"Append failed\" target=%1"_s},
        {u"grafana"_s, u"logger=context userId=1 orgId=1 level=info msg=\"Request Completed\" method=GET status=%1"_s},
        {u"analytics"_s, u"{\"level\":\"debug\",\"msg\":\"batch %1 scored\",\"rows\":512}"_s},
    };
    QList<LogRecord> out;
    const qint64 base = 1714564800LL * 1000000000LL;
    for (int i = first; i < first + n; ++i) {
        const auto &[service, shape] = shapes.at(i % shapes.size());
        LogRecord l;
        l.timestampNs = base + qint64(i) * 1000000000LL + qint64(i % 7) * 1000000;
        l.service = service;
        l.stream = i % 4 == 3 ? LogStream::Stderr : LogStream::Stdout;
        l.text = shape.arg(100 + i);
        l.level = LogLevelParser::detect(l.text);
        out.append(l);
    }
    return out;
}

bool atBottom(const QListView *list)
{
    return list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum();
}

} // namespace

class TestLogView final : public QObject
{
    Q_OBJECT

private slots:
    void followsAndPauses();
    void filtersByRegexAndLevel();
    void findsNextAndPrevious();
    void copiesAndSaves();
    void showsDroppedLines();
    void screenshot();
};

void TestLogView::followsAndPauses()
{
    LogModel model;
    LogView view;
    view.setModel(&model);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendBatch(sampleLines(0, 200));
    QTRY_VERIFY(view.listView()->verticalScrollBar()->maximum() > 0 && atBottom(view.listView()));
    QVERIFY(view.isFollowing());

    view.findChild<QToolButton *>(u"logFollow"_s)->click(); // pause
    QVERIFY(!view.isFollowing());
    view.listView()->scrollToTop();
    model.appendBatch(sampleLines(200, 100));
    QTest::qWait(50);
    QCOMPARE(view.listView()->verticalScrollBar()->value(), 0);

    view.findChild<QToolButton *>(u"logFollow"_s)->click(); // follow again
    QVERIFY(view.isFollowing());
    model.appendBatch(sampleLines(300, 100));
    QTRY_VERIFY(atBottom(view.listView()));
}

void TestLogView::filtersByRegexAndLevel()
{
    LogModel model;
    model.appendBatch(sampleLines(0, 400));
    LogView view;
    view.setModel(&model);
    view.show();
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *pattern = view.findChild<QLineEdit *>(u"logFilterPattern"_s);
    auto *error = view.findChild<QLabel *>(u"logFilterError"_s);
    QVERIFY(pattern && error);
    QTest::keyClicks(pattern, u"refused"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->rowCount(), 50, 5000);
    for (int row = 0; row < view.filterModel()->rowCount(); ++row)
        QCOMPARE(view.filterModel()->index(row).data(LogModel::ServiceRole).toString(), u"nginx"_s);

    pattern->setText(u"(unclosed"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY(error->text().contains(u"position"_s));
    QCOMPARE(view.filterModel()->rowCount(), 50); // the last valid filter stays

    pattern->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!error->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->rowCount(), 400, 5000);
    // Only warnings: untick every other level.
    for (int level : {int(LogLevel::Error), int(LogLevel::Info), int(LogLevel::Debug), int(LogLevel::Unknown)})
        view.findChild<QCheckBox *>(u"logLevel%1"_s.arg(level))->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(view.filterModel()->rowCount(), 50, 5000);
    QCOMPARE(view.filterModel()->index(0).data(LogModel::ServiceRole).toString(), u"prometheus"_s);
    // New warnings keep arriving and are matched as they come.
    model.appendBatch(sampleLines(400, 80));
    QCOMPARE(view.filterModel()->rowCount(), 60);
}

void TestLogView::findsNextAndPrevious()
{
    LogModel model;
    model.appendBatch(sampleLines(0, 64));
    LogView view;
    view.setModel(&model);
    view.show();
    view.setFindText(u"Registering worker"_s);
    QVERIFY(view.findNext());
    QCOMPARE(view.listView()->currentIndex().row(), 2);
    QVERIFY(!view.isFollowing()); // a found line stays in view
    QTest::mouseClick(view.findChild<QToolButton *>(u"logFindNext"_s), Qt::LeftButton);
    QCOMPARE(view.listView()->currentIndex().row(), 10);
    QVERIFY(view.findPrevious());
    QCOMPARE(view.listView()->currentIndex().row(), 2);
    QVERIFY(view.findPrevious()); // wraps to the last match
    QCOMPARE(view.listView()->currentIndex().row(), 58);
    view.setFindText(u"no such line"_s);
    QVERIFY(!view.findNext());
    view.setFindText(u"[broken"_s);
    QVERIFY(view.findChild<QLabel *>(u"logFindError"_s)->isVisibleTo(&view));
    QVERIFY(!view.findNext());
}

void TestLogView::copiesAndSaves()
{
    LogModel model;
    model.appendBatch(sampleLines(0, 16));
    LogView view;
    view.setModel(&model);
    view.show();
    view.setTimestampsVisible(false);
    const QAbstractItemModel *m = view.listView()->model();
    view.listView()->selectionModel()->select(m->index(3, 0), QItemSelectionModel::Select);
    view.listView()->selectionModel()->select(m->index(1, 0), QItemSelectionModel::Select);
    view.copySelection();
    const QStringList copied = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(copied.size(), 2);
    QVERIFY(copied.at(0).startsWith(u"postgres | "_s));
    QVERIFY(copied.at(1).startsWith(u"nginx | "_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.log"_s);
    QString error;
    QVERIFY2(view.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 17); // 16 lines and the final newline
    QVERIFY2(lines.at(0).startsWith("2024-05-01T12:00:00.000Z api | INFO:"), lines.at(0).constData());
    QVERIFY(!view.saveTo(dir.filePath(u"missing/dir/out.log"_s), &error));
    QVERIFY(error.contains(u"missing"_s));
}

void TestLogView::showsDroppedLines()
{
    LogModel model;
    model.setCapacity(100);
    LogView view;
    view.setModel(&model);
    view.show();
    model.appendBatch(sampleLines(0, 150));
    auto *status = view.findChild<QLabel *>(u"logStatus"_s);
    QTRY_VERIFY(status->text().contains(u"50 lines dropped"_s));
    QVERIFY(status->text().contains(u"100 of 100 lines"_s));
}

void TestLogView::screenshot()
{
    const QString dir = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("STACKDECK_SCREENSHOT_DIR is not set: no screenshot written");
    LogModel model;
    model.setCapacity(1000);
    model.appendBatch(sampleLines(0, 1040));
    LogView view;
    view.setModel(&model);
    view.resize(1100, 560);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFindText(u"worker"_s);
    QTRY_VERIFY(atBottom(view.listView()));
    QTest::qWait(200); // let the status line's new text settle into the layout
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(view.grab().save(QDir(dir).filePath(u"logs.png"_s)));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
