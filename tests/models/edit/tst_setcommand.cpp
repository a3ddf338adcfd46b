#include "models/commands/setcommand.h"
#include "models/edit/linediff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// `stackdeck set` end to end on real files: loads with ComposeLoader, validates, writes with SafeWriter.
class TestSetCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setsOneValue();
    void dryRunWritesNothing();
    void refusesWhenResultHasErrors();
    void refusesThroughAlias();
    void picksTheFileThatDefinesThePath_data();
    void picksTheFileThatDefinesThePath();
    void quotedValueStaysString();
    void badArguments_data();
    void badArguments();

private:
    int run(const QStringList &args);
    void put(const QString &name, const QByteArray &bytes);
    QByteArray read(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out, m_err;
};

void TestSetCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile fixture(QStringLiteral(STACKDECK_TEST_DATA "/edit/spark-cluster.yml"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    put(u"compose.yaml"_s, fixture.readAll());
}

int TestSetCommand::run(const QStringList &args)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out), err(&m_err);
    CommandIo io{args, out, err, m_dir->path()};
    const int status = SetCommand::run(io);
    out.flush();
    err.flush();
    return status;
}

void TestSetCommand::put(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir->filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray TestSetCommand::read(const QString &name) const
{
    QFile f(m_dir->filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSetCommand::setsOneValue()
{
    const QByteArray before = read(u"compose.yaml"_s);
    QCOMPARE(run({u"services.spark-worker.deploy.resources.limits.memory=8G"_s}), 0);
    const QByteArray after = read(u"compose.yaml"_s);
    const LineDiff::Stats stats = LineDiff::stats(LineDiff::compare(before, after));
    QCOMPARE(stats.removed, 1);
    QCOMPARE(stats.added, 1);
    QVERIFY(after.contains("          memory: 8G   # leaves 1G for the OS\n"));
    QVERIFY2(m_out.contains("-          memory: 7G   # leaves 1G for the OS\n+          memory: 8G   # leaves 1G for the OS\n"_L1), qPrintable(m_out));
    QVERIFY(m_out.contains("--- a/compose.yaml"_L1));
    const QByteArray index = read(u".stackdeck/history/index.tsv"_s);
    QVERIFY2(index.contains("set services.spark-worker.deploy.resources.limits.memory = 8G"), index.constData());
    QCOMPARE(QDir(m_dir->filePath(u".stackdeck/history"_s)).entryList({u"*-compose.yaml"_s}, QDir::Files).size(), 1);
}

void TestSetCommand::dryRunWritesNothing()
{
    const QByteArray before = read(u"compose.yaml"_s);
    QCOMPARE(run({u"--dry-run"_s, u"services.history.restart=unless-stopped"_s}), 0);
    QCOMPARE(read(u"compose.yaml"_s), before);
    QVERIFY2(m_out.contains("+    restart: unless-stopped"_L1), qPrintable(m_out));
    QVERIFY(!QDir(m_dir->filePath(u".stackdeck"_s)).exists());
}

void TestSetCommand::refusesWhenResultHasErrors()
{
    const QByteArray before = read(u"compose.yaml"_s);
    QCOMPARE(run({u"services.spark-worker.depends_on.0=no-such-service"_s}), 2);
    QCOMPARE(read(u"compose.yaml"_s), before);
    QVERIFY2(m_err.contains("compose.yaml:"_L1) && m_err.contains(": error: "_L1), qPrintable(m_err));
    QVERIFY(m_err.contains("nothing was written"_L1));
    QVERIFY(!QDir(m_dir->filePath(u".stackdeck"_s)).exists());
}

void TestSetCommand::refusesThroughAlias()
{
    put(u"compose.yaml"_s, "x-limits: &limits\n  resources:\n    limits: {memory: 1G}\nservices:\n  web:\n    image: nginx:1.27\n"
                           "    deploy: *limits\n");
    const QByteArray before = read(u"compose.yaml"_s);
    QCOMPARE(run({u"services.web.deploy.resources.limits.memory=2G"_s}), 2);
    QVERIFY2(m_err.contains("*limits"_L1) && m_err.contains("compose.yaml:7:"_L1), qPrintable(m_err));
    QCOMPARE(read(u"compose.yaml"_s), before);
}

void TestSetCommand::picksTheFileThatDefinesThePath_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("changedFile");
    QTest::newRow("defined in override") << u"services.web.image=nginx:1.28"_s << u"override.yaml"_s;
    QTest::newRow("defined in base only") << u"services.web.restart=always"_s << u"base.yaml"_s;
    QTest::newRow("ancestor in both: later wins") << u"services.web.mem_limit=1g"_s << u"override.yaml"_s;
    QTest::newRow("ancestor only in base") << u"services.db.mem_limit=1g"_s << u"base.yaml"_s;
}

void TestSetCommand::picksTheFileThatDefinesThePath()
{
    QFETCH(QString, assignment);
    QFETCH(QString, changedFile);
    const QByteArray base = "services:\n  web:\n    image: nginx:1.25\n    restart: unless-stopped\n  db:\n    image: postgres:16\n";
    const QByteArray override = "services:\n  web:\n    image: nginx:1.27\n";
    put(u"base.yaml"_s, base);
    put(u"override.yaml"_s, override);
    QCOMPARE(run({u"-f"_s, u"base.yaml"_s, u"-f"_s, u"override.yaml"_s, assignment}), 0);
    QCOMPARE(read(u"base.yaml"_s) != base, changedFile == "base.yaml"_L1);
    QCOMPARE(read(u"override.yaml"_s) != override, changedFile == "override.yaml"_L1);
}

void TestSetCommand::quotedValueStaysString()
{
    QCOMPARE(run({u"services.history.user=\"1002\""_s}), 0);
    QVERIFY(read(u"compose.yaml"_s).contains("    user: \"1002\"\n"));
    QCOMPARE(run({u"services.spark-worker.deploy.replicas=3"_s}), 0);
    QVERIFY(read(u"compose.yaml"_s).contains("      replicas: 3\n"));
}

void TestSetCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList() << u"Nothing to set"_s;
    QTest::newRow("no equals") << QStringList{u"services.web.image"_s} << u"not PATH=VALUE"_s;
    QTest::newRow("not a scalar") << QStringList{u"services.web.ports=[1, 2]"_s} << u"not a single YAML scalar"_s;
    QTest::newRow("unknown option") << QStringList{u"--force"_s, u"a=1"_s} << u"Unknown option"_s;
    QTest::newRow("missing file") << QStringList{u"-f"_s, u"nope.yaml"_s, u"a=1"_s} << u"nope.yaml"_s;
}

void TestSetCommand::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = read(u"compose.yaml"_s);
    QCOMPARE(run(args), 2);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QCOMPARE(read(u"compose.yaml"_s), before);
}

QTEST_GUILESS_MAIN(TestSetCommand)
#include "tst_setcommand.moc"
