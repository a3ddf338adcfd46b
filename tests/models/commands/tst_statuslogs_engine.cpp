#include "models/commands/logscommand.h"
#include "models/commands/statuscommand.h"
#include "tests/models/docker/tst_enginehelper.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Stackdeck;
using namespace Qt::StringLiterals;
namespace H = EngineTestHelper;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

// Runs a command in-process, as app/main.cpp dispatches it.
Run runCommand(int (*command)(CommandIo &), const QStringList &args, const QString &dir)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CommandIo io{args, out, err, dir};
    QElapsedTimer timer;
    timer.start();
    run.status = command(io);
    run.ms = timer.elapsed();
    out.flush();
    err.flush();
    return run;
}

QJsonObject serviceRow(const QJsonObject &report, const QString &service)
{
    const QJsonArray rows = report.value(u"services"_s).toArray();
    for (const QJsonValue &row : rows)
        if (row.toObject().value(u"service"_s).toString() == service)
            return row.toObject();
    return {};
}

} // namespace

// status and logs against a docker-compose v1 project on the real engine (no stand-ins).
class TestStatusLogsEngine final : public QObject
{
    Q_OBJECT

    QString m_missing;
    QTemporaryDir m_dir;
    QString m_project;
    bool m_crashUp = false;

    int compose(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        QStringList files = {u"-f"_s, u"base.yml"_s};
        if (m_crashUp)
            files += {u"-f"_s, u"crash.yml"_s};
        process.start(u"docker-compose"_s, QStringList{u"-p"_s, m_project} + files + args);
        if (!process.waitForStarted(10000) || !process.waitForFinished(180000))
            return -1;
        if (output)
            *output = process.readAll();
        return process.exitCode();
    }

    QStringList base() const { return {u"-p"_s, m_project, u"-f"_s, u"base.yml"_s}; }

private slots:
    void initTestCase()
    {
        m_missing = H::engineMissing();
        if (m_missing.isEmpty() && !QFile::exists(u"/usr/bin/docker-compose"_s))
            m_missing = u"docker-compose (v1) is not installed at /usr/bin/docker-compose"_s;
        if (m_missing.isEmpty())
            m_missing = H::ensureImage();
        if (!m_missing.isEmpty())
            return;
        H::removeStaleProjects(u"cmd"_s);
        m_project = H::uniqueProject(u"cmd"_s);
        QVERIFY(m_dir.isValid());
        for (const QString &name : {u"base.yml"_s, u"crash.yml"_s})
            QVERIFY(QFile::copy(QStringLiteral(STACKDECK_TEST_DATA "/commands/") + name, m_dir.filePath(name)));
        // A free loopback port for the web service, known to both docker-compose and the command.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        qputenv("STACKDECK_TEST_WEB_PORT", QByteArray::number(probe.serverPort()));
        probe.close();
        QByteArray output;
        QVERIFY2(compose({u"up"_s, u"-d"_s}, &output) == 0, output.constData());
    }

    void cleanupTestCase()
    {
        if (!m_missing.isEmpty() || m_project.isEmpty())
            return;
        m_crashUp = true;
        compose({u"down"_s, u"-v"_s, u"--remove-orphans"_s});
        H::removeProject(m_project);
    }

