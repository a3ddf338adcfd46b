#include "models/live/loglevelparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Level recognition over the line shapes the demo stack's services actually write.
class TestLogLevelParser final : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void names();
};

void TestLogLevelParser::detect_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    const auto add = [](const char *name, const QString &line, LogLevel level) {
        QTest::newRow(name) << line << int(level);
    };
    add("plain upper", u"ERROR something broke"_s, LogLevel::Error);
    add("timestamp then level", u"2024-05-01 12:00:00,123 WARN  disk almost full"_s, LogLevel::Warn);
    add("log4j spark", u"24/05/01 12:00:00 INFO SparkContext: Running Spark version 3.5.1"_s, LogLevel::Info);
    add("uvicorn", u"INFO:     127.0.0.1:50412 - \"GET /health HTTP/1.1\" 200 OK"_s, LogLevel::Info);
    add("nginx bracket", u"2024/05/01 12:00:00 [warn] 29#29: *1 upstream response is buffered"_s, LogLevel::Warn);
    add("nginx error", u"2024/05/01 12:00:00 [error] 29#29: connect() failed"_s, LogLevel::Error);
    add("bracket lower debug", u"[debug] cache miss for key user:42"_s, LogLevel::Debug);
    add("logfmt prometheus", u"ts=2024-05-01T12:00:00Z caller=main.go:1 level=info msg=\"Server is ready\""_s, LogLevel::Info);
    add("logfmt quoted", u"t=2024-05-01 level=\"warn\" msg=x"_s, LogLevel::Warn);
    add("logfmt grafana error", u"logger=sqlstore t=2024-05-01T12:00:00 level=error msg=\"failed\""_s, LogLevel::Error);
    add("severity logfmt", u"severity=debug msg=\"tick\""_s, LogLevel::Debug);
    add("json level", u"{\"time\":\"2024-05-01T12:00:00Z\",\"level\":\"error\",\"msg\":\"boom\"}"_s, LogLevel::Error);
    add("json severity", u"{\"severity\": \"WARNING\", \"message\": \"slow query\"}"_s, LogLevel::Warn);
    add("json spaced", u"  {\"msg\":\"ok\", \"level\" : \"info\"}"_s, LogLevel::Info);
    add("json without level", u"{\"msg\":\"error in message only\"}"_s, LogLevel::Unknown);
    add("json numeric level", u"{\"level\":30,\"msg\":\"pino\"}"_s, LogLevel::Unknown);
    add("postgres LOG", u"2024-05-01 12:00:00.000 UTC [1] LOG:  database system is ready"_s, LogLevel::Info);
    add("postgres FATAL", u"2024-05-01 12:00:00.000 UTC [7] FATAL:  password authentication failed"_s, LogLevel::Error);
    add("postgres WARNING", u"WARNING:  there is no transaction in progress"_s, LogLevel::Warn);
    add("lower leading colon", u"error: could not open file"_s, LogLevel::Error);
    add("lower word in message", u"request finished without error"_s, LogLevel::Unknown);
    add("first level wins", u"INFO retrying after ERROR from upstream"_s, LogLevel::Info);
    add("trace is debug", u"TRACE entering handler"_s, LogLevel::Debug);
    add("critical", u"CRITICAL worker lost"_s, LogLevel::Error);
    add("word inside word", u"INFORMATIONAL_BANNER ready"_s, LogLevel::Unknown);
    add("empty", QString(), LogLevel::Unknown);
    add("no level", u"Listening on 0.0.0.0:8080"_s, LogLevel::Unknown);
    add("level too far", QString(QString(200, u'x') + u" ERROR late"_s), LogLevel::Unknown);
}

void TestLogLevelParser::detect()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    QCOMPARE(int(LogLevelParser::detect(line)), level);
}

void TestLogLevelParser::names()
{
    QCOMPARE(LogLevelParser::name(LogLevel::Error), u"ERROR"_s);
    QCOMPARE(LogLevelParser::name(LogLevel::Debug), u"DEBUG"_s);
    QVERIFY(LogLevelParser::name(LogLevel::Unknown).isEmpty());
    QCOMPARE(LogLevelParser::fromWord(u"Warning"), LogLevel::Warn);
}

QTEST_GUILESS_MAIN(TestLogLevelParser)
#include "tst_loglevelparser.moc"
