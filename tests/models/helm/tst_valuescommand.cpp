#include "models/commands/valuescommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// `stackdeck values` end to end through ValuesCommand::run, on the fixture chart.
class TestValuesCommand final : public QObject
{
    Q_OBJECT

private slots:
    void explainPrintsValueLayerAndChain();
    void effectiveYaml();
    void effectiveJson();
    void explainJson();
    void defaultChartIsTheWorkingFolder();
    void errors_data();
    void errors();
    void help();
};

struct Run
{
    int status = -1;
    QString out, err;
};

static Run run(const QStringList &args, const QString &workingDir = QString())
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    CommandIo io{args, out, err, workingDir.isEmpty() ? QStringLiteral(STACKDECK_TEST_DATA "/helm") : workingDir};
    r.status = ValuesCommand::run(io);
    out.flush();
    err.flush();
    return r;
}

void TestValuesCommand::explainPrintsValueLayerAndChain()
{
    const Run r = run({u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"prod"_s, u"--explain"_s, u"connect.executor.instances"_s});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, u"connect.executor.instances = 4\n"
                    "  set by environment prod (environments/prod/values.yaml:5:16)\n"
                    "  overrides base (values.yaml:38:16) = 2\n"_s);
    QCOMPARE(r.err, QString());

    const Run two = run({u"--chart"_s, u"spark-chart"_s, u"--preset"_s, u"gpu"_s, u"--explain"_s, u"features.gpu.enabled"_s,
                         u"--explain"_s, u"jupyter.env.SPARK_CONNECT_URL"_s});
    QCOMPARE(two.status, 0);
    const QStringList lines = two.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], u"features.gpu.enabled = true"_s);
    QCOMPARE(lines[1], u"  set by preset gpu (presets/gpu-values.yaml:25:14)"_s);
    QCOMPARE(lines[2], u"  overrides base (values.yaml:84:14) = false"_s);
    QCOMPARE(lines[3], u"jupyter.env.SPARK_CONNECT_URL = sc://spark-connect:15002"_s);
}

void TestValuesCommand::effectiveYaml()
{
    const Run r = run({u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"prod"_s, u"--preset"_s, u"cost-optimized"_s});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(u"global:\n  imagePullSecrets: []\n"_s));
    QVERIFY(r.out.contains(u"  executor:\n    instances: 4\n    cores: \"1\"\n    memory: 512Mi\n"_s));
    QVERIFY(r.out.contains(u"  tolerations:\n    - key: spot-instance\n      operator: Equal\n      value: \"true\"\n"_s));
    QVERIFY(!r.out.contains(u"jupyter:"_s));   // deleted by prod
    QVERIFY(!r.out.contains(u"keda:"_s));      // deleted by the preset's "~"
    QVERIFY(!r.out.contains(u"workload"_s));   // the base's toleration list was replaced
    QVERIFY(!r.out.contains(u"<<"_s));         // merge keys applied
    QVERIFY(r.out.endsWith(u'\n'));
}

void TestValuesCommand::effectiveJson()
{
    const Run r = run({u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"staging"_s, u"--preset"_s, u"iceberg"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[u"connect"_s][u"replicas"_s].toInt(), 2);
    QCOMPARE(doc[u"features"_s][u"iceberg"_s][u"enabled"_s].toBool(), true);
    QCOMPARE(doc[u"connect"_s][u"sparkConf"_s][u"spark.sql.defaultCatalog"_s].toString(), u"iceberg"_s);
    QCOMPARE(doc[u"historyServer"_s][u"resources"_s][u"requests"_s][u"cpu"_s].toString(), u"250m"_s);
    QCOMPARE(doc[u"historyServer"_s][u"resources"_s][u"limits"_s][u"cpu"_s].toString(), u"1"_s);
}

void TestValuesCommand::explainJson()
{
    const Run r = run({u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"prod"_s, u"--format"_s, u"json"_s, u"--explain"_s,
                       u"connect.dynamicAllocation.maxExecutors"_s, u"--explain"_s, u"jupyter"_s});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(all.size(), 2);
    const QJsonObject max = all[0].toObject();
    QCOMPARE(max[u"set"_s].toBool(), true);
    QCOMPARE(max[u"value"_s].toInt(), 50);
    QCOMPARE(max[u"layer"_s].toString(), u"environment prod"_s);
    QCOMPARE(max[u"overrides"_s].toArray().size(), 1);
    QCOMPARE(max[u"overrides"_s][0][u"location"_s].toString(), u"values.yaml:49:19"_s);
    const QJsonObject jupyter = all[1].toObject();
    QCOMPARE(jupyter[u"set"_s].toBool(true), false);
    QCOMPARE(jupyter[u"removedBy"_s][0][u"layer"_s].toString(), u"environment prod"_s);
}

void TestValuesCommand::defaultChartIsTheWorkingFolder()
{
    const Run r = run({u"--explain"_s, u"connect.replicas"_s}, QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart"));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, u"connect.replicas = 1\n  set by base (values.yaml:36:13)\n"_s);
}

void TestValuesCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errPart");
    QTest::newRow("missing preset") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--preset"_s, u"nope"_s}
                                    << u"available: cost-optimized, gpu, iceberg"_s;
    QTest::newRow("missing env") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"qa"_s}
                                 << u"available: dev, prod, staging"_s;
    QTest::newRow("no chart here") << QStringList{} << u"No values.yaml"_s;
    QTest::newRow("bad format") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--format"_s, u"xml"_s} << u"unknown format"_s;
    QTest::newRow("unknown option") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("stray argument") << QStringList{u"--chart"_s, u"spark-chart"_s, u"connect"_s} << u"unexpected argument"_s;
    QTest::newRow("two environments") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--env"_s, u"dev"_s, u"--env"_s, u"prod"_s}
                                      << u"once"_s;
    QTest::newRow("option without value") << QStringList{u"--chart"_s, u"spark-chart"_s, u"--explain"_s} << u"explain"_s;
}

void TestValuesCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errPart);
    const Run r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(errPart), qPrintable(r.err));
    QVERIFY(r.err.startsWith(u"stackdeck values: "_s));
    QCOMPARE(r.out, QString());
}

void TestValuesCommand::help()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(u"Usage: stackdeck values [--chart DIR]"_s));
    for (const QString &option : {u"--chart"_s, u"--env"_s, u"--preset"_s, u"--explain"_s, u"--format"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestValuesCommand)
#include "tst_valuescommand.moc"
