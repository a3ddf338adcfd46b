#include "models/live/logfiltermodel.h"
#include "models/live/loglevelparser.h"
#include "models/live/logmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

const QStringList Services{u"api"_s, u"postgres"_s, u"redis"_s, u"spark-master"_s, u"nginx"_s};
const QStringList Shapes{u"INFO request %1 served in %2 ms"_s, u"WARN slow query %1 took %2 ms"_s,
                         u"ERROR connection %1 reset after %2 tries"_s, u"[debug] cache key %1 hit %2"_s,
                         u"{\"level\":\"error\",\"msg\":\"job %1 failed code %2\"}"_s,
                         u"plain output %1 %2"_s};

// Deterministic mixed traffic from several services, as the engine would deliver it.
QList<LogRecord> traffic(qint64 first, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<LogRecord> out;
    for (int i = 0; i < n; ++i) {
        LogRecord l;
        l.timestampNs = (first + i) * 1000;
        l.service = Services.at(int(rng.bounded(quint32(Services.size()))));
        l.text = Shapes.at(int(rng.bounded(quint32(Shapes.size())))).arg(rng.bounded(100000)).arg(rng.bounded(500));
        l.level = LogLevelParser::detect(l.text);
        out.append(l);
    }
    return out;
}

// The reference: a plain loop over the model's rows.
QList<QString> serialFilter(const LogModel &model, const LogFilterCriteria &c)
{
    QList<QString> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (c.matches(model.line(row)))
            out.append(model.line(row).text + u'|' + model.line(row).service);
    }
    return out;
}

QList<QString> shown(const LogFilterModel &proxy)
{
    QList<QString> out;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex idx = proxy.index(row);
        out.append(idx.data(LogModel::TextRole).toString() + u'|' + idx.data(LogModel::ServiceRole).toString());
    }
    return out;
}

LogFilterCriteria criteria(const QString &pattern, quint8 levels = LogFilterCriteria::AllLevels,
                           const QSet<QString> &services = {})
{
    LogFilterCriteria c;
    c.regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    c.levels = levels;
    c.services = services;
    return c;
}

} // namespace

class TestLogFilter final : public QObject
{
    Q_OBJECT

private slots:
    void matchesSerialFilter_data();
    void matchesSerialFilter();
    void incrementalWhileAppendingAndDropping();
    void debouncesAndDropsStaleResults();
    void invalidRegexKeepsLastFilter();
    void rewrittenRowsAreRematched();
    void findNextPrevious();
    void destroyedWhileScanning();
    void matcherAgreesWithQRegularExpression_data();
    void matcherAgreesWithQRegularExpression();
};

void TestLogFilter::destroyedWhileScanning()
{
    LogModel model;
    model.setCapacity(200000);
    for (int i = 0; i < 4; ++i)
        model.appendBatch(traffic(qint64(i) * 50000, 50000, quint32(40 + i)));
    {
        LogFilterModel proxy(&model);
        proxy.filter()->setDebounceInterval(0);
        proxy.filter()->setPattern(u"(a|b)*c.*[0-9]{4}"_s);
        proxy.filter()->setLevels(LogFilterCriteria::levelBit(LogLevel::Error)); // starts a scan at once
    }
    QTest::qWait(300); // a late continuation must find the filter gone and do nothing
    QCOMPARE(model.rowCount(), 200000);
}

void TestLogFilter::matcherAgreesWithQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<QString>("text");
    QTest::newRow("literal") << u"refused"_s << false << u"connect() failed (111: Connection refused)"_s;
    QTest::newRow("case differs") << u"ERROR"_s << false << u"error: lower"_s;
    QTest::newRow("caseless") << u"ERROR"_s << true << u"error: lower"_s;
    QTest::newRow("non-ascii caseless") << u"ÜBER"_s << true << u"grüße über alles"_s;
    QTest::newRow("surrogate pair") << u"😀+"_s << false << u"smile 😀😀"_s;
    QTest::newRow("dot one char") << u"^a.b$"_s << false << u"a😀b"_s;
    QTest::newRow("anchors") << u"^INFO"_s << false << u"x INFO"_s;
    QTest::newRow("empty text") << u"^$"_s << false << QString();
    QTest::newRow("class") << u"\\d{3} ms"_s << false << u"took 250 ms"_s;
}

