#include "models/commands/logscommand.h"
#include "models/commands/logssince.h"
#include "models/commands/statuscommand.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

// Argument handling of status and logs that is settled before the engine is contacted.
class TestStatusLogsArgs final : public QObject
{
    Q_OBJECT

private slots:
    void rejected_data()
    {
        QTest::addColumn<bool>("logs");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = QStringLiteral(STACKDECK_TEST_DATA "/commands/base.yml");
        QTest::newRow("status bad format") << false << QStringList{u"-f"_s, file, u"--format"_s, u"xml"_s} << u"unknown format"_s;
        QTest::newRow("status bad interval") << false << QStringList{u"-f"_s, file, u"--interval"_s, u"soon"_s} << u"--interval"_s;
        QTest::newRow("status stray argument") << false << QStringList{u"-f"_s, file, u"web"_s} << u"unexpected argument"_s;
        QTest::newRow("status unknown option") << false << QStringList{u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("status missing file") << false << QStringList{u"-f"_s, u"/nonexistent/compose.yml"_s} << u"compose.yml"_s;
        QTest::newRow("logs invalid regex") << true << QStringList{u"-f"_s, file, u"--grep"_s, u"a[b"_s} << u"invalid --grep"_s;
        QTest::newRow("logs bad tail") << true << QStringList{u"-f"_s, file, u"--tail"_s, u"-3"_s} << u"--tail"_s;
        QTest::newRow("logs bad since") << true << QStringList{u"-f"_s, file, u"--since"_s, u"yesterday"_s} << u"--since"_s;
        QTest::newRow("logs unknown service") << true << QStringList{u"-f"_s, file, u"nosuch"_s} << u"no service \"nosuch\""_s;
    }

    void rejected()
    {
        QFETCH(bool, logs);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        CommandIo io{args, outStream, errStream, QDir::currentPath()};
        const int status = logs ? LogsCommand::run(io) : StatusCommand::run(io);
        outStream.flush();
        errStream.flush();
        QCOMPARE(status, int(ExitErrors));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void since_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedNs");
        const qint64 nowMs = 1'795'340'400'000LL; // 2026-11-22T09:40:00Z
        QTest::newRow("rfc3339") << u"2026-11-22T09:40:01Z"_s << (nowMs + 1000) * 1'000'000LL;
        QTest::newRow("rfc3339 ms") << u"2026-11-22T09:40:01.250Z"_s << (nowMs + 1250) * 1'000'000LL;
        QTest::newRow("unix seconds") << u"1795340400"_s << nowMs * 1'000'000LL;
        QTest::newRow("unix fractional") << u"1795340400.5"_s << (nowMs + 500) * 1'000'000LL;
        QTest::newRow("minutes ago") << u"10m"_s << (nowMs - 600'000) * 1'000'000LL;
        QTest::newRow("compound ago") << u"1h30m"_s << (nowMs - 5'400'000) * 1'000'000LL;
        QTest::newRow("bare seconds ago") << u"42"_s << (nowMs - 42'000) * 1'000'000LL;
        QTest::newRow("word") << u"yesterday"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void since()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedNs);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'795'340'400'000LL, QTimeZone::utc());
        QCOMPARE(LogsSince::parseNs(text, now), expectedNs);
    }
};

QTEST_GUILESS_MAIN(TestStatusLogsArgs)
#include "tst_statuslogs_args.moc"
