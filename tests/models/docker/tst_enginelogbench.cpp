#include "models/docker/engineclient.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/logcursor.h"
#include "models/docker/logdemuxer.h"
#include "tst_enginehelper.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

// Benchmark: log ingest (lines/s) through stream, demuxer and cursor, against `docker logs` to /dev/null.
class TestEngineLogBench final : public QObject
{
    Q_OBJECT

private:
    QString m_project;
    QString m_engineMissing;

private Q_SLOTS:
    void initTestCase()
    {
        m_engineMissing = H::prepareProject(u"bench"_s, &m_project);
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
    }

    void cleanupTestCase()
    {
        if (m_engineMissing.isEmpty())
            H::removeProject(m_project);
    }

    void ingest()
    {
        const int lines = 200000;
        const QString id = H::runService(m_project, u"firehose"_s, 1, {},
            {u"sh"_s, u"-c"_s, u"seq 1 %1; seq 1 %1 >&2"_s.arg(lines / 2)});
        QVERIFY(!id.isEmpty());
        EngineClient client(EngineEndpoint::resolve().value());
        QVERIFY(client.connect().isConnected());
        QTRY_COMPARE_WITH_TIMEOUT(client.inspect(id)->status, u"exited"_s, 60000);

        // Reference: the docker CLI reading the same log to /dev/null.
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        cli.start(u"docker"_s, {u"logs"_s, u"-t"_s, id});
        QVERIFY(cli.waitForFinished(120000));
        const qint64 cliMs = qMax<qint64>(1, timer.elapsed());

        EngineStreamPool pool(client.transport());
        LogDemuxer demuxer(false);
        LogCursor cursor(u"firehose"_s, u"f"_s);
        qint64 received = 0;
        bool done = false;
        timer.restart();
        pool.open(client.apiPath("/containers/" + id.toLatin1() + "/logs?" + cursor.query(true, -1)),
                  [&](QByteArrayView chunk) {
                      const QList<LogDemuxer::RawLine> raw = demuxer.feed(chunk);
                      for (const LogDemuxer::RawLine &line : raw)
                          if (cursor.accept(line))
                              ++received;
                  },
                  [&](const EngineState &, long, const QByteArray &) { done = true; });
        while (!done && timer.elapsed() < 120000)
            pool.pump(20);
        const qint64 oursMs = qMax<qint64>(1, timer.elapsed());
        QCOMPARE(received, qint64(lines));
        const double ours = double(lines) * 1000.0 / double(oursMs);
        const double reference = double(lines) * 1000.0 / double(cliMs);
        qInfo("log ingest: stackdeck %.0f lines/s (%lld ms), docker logs %.0f lines/s (%lld ms), ratio %.2fx (goal >= 1.0)",
              ours, oursMs, reference, cliMs, ours / reference);
    }
};

QTEST_GUILESS_MAIN(TestEngineLogBench)
#include "tst_enginelogbench.moc"
