#include "models/docker/containerstats.h"
#include "models/docker/engineclient.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/jsonlinesplitter.h"
#include "models/docker/statshistory.h"
#include "tests/models/docker/tst_enginehelper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Stackdeck;
using namespace Qt::StringLiterals;
namespace H = EngineTestHelper;

namespace {

double selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime of a running process from /proc/<pid>/stat; -1 when unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

int benchSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("STACKDECK_BENCH_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

} // namespace

// CPU time of following 30 containers' stats for 60 s: our streaming client against `docker stats`, same run.
class BenchStatsCpu final : public QObject
{
    Q_OBJECT

    QString m_missing;
    QString m_project;
    QStringList m_ids;

private slots:
    void initTestCase()
    {
        m_missing = H::engineMissing();
        if (m_missing.isEmpty())
            m_missing = H::ensureImage();
        if (!m_missing.isEmpty())
            return;
        H::removeStaleProjects(u"statscpu"_s);
        m_project = H::uniqueProject(u"statscpu"_s);
        // Started six at a time: `docker run` is slow on the vfs storage driver.
        constexpr int count = 30;
        for (int first = 1; first <= count; first += 6) {
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int n = first; n < first + 6 && n <= count; ++n) {
                auto run = std::make_unique<QProcess>();
                run->start(u"docker"_s,
                           {u"run"_s, u"-d"_s, u"--label"_s, u"com.docker.compose.project="_s + m_project,
                            u"--label"_s, u"com.docker.compose.service=idle"_s,
                            u"--label"_s, u"com.docker.compose.container-number="_s + QString::number(n),
                            u"--label"_s, u"com.docker.compose.oneoff=False"_s,
                            u"--name"_s, u"%1-idle-%2"_s.arg(m_project).arg(n), QString::fromLatin1(H::imageName),
                            u"sh"_s, u"-c"_s, u"while :; do sleep 1; done"_s});
                runs.push_back(std::move(run));
            }
            for (const auto &run : runs) {
                QVERIFY(run->waitForFinished(120000));
                QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
                m_ids.append(QString::fromUtf8(run->readAllStandardOutput().trimmed()));
            }
        }
        QCOMPARE(m_ids.size(), count);
    }

    void cleanupTestCase()
    {
        if (!m_project.isEmpty())
            H::removeProject(m_project);
    }

    void statsCpuAgainstDockerStats()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        const int seconds = benchSeconds();

        // Ours: one streaming stats request per container, parsed and kept in a history like the console does.
        EngineClient client(EngineEndpoint::resolve().value());
        QVERIFY(client.connect().isConnected());
        double ours = 0;
        qint64 samples = 0;
        {
            EngineStreamPool pool(client.transport());
            QHash<QString, JsonLineSplitter> splitters;
            QHash<QString, StatsHistory> histories;
            const double before = selfCpuSeconds();
            for (const QString &id : std::as_const(m_ids)) {
                pool.open(client.apiPath("/containers/" + id.toLatin1() + "/stats?stream=1"),
                          [&splitters, &histories, &samples, id](QByteArrayView chunk) {
                              const QList<QByteArray> lines = splitters[id].feed(chunk);
                              for (const QByteArray &line : lines) {
                                  const Result<ContainerStats> s = ContainerStats::fromJson(line);
                                  if (s) {
                                      histories[id].append(*s);
                                      ++samples;
                                  }
                              }
                          },
                          [](const EngineState &, long, const QByteArray &) {});
            }
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < seconds * 1000LL)
                pool.pump(500);
            pool.closeAll();
            ours = selfCpuSeconds() - before;
        }
        QVERIFY2(samples >= qint64(m_ids.size()) * (seconds / 2), qPrintable(u"only %1 samples"_s.arg(samples)));

        // The reference: the docker CLI streaming the same containers; its output is thrown away.
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.setStandardErrorFile(QProcess::nullDevice());
        cli.start(u"docker"_s, QStringList{u"stats"_s, u"--format"_s, u"{{json .}}"_s} + m_ids);
        QVERIFY(cli.waitForStarted());
        QThread::sleep(static_cast<unsigned long>(seconds));
        const double theirs = processCpuSeconds(cli.processId());
        QVERIFY2(cli.state() == QProcess::Running, "docker stats ended early");
        cli.terminate();
        if (!cli.waitForFinished(10000)) {
            cli.kill();
            cli.waitForFinished();
        }
        QVERIFY(theirs >= 0);

        const double ratio = theirs > 0 ? ours / theirs : 0;
        const QByteArray line = u"stats %1 containers %2 s: stackdeck %3 s CPU (%4 samples), docker stats %5 s CPU, "
                                u"ratio %6x (goal <= 0.5x)"_s
                                    .arg(m_ids.size())
                                    .arg(seconds)
                                    .arg(ours, 0, 'f', 2)
                                    .arg(samples)
                                    .arg(theirs, 0, 'f', 2)
                                    .arg(ratio, 0, 'f', 2)
                                    .toUtf8();
        qInfo("%s", line.constData());
        printf("%s\n", line.constData());
        fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStatsCpu)
#include "bench_statscpu.moc"
