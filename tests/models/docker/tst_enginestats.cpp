#include "models/docker/containerstats.h"
#include "models/docker/engineclient.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/jsonlinesplitter.h"
#include "tst_enginehelper.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

namespace {

// "24.1MiB", "7.6GiB", "946B", "1.2kB" → bytes (docker CLI: binary units for memory, SI for I/O).
double parseSize(const QString &text)
{
    static const QRegularExpression re(u"^([0-9.]+)\\s*([kKMGT]?i?B)$"_s);
    const QRegularExpressionMatch match = re.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const bool binary = unit.contains(u'i');
    const double base = binary ? 1024.0 : 1000.0;
    const int power = QStringLiteral("BKMGT").indexOf(unit.at(0).toUpper());
    return value * std::pow(base, power);
}

} // namespace

// Streaming stats of busy containers against `docker stats --no-stream` measured at the same time.
class TestEngineStats final : public QObject
{
    Q_OBJECT

private:
    QString m_project;
    QString m_engineMissing;

private Q_SLOTS:
    void initTestCase()
    {
        m_engineMissing = H::prepareProject(u"stats"_s, &m_project);
    }

    void cleanupTestCase()
    {
        if (m_engineMissing.isEmpty())
            H::removeProject(m_project);
    }

    void againstDockerStats()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        // The busy loop is capped at 0.3 CPU so the shared build machine keeps its cores.
        const QString busy = H::runService(m_project, u"busy"_s, 1, {u"--cpus"_s, u"0.3"_s},
                                           {u"sh"_s, u"-c"_s, u"while :; do :; done"_s});
        const QString holder = H::runService(m_project, u"holder"_s, 1, {u"-m"_s, u"96m"_s, u"--shm-size"_s, u"64m"_s},
            {u"sh"_s, u"-c"_s, u"head -c 30000000 /dev/zero > /dev/shm/hold; sleep 3600"_s});
        QVERIFY(!busy.isEmpty() && !holder.isEmpty());

        EngineClient client(EngineEndpoint::resolve().value());
        QVERIFY(client.connect().isConnected());
        EngineStreamPool pool(client.transport());
        QHash<QString, QList<ContainerStats>> samples;
        QHash<QString, JsonLineSplitter> splitters;
        int ended = 0;
        for (const QString &id : {busy, holder}) {
            pool.open(client.apiPath("/containers/" + id.toLatin1() + "/stats?stream=1"),
                      [&samples, &splitters, id](QByteArrayView chunk) {
                          const QList<QByteArray> lines = splitters[id].feed(chunk);
                          for (const QByteArray &line : lines)
                              samples[id].append(ContainerStats::fromJson(line).value());
                      },
                      [&ended](const EngineState &, long, const QByteArray &) { ++ended; });
        }
        // Warm up: the first sample of a stream has no previous CPU reading.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 4000)
            pool.pump(100);

        QProcess cli;
        cli.start(u"docker"_s, {u"stats"_s, u"--no-stream"_s, u"--format"_s, u"{{json .}}"_s, busy, holder});
        QVERIFY(cli.waitForStarted());
        const qsizetype before = samples[busy].size();
        // QProcess only notices its exit inside waitForFinished or an event loop.
        for (int i = 0; i < 600 && !cli.waitForFinished(50); ++i)
            pool.pump(50);
        for (int i = 0; i < 10 && samples[busy].size() < before + 2; ++i)
            pool.pump(100);
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(ended, 0);
        QVERIFY(pool.count() == 2);
        pool.closeAll();
        QVERIFY2(samples[busy].size() >= 5, qPrintable(QString::number(samples[busy].size())));

        const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
        int compared = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            if (row.isEmpty())
                continue;
            const QString id = row.value(u"ID"_s).toString();
            const QString fullId = busy.startsWith(id) ? busy : holder;
            const QList<ContainerStats> &ours = samples[fullId];
            // Our samples taken while the CLI measured: the last few.
            const ContainerStats &last = ours.last();
            QList<double> cpus;
            for (qsizetype i = qMax<qsizetype>(1, ours.size() - 3); i < ours.size(); ++i)
                cpus.append(ours.at(i).cpuPercent);
            std::sort(cpus.begin(), cpus.end());
            const double ourCpu = cpus.at(cpus.size() / 2);
            const double cliCpu = row.value(u"CPUPerc"_s).toString().chopped(1).toDouble();
            const QStringList mem = row.value(u"MemUsage"_s).toString().split(u" / "_s);
            const double cliUsed = parseSize(mem.value(0));
            const double cliLimit = parseSize(mem.value(1));
            const double cliMemPercent = row.value(u"MemPerc"_s).toString().chopped(1).toDouble();
            const int cliPids = row.value(u"PIDs"_s).toString().toInt();
            qInfo("%s: cpu ours %.2f%% cli %.2f%%; mem ours %lld cli %.0f of %lld/%.0f; pids %lld/%d", qPrintable(
                      fullId == busy ? u"busy"_s : u"holder"_s), ourCpu, cliCpu, last.memoryUsed, cliUsed,
                  last.memoryLimit, cliLimit, last.pids, cliPids);
            // CPU is sampled over different 1 s windows: ±10 points of one core is what scheduling noise allows.
            QVERIFY2(qAbs(ourCpu - cliCpu) <= 10.0, qPrintable(u"%1 vs %2"_s.arg(ourCpu).arg(cliCpu)));
            // Memory: the CLI prints 3 significant figures, so allow 2 %, at least 1 MiB.
            QVERIFY(qAbs(double(last.memoryUsed) - cliUsed) <= qMax(1048576.0, cliUsed * 0.02));
            QVERIFY(qAbs(double(last.memoryLimit) - cliLimit) <= cliLimit * 0.01);
            QVERIFY(qAbs(last.memoryPercent - cliMemPercent) <= 0.5);
            QCOMPARE(last.pids, qint64(cliPids));
            if (fullId == busy) {
                // Busy but capped at 30 % (a loaded machine may give it less).
                QVERIFY2(ourCpu > 1.0 && ourCpu < 40.0, qPrintable(QString::number(ourCpu)));
            } else {
                QVERIFY2(last.memoryUsed >= 30000000, qPrintable(QString::number(last.memoryUsed))); // shm held
                QCOMPARE(last.memoryLimit, qint64(96) * 1024 * 1024);
            }
            ++compared;
        }
        QCOMPARE(compared, 2);
    }
};

QTEST_GUILESS_MAIN(TestEngineStats)
#include "tst_enginestats.moc"
