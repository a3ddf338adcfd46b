#include "models/live/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

LogRecord makeLine(qint64 ts, const QString &service, const QString &text)
{
    LogRecord line;
    line.timestampNs = ts;
    line.service = service;
    line.text = text;
    return line;
}

QList<LogRecord> batch(qint64 firstTs, int n, const QString &service = u"api"_s)
{
    QList<LogRecord> out;
    for (int i = 0; i < n; ++i)
        out.append(makeLine(firstTs + i, service, u"%1 line %2"_s.arg(service).arg(firstTs + i)));
    return out;
}

} // namespace

class TestLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void appendsOneInsertPerBatch();
    void dropsOldestWhenFull();
    void oversizedBatchKeepsNewest();
    void ordersLateLinesWithinWindow();
    void rolesAndNames();
    void snapshotIsImmutable();
    void shrinkingCapacityDrops();
};

void TestLogModel::appendsOneInsertPerBatch()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendBatch(batch(0, 50));
    model.appendBatch(batch(50, 25));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(1).at(2).toInt(), 74);
    QCOMPARE(model.rowCount(), 75);
    QCOMPARE(model.line(74).timestampNs, 74);
    QCOMPARE(reset.count(), 0);
}

void TestLogModel::dropsOldestWhenFull()
{
    LogModel model;
    model.setCapacity(10000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(&model, &LogModel::droppedCountChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Crosses several chunk boundaries so the front chunks are released.
    for (int i = 0; i < 30; ++i)
        model.appendBatch(batch(qint64(i) * 1000, 1000));
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.droppedCount(), 20000);
    QCOMPARE(model.property("droppedCount").toLongLong(), 20000);
    QCOMPARE(dropped.count(), 20);
    QCOMPARE(dropped.last().at(0).toLongLong(), 20000);
    QCOMPARE(removed.count(), 20);
    QCOMPARE(model.firstSerial(), 20000);
    QCOMPARE(model.line(0).timestampNs, 20000);
    QCOMPARE(model.line(9999).timestampNs, 29999);
    QCOMPARE(model.data(model.index(0), LogModel::TextRole).toString(), u"api line 20000"_s);
    QCOMPARE(reset.count(), 0);
}

void TestLogModel::oversizedBatchKeepsNewest()
{
    LogModel model;
    model.setCapacity(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendBatch(batch(0, 60));
    model.appendBatch(batch(1000, 250));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.droppedCount(), 210);
    QCOMPARE(model.line(0).timestampNs, 1150);
    QCOMPARE(model.line(99).timestampNs, 1249);
}

void TestLogModel::ordersLateLinesWithinWindow()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<LogRecord> first;
    for (int i = 0; i < 10; ++i)
        first.append(makeLine(i * 10, u"db"_s, u"db %1"_s.arg(i)));
    model.appendBatch(first);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The cache's batch arrives late and unsorted: its lines interleave with the database's.
    QList<LogRecord> late{makeLine(55, u"cache"_s, u"c55"_s), makeLine(35, u"cache"_s, u"c35"_s),
                        makeLine(95, u"cache"_s, u"c95"_s)};
    model.appendBatch(late);
    QCOMPARE(model.rowCount(), 13);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY2(model.line(row - 1).timestampNs <= model.line(row).timestampNs, qPrintable(QString::number(row)));
    QCOMPARE(model.line(4).text, u"c35"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
    // Equal timestamps keep arrival order: the buffered line first.
    model.appendBatch({makeLine(95, u"api"_s, u"a95"_s)});
    QCOMPARE(model.line(12).text, u"c95"_s);
    QCOMPARE(model.line(13).text, u"a95"_s);
}

void TestLogModel::rolesAndNames()
{
    LogModel model;
    LogRecord l = makeLine(1714564800123456789LL, u"redis"_s, u"ERROR oom"_s);
    l.stream = LogStream::Stderr;
    l.level = LogLevel::Error;
    model.appendBatch({l});
    const QModelIndex idx = model.index(0);
    QCOMPARE(model.data(idx, LogModel::ServiceRole).toString(), u"redis"_s);
    QCOMPARE(model.data(idx, LogModel::StreamRole).toInt(), int(LogStream::Stderr));
    QCOMPARE(model.data(idx, LogModel::LevelRole).toInt(), int(LogLevel::Error));
    QCOMPARE(model.data(idx, Qt::DisplayRole).toString(), u"ERROR oom"_s);
    QCOMPARE(model.data(idx, LogModel::TimestampRole).toDateTime().toMSecsSinceEpoch(), 1714564800123LL);
    QCOMPARE(model.data(idx, LogModel::TimestampNsRole).toLongLong(), 1714564800123456789LL);
    QCOMPARE(model.roleNames().value(LogModel::LevelRole), QByteArray("level"));
}

void TestLogModel::snapshotIsImmutable()
{
    LogModel model;
    model.setCapacity(5000);
    model.appendBatch(batch(0, 4000));
    const LogSnapshot snap = model.snapshot();
    model.appendBatch({makeLine(3500, u"late"_s, u"late"_s)}); // rewrites rows the snapshot holds
    QCOMPARE(model.line(3501).text, u"late"_s);
    model.appendBatch(batch(4000, 3000));                      // drops 2000, fills new chunks
    QCOMPARE(snap.count, 4000);
    QCOMPARE(snap.firstSerial, 0);
    for (int row = 0; row < snap.count; row += 97)
        QCOMPARE(snap.at(row).timestampNs, qint64(row));
    QCOMPARE(snap.at(3999).text, u"api line 3999"_s);
    QCOMPARE(snap.at(3501).text, u"api line 3501"_s);
    QCOMPARE(model.line(model.rowCount() - 1).timestampNs, 6999);
    QCOMPARE(model.rowCount(), 5000);
}

void TestLogModel::shrinkingCapacityDrops()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy capacity(&model, &LogModel::capacityChanged);
    model.appendBatch(batch(0, 500));
    model.setCapacity(200);
    QCOMPARE(capacity.count(), 1);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.droppedCount(), 300);
    QCOMPARE(model.line(0).timestampNs, 300);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendBatch(batch(900, 3));
    QCOMPARE(model.line(0).timestampNs, 900);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