    void statusHealthyAfterSettling()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        Run run;
        for (int i = 0; i < 30; ++i) {
            run = runCommand(&StatusCommand::run, base() + QStringList{u"--format"_s, u"json"_s}, m_dir.path());
            if (run.status == ExitClean)
                break;
            QThread::msleep(1000);
        }
        QVERIFY2(run.status == ExitClean, qPrintable(run.out + run.err));
        qInfo("status of 2 services took %lld ms", run.ms);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"project"_s).toString(), m_project);
        QCOMPARE(report.value(u"exitStatus"_s).toInt(), 0);
        const QJsonObject web = serviceRow(report, u"web"_s);
        QCOMPARE(web.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(web.value(u"health"_s).toString(), u"healthy"_s);
        QVERIFY(!web.value(u"message"_s).toString().isEmpty());
        QVERIFY(web.value(u"memoryLimit"_s).isNull());
        QCOMPARE(web.value(u"restarts"_s).toInt(), 0);
        const QJsonObject logger = serviceRow(report, u"logger"_s);
        QCOMPARE(logger.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(logger.value(u"memoryLimit"_s).toDouble(), 64.0 * 1024 * 1024);
        QVERIFY(logger.value(u"memoryUsed"_s).toDouble() > 0);
        QVERIFY2(logger.value(u"cpuPercent"_s).isDouble(), "two stats samples should have arrived");

        const Run text = runCommand(&StatusCommand::run, base(), m_dir.path());
        QCOMPARE(text.status, int(ExitClean));
        QVERIFY2(QRegularExpression(u"^web\\s+running\\s+healthy\\s+\\d+\\.\\d%\\s+\\S+ \\wiB / no limit\\s+0 "_s,
                                    QRegularExpression::MultilineOption)
                     .match(text.out)
                     .hasMatch(),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(u"/ 64.0 MiB"_s), qPrintable(text.out));
        // The logger has no health check, so the stack is "unknown" (not failing): still exit 0.
        QCOMPARE(logger.value(u"health"_s).toString(), u"unknown"_s);
        QVERIFY2(text.out.contains(u"Stack: "_s + report.value(u"health"_s).toString()), qPrintable(text.out));
    }

    void statusWatchRounds()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        const Run run = runCommand(&StatusCommand::run,
                                   base() + QStringList{u"--watch"_s, u"--interval"_s, u"0.2"_s, u"--rounds"_s, u"2"_s},
                                   m_dir.path());
        QCOMPARE(run.out.count(u"Project "_s + m_project), 2);
        QCOMPARE(run.status, int(ExitClean));
    }

    void engineUnreachable_data()
    {
        QTest::addColumn<bool>("logs");
        QTest::newRow("status") << false;
        QTest::newRow("logs") << true;
    }

    void engineUnreachable()
    {
        QFETCH(bool, logs);
        const QByteArray saved = qgetenv("DOCKER_HOST");
        qputenv("DOCKER_HOST", "unix:///nonexistent");
        const Run run = runCommand(logs ? &LogsCommand::run : &StatusCommand::run,
                                   {u"-f"_s, QStringLiteral(STACKDECK_TEST_DATA "/commands/base.yml"), u"-p"_s, u"unreachable"_s},
                                   QDir::currentPath());
        if (saved.isEmpty())
            qunsetenv("DOCKER_HOST");
        else
            qputenv("DOCKER_HOST", saved);
        QCOMPARE(run.status, int(ExitErrors));
        QVERIFY2(run.err.contains(u"engine unreachable"_s) && run.err.contains(u"/nonexistent"_s), qPrintable(run.err));
    }

    void logsMergedAndPrefixed()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        QThread::msleep(500);
        const Run run = runCommand(&LogsCommand::run, base() + QStringList{u"--timestamps"_s}, m_dir.path());
        QCOMPARE(run.status, int(ExitClean));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 10, qPrintable(run.out + run.err));
        static const QRegularExpression shape(u"^(web-1|logger-1)\\s+\\| (\\S+) (.*)$"_s);
        QString previous;
        QSet<QString> outs, errs;
        bool webSeen = false;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = shape.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            // Same-width RFC 3339 nanosecond stamps sort as text.
            QVERIFY2(m.captured(2) >= previous, qPrintable(previous + u" then "_s + line));
            previous = m.captured(2);
            webSeen |= m.captured(1) == u"web-1";
            if (m.captured(3).startsWith(u"out "_s))
                outs.insert(m.captured(3).mid(4));
            if (m.captured(3).startsWith(u"err "_s))
                errs.insert(m.captured(3).mid(4));
        }
        QVERIFY(webSeen);
        QVERIFY(outs.contains(u"1"_s));
        QVERIFY2(errs.contains(u"1"_s), "stderr lines are included");
        QVERIFY(errs.size() >= outs.size() - 2);
    }

    void logsGrepAndService()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        const Run run = runCommand(&LogsCommand::run, base() + QStringList{u"--grep"_s, u"^err [0-9]*5$"_s, u"logger"_s},
                                   m_dir.path());
        QCOMPARE(run.status, int(ExitClean));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(u"logger-1  | err "_s) && line.endsWith(u'5'), qPrintable(line));

        const Run bad = runCommand(&LogsCommand::run, base() + QStringList{u"--grep"_s, u"(unclosed"_s}, m_dir.path());
        QCOMPARE(bad.status, int(ExitErrors));
        QVERIFY2(bad.err.contains(u"invalid --grep"_s), qPrintable(bad.err));
        QVERIFY(bad.out.isEmpty());

        const Run unknown = runCommand(&LogsCommand::run, base() + QStringList{u"nosuch"_s}, m_dir.path());
        QCOMPARE(unknown.status, int(ExitErrors));
    }

    void logsFollowNewLines()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        const Run run = runCommand(&LogsCommand::run,
                                   base() + QStringList{u"logger"_s, u"--follow"_s, u"--tail"_s, u"0"_s, u"--max-lines"_s,
                                                        u"6"_s, u"--duration"_s, u"20"_s},
                                   m_dir.path());
        QCOMPARE(run.status, int(ExitClean));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(run.ms < 15000, "follow should have delivered new lines long before --duration");
        QSet<QString> seen;
        for (const QString &line : lines) {
            QVERIFY2(!seen.contains(line), qPrintable(u"duplicate: "_s + line));
            seen.insert(line);
        }
    }

    // Last: brings up the crashing service too.
    void statusWithCrashingService()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing));
        m_crashUp = true;
        QByteArray output;
        QVERIFY2(compose({u"up"_s, u"-d"_s}, &output) == 0, output.constData());
        QStringList args = base() + QStringList{u"-f"_s, u"crash.yml"_s, u"--format"_s, u"json"_s};
        Run run;
        QJsonObject crash;
        for (int i = 0; i < 20; ++i) {
            run = runCommand(&StatusCommand::run, args, m_dir.path());
            crash = serviceRow(QJsonDocument::fromJson(run.out.toUtf8()).object(), u"crash"_s);
            if (crash.value(u"state"_s).toString() == u"exited")
                break;
            QThread::msleep(500);
        }
        QCOMPARE(run.status, int(ExitErrors));
        QCOMPARE(crash.value(u"state"_s).toString(), u"exited"_s);
        QCOMPARE(crash.value(u"health"_s).toString(), u"down"_s);
        QVERIFY2(crash.value(u"message"_s).toString().contains(u"exit code 1"_s), qPrintable(run.out));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"health"_s).toString(), u"down"_s);
        QCOMPARE(serviceRow(report, u"web"_s).value(u"health"_s).toString(), u"healthy"_s);

        const Run logs = runCommand(&LogsCommand::run, base() + QStringList{u"-f"_s, u"crash.yml"_s, u"crash"_s}, m_dir.path());
        QCOMPARE(logs.status, int(ExitClean));
        QVERIFY2(logs.out.contains(u"crash-1  | crashing"_s), qPrintable(logs.out));
    }
};

QTEST_GUILESS_MAIN(TestStatusLogsEngine)
#include "tst_statuslogs_engine.moc"
