#include "e2ehelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Stackdeck::E2e;

namespace {

const QString project = QStringLiteral("stackdeck-rss");

// Resident memory of a process and its descendants, in KiB (the reference is two processes).
qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

qint64 treeRssKiB(qint64 pid)
{
    qint64 total = rssKiB(pid);
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                total += treeRssKiB(child.trimmed().toLongLong());
        }
    }
    return total;
}

} // namespace

// Benchmark (prints figures): resident memory of the console following the running demo stack (stand-in
// images) for STACKDECK_RSS_SECONDS (default 600), against `docker logs -f` (each container) + `docker stats`
// following the same stack in the same run.
class BenchRss final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QString m_demo;

private slots:
    void cleanupTestCase()
    {
        if (!m_demo.isEmpty())
            composeDown(project);
    }

    void residentMemoryFollowingTheDemo()
    {
        if (qEnvironmentVariable("DISPLAY").isEmpty())
            QSKIP("needs an X server: ctest runs this under xvfb-run");
        QString out;
        if (run(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"),
                                           QStringLiteral("stackdeck-demo/fastapi:0.1")}, &out) != 0)
            QFAIL("the demo stand-in images are missing: run tests/setup.d/30-demo-standins.sh");
        const int seconds = qEnvironmentVariableIntValue("STACKDECK_RSS_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("STACKDECK_RSS_SECONDS") : 600;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_data.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const QString app = QStringLiteral(STACKDECK_APP);

        // Let the console copy the demo (with its .env) once, then bring the stack up with compose.
        QProcess prepare;
        QProcessEnvironment once = env;
        once.insert(QStringLiteral("STACKDECK_FIRST_FRAME"), QStringLiteral("quit"));
        prepare.setProcessEnvironment(once);
        prepare.start(app, {});
        QVERIFY(prepare.waitForFinished(60000));
        m_demo = m_data.path() + QStringLiteral("/stackdeck/demo");
        composeDown(project);
        // compose v1 rejects the demo's top-level name:, so up.sh runs it on a copy without that line.
        QVERIFY2(demoUp(project, m_demo, &out) == 0, qPrintable(out));

        QProcess console, logs, stats;
        console.setProcessEnvironment(env);
        console.start(app, {QStringLiteral("-p"), project, m_demo});
        logs.setProcessEnvironment(env);
        logs.setWorkingDirectory(m_demo);
        logs.setStandardOutputFile(QProcess::nullDevice());
        // `docker logs -f` of every container is what following the stack's logs means without compose v2.
        // On TERM the script ends its own children only: `kill 0` would take this whole process group down.
        logs.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                                            QStringLiteral("trap 'kill $(jobs -p)' TERM; for c in $(docker ps -q --filter label=com.docker.compose.project=%1);"
                                                           " do docker logs -f $c & done; wait").arg(project)});
        // docker stats for the project's containers, as a person would follow them without the console.
        QString ids;
        run(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                       QStringLiteral("label=com.docker.compose.project=") + project}, &ids);
        stats.setStandardOutputFile(QProcess::nullDevice());
        stats.start(QStringLiteral("docker"), QStringList{QStringLiteral("stats")} + ids.split(u'\n', Qt::SkipEmptyParts));
        QVERIFY(console.waitForStarted() && logs.waitForStarted() && stats.waitForStarted());

        QElapsedTimer timer;
        timer.start();
        qint64 peak = 0, last = 0, refLast = 0;
        std::printf("following the demo stack for %d s (RSS sampled every 30 s):\n", seconds);
        while (timer.elapsed() < qint64(seconds) * 1000) {
            QTest::qWait(std::min<qint64>(30000, qint64(seconds) * 1000 - timer.elapsed() + 10));
            QVERIFY2(console.state() == QProcess::Running, console.readAllStandardError().constData());
            last = treeRssKiB(console.processId());
            refLast = treeRssKiB(logs.processId()) + treeRssKiB(stats.processId());
            peak = std::max(peak, last);
            std::printf("  %4lld s  stackdeck %6.1f MiB   reference %6.1f MiB\n",
                        static_cast<long long>(timer.elapsed() / 1000), last / 1024.0, refLast / 1024.0);
            std::fflush(stdout);
        }
        console.terminate();
        logs.terminate();
        stats.terminate();
        console.waitForFinished(10000);
        logs.waitForFinished(10000);
        stats.waitForFinished(10000);
        std::printf("resident memory after %d s following the demo stack: stackdeck %.1f MiB (peak %.1f MiB), goal <= 80 MB\n",
                    seconds, last / 1024.0, peak / 1024.0);
        std::printf("reference: docker logs -f (every container) + docker stats on the same stack: %.1f MiB; ratio %.2fx\n",
                    refLast / 1024.0, double(refLast) / double(std::max<qint64>(last, 1)));
        QVERIFY(last > 0);
    }
};

QTEST_GUILESS_MAIN(BenchRss)
#include "bench_rss.moc"