void TestLogFilter::matcherAgreesWithQRegularExpression()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseInsensitive);
    QFETCH(QString, text);
    const QRegularExpression re(pattern, caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                         : QRegularExpression::NoPatternOption);
    QVERIFY(re.isValid());
    const LogRegexMatcher matcher(re);
    QCOMPARE(matcher.matches(text), re.match(text).hasMatch());
}

void TestLogFilter::matchesSerialFilter_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("levels");
    QTest::addColumn<QStringList>("services");
    const int errWarn = LogFilterCriteria::levelBit(LogLevel::Error) | LogFilterCriteria::levelBit(LogLevel::Warn);
    QTest::newRow("regex") << u"query \\d+ took [1-4]\\d ms"_s << int(LogFilterCriteria::AllLevels) << QStringList();
    QTest::newRow("levels") << QString() << errWarn << QStringList();
    QTest::newRow("services") << QString() << int(LogFilterCriteria::AllLevels) << QStringList{u"redis"_s, u"nginx"_s};
    QTest::newRow("all three") << u"7"_s << errWarn << QStringList{u"api"_s};
    QTest::newRow("case insensitive") << u"CONNECTION"_s << int(LogFilterCriteria::AllLevels) << QStringList();
    QTest::newRow("nothing") << u"no such text"_s << int(LogFilterCriteria::AllLevels) << QStringList();
}

void TestLogFilter::matchesSerialFilter()
{
    QFETCH(QString, pattern);
    QFETCH(int, levels);
    QFETCH(QStringList, services);
    LogModel model;
    model.setCapacity(20000);
    for (int i = 0; i < 5; ++i)
        model.appendBatch(traffic(qint64(i) * 5000, 5000, quint32(i + 1)));
    LogFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    proxy.filter()->setDebounceInterval(0);
    proxy.filter()->setPattern(pattern);
    proxy.filter()->setLevels(quint8(levels));
    proxy.filter()->setServices(QSet<QString>(services.cbegin(), services.cend()));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.filter()->isRunning() && results.count() >= 1, 10000);
    QCOMPARE(shown(proxy), serialFilter(model, criteria(pattern, quint8(levels), QSet<QString>(services.cbegin(), services.cend()))));
}

void TestLogFilter::incrementalWhileAppendingAndDropping()
{
    LogModel model;
    model.setCapacity(6000);
    model.appendBatch(traffic(0, 6000, 7));
    LogFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    proxy.filter()->setDebounceInterval(10);
    proxy.filter()->setPattern(u"error"_s);
    // Batches keep arriving (and dropping the oldest) while the worker scans.
    for (int i = 1; i <= 8; ++i)
        model.appendBatch(traffic(qint64(i) * 1000 + 6000, 1000, quint32(100 + i)));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    QCOMPARE(shown(proxy), serialFilter(model, criteria(u"error"_s)));
    for (int i = 9; i <= 20; ++i)
        model.appendBatch(traffic(qint64(i) * 1000 + 6000, 1000, quint32(100 + i)));
    QCOMPARE(model.droppedCount(), 20000);
    QCOMPARE(shown(proxy), serialFilter(model, criteria(u"error"_s)));
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); row += 50)
        QCOMPARE(proxy.mapFromSource(proxy.mapToSource(row)), row);
}

