// ProbeScheduler: periodic probing off the GUI thread, bounded history, container states fed by
// the engine side, stale results dropped after the probe set changes, and a bounded shutdown.
#include "models/health/probescheduler.h"
#include "models/health/stackhealth.h"

#include "testservers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Stackdeck;
using namespace std::chrono_literals;

class TestProbeScheduler final : public QObject
{
    Q_OBJECT

private:
    ProbeSpec tcp(int port) const
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Tcp;
        s.port = port;
        return s;
    }

    // HTTP against a listener that never answers: runs until its 1 s deadline.
    ProbeSpec slow() const
    {
        ProbeSpec s;
        s.kind = ProbeSpec::Kind::Http;
        s.port = m_silent.serverPort();
        s.deadline = 1000ms;
        return s;
    }

    static int countFor(const QSignalSpy &spy, const QString &service)
    {
        int n = 0;
        for (const auto &args : spy)
            n += args.at(0).toString() == service;
        return n;
    }

    QTcpServer m_up;
    QTcpServer m_silent;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_up.listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
    }

    void periodicResults()
    {
        ProbeScheduler scheduler;
        ProbeSpec container;
        container.kind = ProbeSpec::Kind::Container;
        scheduler.setProbes({{QStringLiteral("up"), tcp(m_up.serverPort())},
                             {QStringLiteral("gone"), tcp(TestServers::freePort())},
                             {QStringLiteral("box"), container}});
        scheduler.setInterval(100ms);
        QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
        QSignalSpy rounds(&scheduler, &ProbeScheduler::roundFinished);
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(countFor(results, QStringLiteral("up")) >= 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 2, 5000);
        QCOMPARE(scheduler.latest(QStringLiteral("up"))->state, HealthState::Healthy);
        QCOMPARE(scheduler.latest(QStringLiteral("gone"))->state, HealthState::Down);
        QCOMPARE(scheduler.latest(QStringLiteral("box"))->state, HealthState::Unknown);
        QVERIFY(scheduler.latest(QStringLiteral("up"))->checkedAt.isValid());

        // The engine side reports the container's HEALTHCHECK: a result at once, without a thread.
        ContainerHealth health;
        health.healthStatus = QStringLiteral("unhealthy");
        health.failingStreak = 3;
        const int before = results.count();
        scheduler.setContainerHealth(QStringLiteral("box"), health);
        QCOMPARE(results.count(), before + 1);
        QCOMPARE(results.last().at(0).toString(), QStringLiteral("box"));
        QCOMPARE(results.last().at(1).value<ProbeResult>().state, HealthState::Unhealthy);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.latest(QStringLiteral("box"))->state, HealthState::Unhealthy, 2000);
        QCOMPARE(scheduler.latestAll().size(), 3);
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
    }

    void historyIsBounded()
    {
        ProbeScheduler scheduler;
        scheduler.setHistoryLimit(3);
        scheduler.setInterval(50ms);
        scheduler.setProbes({{QStringLiteral("up"), tcp(m_up.serverPort())}});
        QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 6, 5000);
        QCOMPARE(scheduler.history(QStringLiteral("up")).size(), 3);
        scheduler.setHistoryLimit(1);
        QCOMPARE(scheduler.history(QStringLiteral("up")).size(), 1);
    }

    void probesRunOffTheCallingThread()
    {
        ProbeScheduler scheduler;
        scheduler.setInterval(60s);
        scheduler.setProbes({{QStringLiteral("slow"), slow()}, {QStringLiteral("up"), tcp(m_up.serverPort())}});
        QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
        QElapsedTimer clock;
        clock.start();
        scheduler.start();
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed()))); // did not block
        QCOMPARE(scheduler.inFlight(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(countFor(results, QStringLiteral("up")) == 1, 2000);
        QCOMPARE(countFor(results, QStringLiteral("slow")), 0); // still waiting on its deadline
        scheduler.probe(QStringLiteral("slow"));                  // already in flight: not doubled
        QTRY_VERIFY_WITH_TIMEOUT(countFor(results, QStringLiteral("slow")) == 1, 3000);
        QCOMPARE(scheduler.latest(QStringLiteral("slow"))->state, HealthState::Unhealthy);
        QCOMPARE(scheduler.inFlight(), 0);
    }

    void staleResultsAreDropped()
    {
        ProbeScheduler scheduler;
        scheduler.setInterval(60s);
        scheduler.setProbes({{QStringLiteral("slow"), slow()}});
        QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
        scheduler.start();
        scheduler.setProbes({{QStringLiteral("up"), tcp(m_up.serverPort())}});
        scheduler.probeAll();
        QTRY_VERIFY_WITH_TIMEOUT(countFor(results, QStringLiteral("up")) == 1, 2000);
        QTest::qWait(1500); // past the slow probe's deadline
        QCOMPARE(countFor(results, QStringLiteral("slow")), 0);
        QVERIFY(scheduler.history(QStringLiteral("slow")).isEmpty());
    }

    // Live results into the stack verdict: db refuses, api hangs, so api is unhealthy because db is down.
    void stackHealthFromLiveProbes()
    {
        ProbeScheduler scheduler;
        scheduler.setInterval(60s);
        scheduler.setProbes({{QStringLiteral("db"), tcp(TestServers::freePort())},
                             {QStringLiteral("api"), slow()},
                             {QStringLiteral("web"), tcp(m_up.serverPort())}});
        QSignalSpy rounds(&scheduler, &ProbeScheduler::roundFinished);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 4000);
        const QMap<QString, QStringList> graph{{QStringLiteral("web"), {QStringLiteral("api")}},
                                               {QStringLiteral("api"), {QStringLiteral("db")}},
                                               {QStringLiteral("db"), {}}};
        const StackHealthReport report = StackHealth::evaluate(graph, scheduler.latestAll());
        QCOMPARE(report.state, HealthState::Down);
        QCOMPARE(report.find(QStringLiteral("api"))->result.state, HealthState::Unhealthy);
        QCOMPARE(report.find(QStringLiteral("api"))->causeHint, QStringLiteral("because db is down"));
        QVERIFY(report.find(QStringLiteral("web"))->cause.isEmpty());
        QCOMPARE(report.summary, QStringLiteral("api is unhealthy because db is down; db is down."));
    }

    void destroyWhileProbing()
    {
        auto *scheduler = new ProbeScheduler;
        scheduler->setProbes({{QStringLiteral("slow"), slow()}});
        scheduler->start();
        QElapsedTimer clock;
        clock.start();
        delete scheduler; // waits for the probe, bounded by its deadline
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(100); // a late continuation must not touch the deleted scheduler
    }
};

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "tst_probescheduler.moc"
