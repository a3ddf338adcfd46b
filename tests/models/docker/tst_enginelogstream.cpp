#include "models/docker/engineclient.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/logcursor.h"
#include "models/docker/logdemuxer.h"
#include "tst_enginehelper.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

// Log streams of real containers: demultiplexing (TTY and not), and resuming with since= after a cut.
class TestEngineLogStream final : public QObject
{
    Q_OBJECT

private:
    QString m_project;
    QString m_engineMissing;
    std::unique_ptr<EngineClient> m_client;

    // Follows `id`'s logs through `cursor` until the stream ends, `stopAfterLines` arrive, or 30 s pass.
    QList<LogLine> follow(const QString &id, bool tty, LogCursor &cursor, int stopAfterLines = -1)
    {
        EngineStreamPool pool(m_client->transport());
        LogDemuxer demuxer(tty);
        QList<LogLine> lines;
        bool done = false;
        const auto take = [&](const QList<LogDemuxer::RawLine> &raw) {
            for (const LogDemuxer::RawLine &r : raw)
                if (std::optional<LogLine> line = cursor.accept(r))
                    lines.append(*line);
        };
        pool.open(m_client->apiPath("/containers/" + id.toLatin1() + "/logs?" + cursor.query(true, -1)),
                  [&](QByteArrayView chunk) { take(demuxer.feed(chunk)); },
                  [&](const EngineState &, long, const QByteArray &) { done = true; });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 30000 && (stopAfterLines < 0 || lines.size() < stopAfterLines))
            pool.pump(50);
        if (done)
            take(demuxer.flush());
        // Leaving early drops the demuxer's partial line on purpose: a resumed stream repeats it whole.
        return lines;
    }

    QList<QByteArray> dockerLogs(const QString &id)
    {
        QByteArray out;
        H::docker({u"logs"_s, id}, &out);
        QList<QByteArray> lines = out.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engineMissing = H::prepareProject(u"logs"_s, &m_project);
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        m_client = std::make_unique<EngineClient>(EngineEndpoint::resolve().value());
        QVERIFY(m_client->connect().isConnected());
    }

    void cleanupTestCase()
    {
        if (m_engineMissing.isEmpty())
            H::removeProject(m_project);
    }

    void stdoutAndStderrApart()
    {
        const QString id = H::runService(m_project, u"chatty"_s, 1, {},
            {u"sh"_s, u"-c"_s, u"for i in $(seq 1 300); do echo out$i; echo err$i >&2; done; printf tail"_s});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->inspect(id)->status, u"exited"_s, 20000);
        QVERIFY(!m_client->inspect(id)->tty);
        LogCursor cursor(u"chatty"_s, u"c"_s);
        const QList<LogLine> lines = follow(id, false, cursor);
        QStringList out, err;
        // Each stream is stamped in order; across stdout and stderr the engine's order may differ slightly.
        qint64 previous[3] = {0, 0, 0};
        for (const LogLine &line : lines) {
            (line.stream == LogLine::Stream::Stderr ? err : out).append(line.text);
            QVERIFY(line.timestampNs > 0);
            QVERIFY(line.timestampNs >= previous[int(line.stream)]);
            previous[int(line.stream)] = line.timestampNs;
        }
        QCOMPARE(out.size(), 301);
        QCOMPARE(err.size(), 300);
        for (int i = 1; i <= 300; ++i) {
            QCOMPARE(out.at(i - 1), u"out%1"_s.arg(i));
            QCOMPARE(err.at(i - 1), u"err%1"_s.arg(i));
        }
        QCOMPARE(out.last(), u"tail"_s);
    }

    void ttyIsRaw()
    {
        const QString id = H::runService(m_project, u"console"_s, 1, {u"-t"_s},
                                         {u"sh"_s, u"-c"_s, u"echo one; echo two >&2; echo three"_s});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->inspect(id)->status, u"exited"_s, 20000);
        QVERIFY(m_client->inspect(id)->tty);
        LogCursor cursor(u"console"_s, u"t"_s);
        const QList<LogLine> lines = follow(id, true, cursor);
        QStringList texts;
        for (const LogLine &line : lines) {
            QCOMPARE(line.stream, LogLine::Stream::Tty);
            texts.append(line.text);
        }
        QCOMPARE(texts, (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    }

    void resumeAfterCut()
    {
        // 25 lines a second for 4 s; the first connection is cut after 30 lines, the second resumes with since=.
        const QString id = H::runService(m_project, u"counter"_s, 1, {},
            {u"sh"_s, u"-c"_s, u"i=0; while [ $i -lt 100 ]; do i=$((i+1)); echo line$i; usleep 40000; done"_s});
        QVERIFY(!id.isEmpty());
        LogCursor cursor(u"counter"_s, u"n"_s);
        QList<LogLine> lines = follow(id, false, cursor, 30);
        QVERIFY(lines.size() >= 30);
        QVERIFY(cursor.query(true, -1).contains("&since="));
        lines += follow(id, false, cursor);
        QStringList texts;
        for (const LogLine &line : lines)
            texts.append(line.text);
        const QList<QByteArray> truth = dockerLogs(id);
        QCOMPARE(truth.size(), 100);
        QCOMPARE(texts.size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i)
            QCOMPARE(texts.at(i), QString::fromUtf8(truth.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestEngineLogStream)
#include "tst_enginelogstream.moc"