void TestLogFilter::debouncesAndDropsStaleResults()
{
    LogModel model;
    model.appendBatch(traffic(0, 20000, 3));
    LogFilterModel proxy(&model);
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    proxy.filter()->setDebounceInterval(400); // generous: the check below must land inside it
    for (const QString &typed : {u"s"_s, u"sl"_s, u"slo"_s, u"slow"_s})
        proxy.filter()->setPattern(typed);
    QVERIFY(proxy.filter()->isRunning()); // busy from the first keystroke
    QTest::qWait(50);
    QCOMPARE(results.count(), 0); // still typing
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    QCOMPARE(results.at(0).at(0).value<LogFilterResult>().criteria.regex.pattern(), u"slow"_s);
    // Two changes in a row: only the newer result is delivered.
    proxy.filter()->setLevels(LogFilterCriteria::levelBit(LogLevel::Warn));
    proxy.filter()->setLevels(LogFilterCriteria::levelBit(LogLevel::Error));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 10000);
    QTest::qWait(100);
    QCOMPARE(results.count(), 2);
    QCOMPARE(shown(proxy), serialFilter(model, criteria(u"slow"_s, LogFilterCriteria::levelBit(LogLevel::Error))));
    QVERIFY(proxy.rowCount() == 0 || proxy.index(0).data(LogModel::LevelRole).toInt() == int(LogLevel::Error));
}

void TestLogFilter::invalidRegexKeepsLastFilter()
{
    LogModel model;
    model.appendBatch(traffic(0, 2000, 9));
    LogFilterModel proxy(&model);
    QSignalSpy errors(proxy.filter(), &LogFilter::errorStringChanged);
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    proxy.filter()->setDebounceInterval(0);
    proxy.filter()->setPattern(u"cache"_s);
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    const int kept = proxy.rowCount();
    proxy.filter()->setPattern(u"cache (key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
    QVERIFY(proxy.filter()->errorString().contains(u"position"_s));
    QCOMPARE(results.count(), 1);
    QCOMPARE(proxy.rowCount(), kept);
    proxy.filter()->setPattern(u"cache \\(?key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, 5000);
    QVERIFY(proxy.filter()->errorString().isEmpty());
}

void TestLogFilter::rewrittenRowsAreRematched()
{
    LogModel model;
    QList<LogRecord> lines;
    for (int i = 0; i < 10; ++i) {
        LogRecord l;
        l.timestampNs = i * 10;
        l.service = u"db"_s;
        l.text = i % 2 ? u"match %1"_s.arg(i) : u"other %1"_s.arg(i);
        lines.append(l);
    }
    model.appendBatch(lines);
    LogFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    proxy.filter()->setDebounceInterval(0);
    proxy.filter()->setPattern(u"match"_s);
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QCOMPARE(proxy.rowCount(), 5);
    LogRecord late;
    late.timestampNs = 45;
    late.service = u"cache"_s;
    late.text = u"late match"_s;
    model.appendBatch({late});
    QCOMPARE(shown(proxy), serialFilter(model, criteria(u"match"_s)));
    QCOMPARE(proxy.index(2).data(LogModel::TextRole).toString(), u"late match"_s);
}

void TestLogFilter::findNextPrevious()
{
    LogModel model;
    model.appendBatch(traffic(0, 3000, 11));
    LogFilterModel proxy(&model);
    const QRegularExpression re(u"reset after 4\\d\\d"_s);
    QList<int> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (re.match(model.line(row).text).hasMatch())
            expected.append(row);
    }
    QVERIFY(expected.size() > 2);
    QCOMPARE(proxy.findMatch(re, 0, true), expected.first());
    QCOMPARE(proxy.findMatch(re, expected.at(0) + 1, true), expected.at(1));
    QCOMPARE(proxy.findMatch(re, expected.at(1) - 1, false), expected.at(0));
    QCOMPARE(proxy.findMatch(re, expected.last() + 1, true), expected.first()); // wraps
    QCOMPARE(proxy.findMatch(QRegularExpression(u"zzz"_s), 0, true), -1);
}

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
