#include "models/live/logfiltermodel.h"
#include "models/live/loglevelparser.h"
#include "models/live/logmodel.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Benchmark (prints figures, never asserts on time): a regex filter over 1,000,000 buffered lines,
// against `grep -E` over the same lines in a file, measured in the same run.
class BenchLogFilter final : public QObject
{
    Q_OBJECT

private slots:
    void regexOverMillionLines();
};

void BenchLogFilter::regexOverMillionLines()
{
    constexpr int Lines = 1000000;
    const QStringList services{u"api"_s, u"postgres"_s, u"redis"_s, u"spark-master"_s, u"spark-worker-1"_s,
                               u"nginx"_s, u"grafana"_s, u"prometheus"_s, u"streamlit"_s, u"analytics"_s};
    const QStringList shapes{
        u"INFO:     172.18.0.%1:5%2 - \"GET /api/v1/items/%2 HTTP/1.1\" 200 OK"_s,
        u"2024-05-01 12:00:00.000 UTC [%1] LOG:  checkpoint complete: wrote %2 buffers"_s,
        u"ts=2024-05-01T12:00:00Z caller=scrape.go:%1 level=warn msg=\"append failed\" series=%2"_s,
        u"24/05/01 12:00:00 INFO TaskSetManager: Finished task %1.0 in stage %2.0"_s,
        u"2024/05/01 12:00:00 [error] 29#29: *%1 connect() failed (111: Connection refused) upstream %2"_s,
        u"{\"level\":\"error\",\"msg\":\"job %1 failed\",\"code\":%2}"_s};

    LogModel model;
    model.setCapacity(Lines);
    QRandomGenerator rng(42);
    QByteArray fileText;
    fileText.reserve(Lines * 80);
    for (int b = 0; b < Lines / 10000; ++b) {
        QList<LogRecord> batch;
        batch.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            LogRecord l;
            l.timestampNs = qint64(b * 10000 + i) * 1000000;
            l.service = services.at(int(rng.bounded(quint32(services.size()))));
            l.text = shapes.at(int(rng.bounded(quint32(shapes.size())))).arg(rng.bounded(1000)).arg(rng.bounded(100000));
            l.level = LogLevelParser::detect(l.text);
            fileText += l.text.toUtf8() + '\n';
            batch.append(l);
        }
        model.appendBatch(batch);
    }
    QCOMPARE(model.rowCount(), Lines);

    // A typical support-staff search: failures on one upstream port range.
    const QString pattern = u"(failed|refused).*(upstream|code)\":? ?9[0-9]{3}"_s;
    LogFilterModel proxy(&model);
    proxy.filter()->setDebounceInterval(0);
    proxy.filter()->setCaseSensitive(true);
    QSignalSpy results(proxy.filter(), &LogFilter::resultReady);
    QElapsedTimer timer;
    timer.start();
    proxy.filter()->setPattern(pattern);
    QVERIFY(results.wait(60000));
    const qint64 ourMs = timer.elapsed();
    const int matches = proxy.rowCount();

    // The bare scan on one thread, without the pool and the event loop.
    LogFilterCriteria criteria;
    criteria.regex = QRegularExpression(pattern);
    timer.restart();
    const LogFilterResult direct = LogFilter::scan(model.snapshot(), criteria);
    const qint64 scanMs = timer.elapsed();
    QCOMPARE(direct.serials.size(), qsizetype(matches));

    const QString grep = QStandardPaths::findExecutable(u"grep"_s);
    if (grep.isEmpty())
        QSKIP("grep is not installed: no reference figure");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"lines.log"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileText);
    file.close();
    QProcess proc;
    timer.restart();
    proc.start(grep, {u"-E"_s, u"-c"_s, pattern, file.fileName()});
    QVERIFY(proc.waitForFinished(60000));
    const qint64 grepMs = std::max<qint64>(1, timer.elapsed());
    const int grepMatches = proc.readAllStandardOutput().trimmed().toInt();
    QCOMPARE(grepMatches, matches); // same answer as the reference tool

    qInfo().noquote() << u"regex filter over %1 lines: %2 ms end to end (goal <= 250 ms), %3 ms single-threaded scan; %4 matches"_s
                             .arg(Lines).arg(ourMs).arg(scanMs).arg(matches);
    qInfo().noquote() << u"grep -E over the same lines in a file: %1 ms; ratio stackdeck/grep = %2"_s
                             .arg(grepMs).arg(double(ourMs) / double(grepMs), 0, 'f', 2);
}

QTEST_GUILESS_MAIN(BenchLogFilter)
#include "bench_logfilter.moc"
