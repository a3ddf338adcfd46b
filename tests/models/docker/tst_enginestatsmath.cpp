#include "models/docker/containerstats.h"
#include "models/docker/jsonlinesplitter.h"
#include "models/docker/statshistory.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Stats arithmetic on recorded samples (cgroup v1, this machine) and hand-made ones (cgroup v2, old daemons).
class TestEngineStatsMath final : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(STACKDECK_TEST_DATA) + u"/docker/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

    // Line `index` of a recorded stats stream, or a whole single-sample file.
    static QByteArray sample(const QString &file, int index)
    {
        const QByteArray data = fixture(file);
        return index < 0 ? data : data.split('\n').value(index);
    }

private Q_SLOTS:
    void arithmetic_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<double>("cpu");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<double>("memPercent");
        QTest::addColumn<qint64>("rx");
        QTest::addColumn<qint64>("tx");
        QTest::addColumn<qint64>("blockRead");
        QTest::addColumn<qint64>("blockWrite");
        QTest::addColumn<qint64>("pids");
        // Expected figures worked out with the docker CLI's formulas (fact sheet §4) by hand/python.
        QTest::newRow("v1 busy #0") << u"stats-busy-stream.jsonl"_s << 0 << 0.9021171230966826 << qint64(2949120)
            << qint64(67108864) << 4.39453125 << qint64(946) << qint64(0) << qint64(0) << qint64(0) << qint64(7);
        QTest::newRow("v1 busy #1") << u"stats-busy-stream.jsonl"_s << 1 << 30.241389849246232 << qint64(401408)
            << qint64(67108864) << 0.59814453125 << qint64(946) << qint64(0) << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("v1 busy #2") << u"stats-busy-stream.jsonl"_s << 2 << 40.376988571428576 << qint64(573440)
            << qint64(67108864) << 0.8544921875 << qint64(946) << qint64(0) << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("v1 page cache subtracted") << u"stats-mem-stream.jsonl"_s << 0 << 0.07371208911232938
            << qint64(21868544 - 20971520) << qint64(134217728) << 0.6683349609375 << qint64(726) << qint64(0)
            << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("v1 idle: no cpu delta") << u"stats-mem-stream.jsonl"_s << 1 << 0.0 << qint64(897024)
            << qint64(134217728) << 0.6683349609375 << qint64(726) << qint64(0) << qint64(0) << qint64(0) << qint64(1);
        QTest::newRow("v2 synthetic") << u"stats-cgroup2-synthetic.json"_s << -1 << 50.0 << qint64(83886080)
            << qint64(268435456) << 31.25 << qint64(2000) << qint64(1000) << qint64(5096) << qint64(8192) << qint64(12);
        QTest::newRow("percpu, inactive > usage, no limit") << u"stats-percpu-synthetic.json"_s << -1 << 100.0
            << qint64(1000) << qint64(0) << 0.0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("stopped container") << u"stats-stopped.json"_s << -1 << 0.0 << qint64(0) << qint64(0) << 0.0
            << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    }

    void arithmetic()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(double, cpu);
        QFETCH(double, memPercent);
        const Result<ContainerStats> stats = ContainerStats::fromJson(sample(file, line));
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        QVERIFY2(qAbs(stats->cpuPercent - cpu) < 1e-9, qPrintable(QString::number(stats->cpuPercent, 'g', 17)));
        QTEST(stats->memoryUsed, "used");
        QTEST(stats->memoryLimit, "limit");
        QVERIFY(qAbs(stats->memoryPercent - memPercent) < 1e-9);
        QTEST(stats->networkRx, "rx");
        QTEST(stats->networkTx, "tx");
        QTEST(stats->blockRead, "blockRead");
        QTEST(stats->blockWrite, "blockWrite");
        QTEST(stats->pids, "pids");
        QVERIFY(!stats->name.startsWith(u'/'));
    }

    void garbage()
    {
        QVERIFY(!ContainerStats::fromJson("").ok());
        QVERIFY(!ContainerStats::fromJson("{\"cpu_stats\":").ok());
        QVERIFY(!ContainerStats::fromJson("[]").ok());
    }

    void splitterAcrossChunks()
    {
        const QByteArray stream = fixture(u"stats-busy-stream.jsonl"_s);
        for (const int chunkSize : {1, 7, 100, 4096}) {
            JsonLineSplitter splitter;
            QList<QByteArray> lines;
            for (qsizetype pos = 0; pos < stream.size(); pos += chunkSize)
                lines += splitter.feed(QByteArrayView(stream).sliced(pos, qMin<qsizetype>(chunkSize, stream.size() - pos)));
            QCOMPARE(lines.size(), 4);
            for (const QByteArray &line : lines)
                QVERIFY(ContainerStats::fromJson(line).ok());
            QCOMPARE(splitter.pending(), 0);
        }
    }

    void splitterBounded()
    {
        JsonLineSplitter splitter;
        const QByteArray junk(1024 * 1024, 'x');
        for (int i = 0; i < 10; ++i)
            QVERIFY(splitter.feed(junk).isEmpty());
        QVERIFY(splitter.pending() <= JsonLineSplitter::maxLine);
        QCOMPARE(splitter.discarded(), 1);
    }

    void historyRing()
    {
        QVERIFY(StatsHistory::defaultCapacity >= 15 * 60);
        StatsHistory history(5);
        QVERIFY(history.isEmpty());
        for (int i = 1; i <= 12; ++i) {
            ContainerStats s;
            s.pids = i;
            history.append(s);
            QCOMPARE(history.size(), qMin(i, 5));
            QCOMPARE(history.latest().pids, qint64(i));
            QCOMPARE(history.at(0).pids, qint64(qMax(1, i - 4)));
        }
        const QList<ContainerStats> list = history.toList();
        QCOMPARE(list.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(list.at(i).pids, qint64(8 + i));
    }
};

QTEST_GUILESS_MAIN(TestEngineStatsMath)
#include "tst_enginestatsmath.moc"
