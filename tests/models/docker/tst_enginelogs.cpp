#include "models/docker/logbuffer.h"
#include "models/docker/logcursor.h"
#include "models/docker/logdemuxer.h"
#include "models/docker/logline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    const quint32 size = quint32(payload.size());
    header[4] = char(size >> 24);
    header[5] = char(size >> 16);
    header[6] = char(size >> 8);
    header[7] = char(size);
    return header + payload;
}

QList<LogDemuxer::RawLine> feedInChunks(LogDemuxer &demuxer, const QByteArray &data, int chunk)
{
    QList<LogDemuxer::RawLine> lines;
    for (qsizetype pos = 0; pos < data.size(); pos += chunk)
        lines += demuxer.feed(QByteArrayView(data).sliced(pos, qMin<qsizetype>(chunk, data.size() - pos)));
    return lines;
}

LogLine line(qint64 ns, const QString &service, const QString &text)
{
    LogLine l;
    l.timestampNs = ns;
    l.service = service;
    l.text = text;
    return l;
}

} // namespace

// Log framing, resume de-duplication and the bounded buffer, on hand-built streams.
class TestEngineLogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ns");
        QTest::newRow("nanoseconds") << QByteArray("2026-11-22T09:40:01.123456789Z") << qint64(1795340401123456789LL);
        QTest::newRow("short fraction") << QByteArray("2026-11-22T09:40:01.5Z") << qint64(1795340401500000000LL);
        QTest::newRow("no fraction") << QByteArray("1970-01-01T00:00:10Z") << qint64(10000000000LL);
        QTest::newRow("not a timestamp") << QByteArray("hello world, this is text") << qint64(-1);
        QTest::newRow("offset, not UTC") << QByteArray("2026-11-22T09:40:01+01:00") << qint64(-1);
        QTest::newRow("bad month") << QByteArray("2026-13-22T09:40:01.1Z") << qint64(-1);
    }

    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ns);
        QCOMPARE(LogLine::parseTimestamp(text), ns);
        if (ns > 0) {
            QCOMPARE(LogLine::parseTimestamp(LogLine::formatTimestamp(ns)), ns);
            QCOMPARE(LogLine::sinceParameter(ns), QByteArray::number(ns / 1000000000LL) + '.'
                     + QByteArray::number(ns % 1000000000LL).rightJustified(9, '0'));
        }
    }

    void demux_data()
    {
        QTest::addColumn<int>("chunk");
        for (const int chunk : {1, 2, 3, 5, 8, 9, 64, 100000})
            QTest::addRow("chunk %d", chunk) << chunk;
    }

    void demux()
    {
        QFETCH(int, chunk);
        // A line split over two frames, two lines in one frame, stderr interleaved inside a stdout line.
        QByteArray body;
        body += frame(1, "T1 first li");
        body += frame(2, "T2 err one\nT3 err ");
        body += frame(1, "ne\nT4 second\nT5 third\n");
        body += frame(2, "two\n");
        body += frame(1, QByteArray());
        body += frame(1, "T6 crlf\r\nT7 no newline");
        LogDemuxer demuxer(false);
        QList<LogDemuxer::RawLine> lines = feedInChunks(demuxer, body, chunk);
        lines += demuxer.flush();
        QStringList out, err;
        for (const LogDemuxer::RawLine &l : lines)
            (l.stream == LogLine::Stream::Stderr ? err : out).append(QString::fromUtf8(l.bytes));
        QCOMPARE(out, (QStringList{u"T1 first line"_s, u"T4 second"_s, u"T5 third"_s, u"T6 crlf"_s, u"T7 no newline"_s}));
        QCOMPARE(err, (QStringList{u"T2 err one"_s, u"T3 err two"_s}));
    }

    void tty()
    {
        // TTY streams have no headers: a byte 1 or 2 at the start is just text.
        const QByteArray body = "\x01" "abc\r\nline two\n";
        LogDemuxer demuxer(true);
        const QList<LogDemuxer::RawLine> lines = feedInChunks(demuxer, body, 1);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).bytes, QByteArray("\x01" "abc"));
        QCOMPARE(lines.at(0).stream, LogLine::Stream::Tty);
        QCOMPARE(lines.at(1).bytes, QByteArray("line two"));
    }

    void longLineIsCut()
    {
        LogDemuxer demuxer(true);
        const QByteArray big(LogDemuxer::maxLine + 10, 'y');
        const QList<LogDemuxer::RawLine> lines = demuxer.feed(big);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().bytes.size(), LogDemuxer::maxLine);
    }

    void cursorResume()
    {
        LogCursor cursor(u"web"_s, u"app-web-1"_s);
        QCOMPARE(cursor.query(true, 50), QByteArray("stdout=1&stderr=1&timestamps=1&follow=1&tail=50"));
        const auto raw = [](const QByteArray &text, LogLine::Stream stream = LogLine::Stream::Stdout) {
            return LogDemuxer::RawLine{stream, text};
        };
        QVERIFY(cursor.accept(raw("2026-11-22T09:40:01.000000001Z a")));
        QVERIFY(cursor.accept(raw("2026-11-22T09:40:03.000000002Z b")));
        QVERIFY(cursor.accept(raw("2026-11-22T09:40:03.000000002Z c"))); // same instant, other text
        // stderr is stamped apart from stdout: a slightly older line after a newer one is still new.
        QVERIFY(cursor.accept(raw("2026-11-22T09:40:02.900000000Z e", LogLine::Stream::Stderr)));
        // Resume starts one window before the last line, so late-stamped lines are not missed.
        QCOMPARE(cursor.query(true, 50), QByteArray("stdout=1&stderr=1&timestamps=1&follow=1&since=1795340401.000000002"));
        // The resumed stream repeats the window; all of it was delivered already.
        QVERIFY(!cursor.accept(raw("2026-11-22T09:40:01.000000001Z a")));
        QVERIFY(!cursor.accept(raw("2026-11-22T09:40:02.900000000Z e", LogLine::Stream::Stderr)));
        QVERIFY(!cursor.accept(raw("2026-11-22T09:40:03.000000002Z b")));
        QVERIFY(!cursor.accept(raw("2026-11-22T09:40:03.000000002Z c")));
        // Same instant and text on the other stream is a different line.
        QVERIFY(cursor.accept(raw("2026-11-22T09:40:03.000000002Z c", LogLine::Stream::Stderr)));
        const std::optional<LogLine> next = cursor.accept(raw("2026-11-22T09:40:03.000000003Z d"));
        QVERIFY(next);
        QCOMPARE(next->text, u"d"_s);
        QCOMPARE(next->service, u"web"_s);
        QCOMPARE(next->container, u"app-web-1"_s);
        QCOMPARE(next->timestampNs, 1795340403000000003LL);
        // Lines without a timestamp are passed through untouched.
        QVERIFY(cursor.accept(raw("plain")));
    }

    void cursorWindowIsBounded()
    {
        LogCursor cursor;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray ts = LogLine::formatTimestamp(1795340401000000000LL + qint64(i) * 10000000LL);
            QVERIFY(cursor.accept({LogLine::Stream::Stdout, ts + " x"}));
        }
        // 100 s of lines at 100/s: replaying the first ones is refused as too old, the recent ones as seen.
        QVERIFY(!cursor.accept({LogLine::Stream::Stdout, LogLine::formatTimestamp(1795340401000000000LL) + " x"}));
        QVERIFY(!cursor.accept({LogLine::Stream::Stdout, LogLine::formatTimestamp(1795340401000000000LL + 9999LL * 10000000LL) + " x"}));
    }

    void bufferOrderAndBounds()
    {
        LogBuffer buffer(3, 4);
        buffer.append({line(10, u"a"_s, u"a10"_s), line(30, u"b"_s, u"b30"_s), line(20, u"a"_s, u"a20"_s)});
        buffer.append({line(25, u"b"_s, u"b25"_s), line(40, u"a"_s, u"a40"_s), line(50, u"a"_s, u"a50"_s)});
        QStringList merged;
        for (const LogLine &l : buffer.merged())
            merged.append(l.text);
        QCOMPARE(merged, (QStringList{u"b25"_s, u"b30"_s, u"a40"_s, u"a50"_s}));
        QCOMPARE(buffer.droppedMerged(), 2);
        QStringList a;
        for (const LogLine &l : buffer.service(u"a"_s))
            a.append(l.text);
        QCOMPARE(a, (QStringList{u"a20"_s, u"a40"_s, u"a50"_s}));
        QCOMPARE(buffer.droppedFor(u"a"_s), 1);
        QCOMPARE(buffer.droppedFor(u"b"_s), 0);
        QVERIFY(buffer.service(u"nope"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineLogs)
#include "tst_enginelogs.moc"
