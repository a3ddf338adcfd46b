#include "models/live/logfiltermodel.h"
#include "models/live/loglevelparser.h"
#include "models/live/logmodel.h"
#include "ui/logs/logview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

constexpr int Services = 10;
constexpr int LinesPerSecond = 5000;
constexpr int BatchMs = 100;
constexpr int RunMs = 5000;

// One service's log follow on its own thread: batches of lines every 100 ms through a queued signal.
class Producer final : public QObject
{
    Q_OBJECT

public:
    explicit Producer(const QString &service) : m_service(service) {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Producer::tick);
        m_timer->start(BatchMs);
    }
    void stop() { m_timer->stop(); }

signals:
    void batchReady(const QList<Stackdeck::LogRecord> &batch);

private:
    void tick()
    {
        static const QStringList shapes{u"INFO request %1 served in %2 ms"_s, u"WARN slow query %1 took %2 ms"_s,
                                        u"ERROR upstream %1 refused after %2 tries"_s,
                                        u"{\"level\":\"debug\",\"msg\":\"tick %1\",\"lag\":%2}"_s};
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
        QList<LogRecord> batch;
        const int n = LinesPerSecond * BatchMs / 1000;
        batch.reserve(n);
        for (int i = 0; i < n; ++i) {
            LogRecord l;
            l.timestampNs = now - qint64(n - i) * (qint64(BatchMs) * 1000000 / n);
            l.service = m_service;
            l.text = shapes.at(int(m_seq % shapes.size())).arg(m_seq).arg(m_seq % 977);
            l.level = LogLevelParser::detect(l.text);
            ++m_seq;
            batch.append(l);
        }
        emit batchReady(batch);
    }

    QString m_service;
    QTimer *m_timer = nullptr;
    qint64 m_seq = 0;
};

} // namespace

// Benchmark (prints figures, never asserts on time): the GUI event loop's worst stall while
// 10 services log 5,000 lines/s each into the model shown by a following, filtered LogView.
class BenchLogStall final : public QObject
{
    Q_OBJECT

private slots:
    void stallWhileTenServicesLog();
};

void BenchLogStall::stallWhileTenServicesLog()
{
    LogModel model; // default capacity: 100,000 lines, so it drops after two seconds
    LogView view;
    view.setModel(&model);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.filterModel()->filter()->setPattern(u"refused|slow"_s);

    qint64 ingested = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&ingested](const QModelIndex &, int first, int last) { ingested += last - first + 1; });

    QList<QThread *> threads;
    QList<Producer *> producers;
    for (int s = 0; s < Services; ++s) {
        auto *thread = new QThread;
        auto *producer = new Producer(u"service-%1"_s.arg(s));
        producer->moveToThread(thread);
        connect(producer, &Producer::batchReady, &model, &LogModel::appendBatch, Qt::QueuedConnection);
        connect(thread, &QThread::started, producer, &Producer::start);
        threads.append(thread);
        producers.append(producer);
    }

    // A 5 ms ticker on the GUI thread: any lateness is time the event loop could not serve the user.
    QList<qint64> stalls;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    qint64 last = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.append(std::max<qint64>(0, now - last - 5000000));
        last = now;
    });
    clock.start();
    ticker.start();
    for (QThread *thread : std::as_const(threads))
        thread->start();
    QTest::qWait(RunMs);
    ticker.stop();
    for (int i = 0; i < Services; ++i) {
        QMetaObject::invokeMethod(producers[i], &Producer::stop, Qt::BlockingQueuedConnection);
        threads[i]->quit();
        threads[i]->wait();
        delete producers[i];
        delete threads[i];
    }
    QTest::qWait(200); // drain queued batches

    QVERIFY(stalls.size() > 10);
    std::sort(stalls.begin(), stalls.end());
    const double worstMs = double(stalls.last()) / 1e6;
    const double p99Ms = double(stalls.at(int(double(stalls.size()) * 0.99))) / 1e6;
    const double expected = double(Services) * LinesPerSecond * RunMs / 1000.0;
    QVERIFY(ingested > 0);
    QVERIFY(model.rowCount() <= model.capacity());
    qInfo().noquote() << u"event-loop stall with %1 services x %2 lines/s for %3 s (view following, filter active): "
                         "worst %4 ms, p99 %5 ms (goal worst <= 50 ms)"_s
                             .arg(Services).arg(LinesPerSecond).arg(RunMs / 1000)
                             .arg(worstMs, 0, 'f', 1).arg(p99Ms, 0, 'f', 1);
    qInfo().noquote() << u"lines ingested %1 (offered about %2, ratio %3), dropped by the ring buffer %4, buffered %5, "
                         "filtered rows %6"_s
                             .arg(ingested).arg(qint64(expected)).arg(double(ingested) / expected, 0, 'f', 2)
                             .arg(model.droppedCount()).arg(model.rowCount()).arg(view.filterModel()->rowCount());
}

QTEST_MAIN(BenchLogStall)
#include "bench_logstall.moc"
