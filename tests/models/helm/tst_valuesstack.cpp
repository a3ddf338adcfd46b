#include "models/helm/valuesemitter.h"
#include "models/helm/valuesstack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Layering of the fixture chart tests/data/helm/spark-chart: load, explain, order and bad input.
class TestValuesStack final : public QObject
{
    Q_OBJECT

private slots:
    void layersLoadInOrder();
    void availableNames();
    void presetFileForms();
    void explainText_data();
    void explainText();
    void explainFields();
    void explainDeletedThenSetAgain();
    void presetOrderMatters();
    void badChart_data();
    void badChart();
    void duplicateKeysBecomeFindings();
    void hostileLayers();
};

static QString chart()
{
    return QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart");
}

static ValuesStack load(const QString &env, const QStringList &presets)
{
    Result<ValuesStack> stack = ValuesStack::loadChart(chart(), env, presets);
    if (!stack)
        qFatal("fixture chart does not load: %s", qPrintable(stack.error().toString()));
    return std::move(stack).value();
}

// A writable copy of the fixture chart, for tests that add broken files.
static bool copyChart(const QString &to)
{
    QDirIterator it(chart(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(chart()).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void TestValuesStack::layersLoadInOrder()
{
    const ValuesStack stack = load(u"staging"_s, {u"iceberg"_s, u"gpu"_s});
    QCOMPARE(stack.layers().size(), 4);
    QStringList labels, files;
    for (const ValuesLayer &layer : stack.layers()) {
        labels << layer.label();
        files << layer.document.file;
        QVERIFY(QFileInfo(layer.path).isAbsolute());
    }
    QCOMPARE(labels, (QStringList{u"base"_s, u"environment staging"_s, u"preset iceberg"_s, u"preset gpu"_s}));
    QCOMPARE(files, (QStringList{u"values.yaml"_s, u"environments/staging/values.yaml"_s, u"presets/iceberg.yaml"_s,
                                 u"presets/gpu-values.yaml"_s}));
    QVERIFY(stack.findings().isEmpty());
    QCOMPARE(stack.chartDir(), QDir(chart()).absolutePath());
}

void TestValuesStack::availableNames()
{
    QCOMPARE(ValuesStack::availableEnvironments(chart()), (QStringList{u"dev"_s, u"prod"_s, u"staging"_s}));
    QCOMPARE(ValuesStack::availablePresets(chart()), (QStringList{u"cost-optimized"_s, u"gpu"_s, u"iceberg"_s}));
}

void TestValuesStack::presetFileForms()
{
    // "--preset gpu" finds gpu-values.yaml; the full file name works too.
    const ValuesStack a = load(QString(), {u"gpu"_s});
    const ValuesStack b = load(QString(), {u"gpu-values.yaml"_s});
    QCOMPARE(a.layers().last().document.file, u"presets/gpu-values.yaml"_s);
    QVERIFY(sameContent(a.effective(), b.effective()));
}

void TestValuesStack::explainText_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("presets");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("env overrides base")
        << u"prod"_s << QStringList() << u"connect.executor.instances"_s
        << u"connect.executor.instances = 4\n"
           "  set by environment prod (environments/prod/values.yaml:5:16)\n"
           "  overrides base (values.yaml:38:16) = 2\n"_s;
    QTest::newRow("preset overrides env and base")
        << u"prod"_s << QStringList{u"gpu"_s} << u"connect.executor.cores"_s
        << u"connect.executor.cores = \"4\"\n"
           "  set by preset gpu (presets/gpu-values.yaml:7:12)\n"
           "  overrides environment prod (environments/prod/values.yaml:6:12) = \"4\"\n"
           "  overrides base (values.yaml:39:12) = \"1\"\n"_s;
    QTest::newRow("base only") << u"dev"_s << QStringList() << u"connect.driver.port"_s
                               << u"connect.driver.port = 7078\n  set by base (values.yaml:52:11)\n"_s;
    QTest::newRow("dotted key") << u"dev"_s << QStringList() << u"connect.sparkConf.spark.sql.shuffle.partitions"_s
                                << u"connect.sparkConf[\"spark.sql.shuffle.partitions\"] = \"50\"\n"
                                   "  set by environment dev (environments/dev/values.yaml:9:35)\n"
                                   "  overrides base (values.yaml:62:35) = \"200\"\n"_s;
    QTest::newRow("merge key value keeps the anchor's location")
        << QString() << QStringList() << u"historyServer.resources.requests.memory"_s
        << u"historyServer.resources.requests.memory = 512Mi\n  set by base (values.yaml:14:15)\n"_s;
    QTest::newRow("null deletes a whole block")
        << u"prod"_s << QStringList() << u"jupyter.enabled"_s
        << u"jupyter.enabled is not set\n"
           "  removed by environment prod (environments/prod/values.yaml:19:10) = null (deleted the key)\n"
           "  closest parent: (the top level) has keys: global, defaults, core, spark-base, connect, historyServer, "
           "features, autoscaling, monitoring\n"_s;
    QTest::newRow("never set") << u"dev"_s << QStringList() << u"connect.executor.gpux"_s
                               << u"connect.executor.gpux is not set\n"
                                  "  closest parent: connect.executor (environments/dev/values.yaml:5:5) has keys: "
                                  "instances, cores, memory, memoryLimit, gpu\n"_s;
    QTest::newRow("list item") << QString() << QStringList{u"cost-optimized"_s} << u"connect.tolerations.0.key"_s
                               << u"connect.tolerations[0].key = spot-instance\n"
                                  "  set by preset cost-optimized (presets/cost-optimized-values.yaml:14:12)\n"
                                  "  overrides base (values.yaml:54:12) = workload\n"_s;
}

void TestValuesStack::explainText()
{
    QFETCH(QString, env);
    QFETCH(QStringList, presets);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(load(env, presets).explain(key).toText(), expected);
}

void TestValuesStack::explainFields()
{
    const ValuesStack stack = load(u"staging"_s, {u"cost-optimized"_s, u"iceberg"_s});

    // A replaced list: index 1 no longer exists, and the explanation says which layer replaced it.
    const ValueExplanation gone = stack.explain(u"connect.tolerations[1].key"_s);
    QVERIFY(!gone.isSet);
    QCOMPARE(gone.deletions.size(), 1);
    QCOMPARE(gone.deletions[0].action, ValueOrigin::Action::ParentReplaced);
    QCOMPARE(gone.deletions[0].layerLabel, u"preset cost-optimized"_s);
    QCOMPARE(gone.closestParent, u"connect.tolerations"_s);
    QCOMPARE(gone.closestParentValue->items.size(), 1);

    // "~" in a preset deletes a block the base set.
    const ValueExplanation keda = stack.explain(u"autoscaling.keda.maxReplicaCount"_s);
    QVERIFY(!keda.isSet);
    QCOMPARE(keda.deletions.size(), 1);
    QCOMPARE(keda.deletions[0].action, ValueOrigin::Action::Deleted);
    QCOMPARE(keda.deletions[0].location.toString(), u"presets/cost-optimized-values.yaml:29:9"_s);
    QCOMPARE(keda.closestParent, u"autoscaling"_s);

    // Aliases are resolved inside their own layer: the preset changes core, not spark-base's copy.
    const ValueExplanation core = stack.explain(u"core.hiveMetastore.warehouseDir"_s);
    QCOMPARE(core.value->value, u"s3a://warehouse/iceberg"_s);
    QCOMPARE(core.setBy.layerLabel, u"preset iceberg"_s);
    QCOMPARE(core.overridden.size(), 1);
    QCOMPARE(core.overridden[0].location.toString(), u"values.yaml:28:19"_s);
    const ValueExplanation copy = stack.explain(u"spark-base.core.hiveMetastore.warehouseDir"_s);
    QCOMPARE(copy.value->value, u"s3a://warehouse/spark-41"_s);
    QCOMPARE(copy.setBy.layerLabel, u"base"_s);

    // A mapping's explanation names the newest layer that wrote into it and every earlier one.
    const ValueExplanation da = stack.explain(u"connect.dynamicAllocation"_s);
    QVERIFY(da.isSet);
    QCOMPARE(da.setBy.layerLabel, u"preset cost-optimized"_s);
    QCOMPARE(da.overridden.size(), 2);
    QCOMPARE(da.overridden[0].layerLabel, u"environment staging"_s);
    QCOMPARE(da.overridden[1].layerLabel, u"base"_s);
    QCOMPARE(ValuesEmitter::toFlow(da.value), u"{enabled: true, minExecutors: 0, maxExecutors: 20}"_s);

    // Every effective node keeps the location of the layer that set it.
    const YamlNodePtr max = stack.effective()->get(u"connect")->get(u"dynamicAllocation")->get(u"maxExecutors");
    QCOMPARE(max->location.toString(), u"presets/cost-optimized-values.yaml:9:19"_s);
    const YamlNodePtr enabled = stack.effective()->get(u"connect")->get(u"dynamicAllocation")->get(u"enabled");
    QCOMPARE(enabled->location.toString(), u"values.yaml:47:14"_s);

    const ValueExplanation bad = stack.explain(u"connect..x"_s);
    QVERIFY(!bad.error.isEmpty());
    QVERIFY(bad.toText().contains(u"not a values key"_s));
}

void TestValuesStack::explainDeletedThenSetAgain()
{
    QList<ValuesLayer> layers;
    const QList<QByteArray> texts = {"x: 1\n", "x: null\n", "x: 3\n"};
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Result<ValuesLayer> l = ValuesLayer::fromText(i ? ValuesLayer::Kind::Preset : ValuesLayer::Kind::Base,
                                                      u"p%1"_s.arg(i), texts[i], u"f%1.yaml"_s.arg(i));
        QVERIFY(l.ok());
        layers.append(std::move(l).value());
    }
    const ValueExplanation e = ValuesStack(layers).explain(u"x"_s);
    QVERIFY(e.isSet);
    QCOMPARE(e.value->value, u"3"_s);
    QCOMPARE(e.setBy.layerLabel, u"preset p2"_s);
    QCOMPARE(e.overridden.size(), 2);
    QCOMPARE(e.overridden[0].action, ValueOrigin::Action::Deleted);
    QCOMPARE(e.overridden[0].location.toString(), u"f1.yaml:1:4"_s);
    QCOMPARE(e.overridden[1].action, ValueOrigin::Action::Set);
    QCOMPARE(e.overridden[1].layerLabel, u"base"_s);
}

void TestValuesStack::presetOrderMatters()
{
    const ValuesStack gpuLast = load(u"prod"_s, {u"cost-optimized"_s, u"gpu"_s});
    const ValuesStack costLast = load(u"prod"_s, {u"gpu"_s, u"cost-optimized"_s});
    QCOMPARE(gpuLast.explain(u"connect.executor.memory"_s).value->value, u"8Gi"_s);
    QCOMPARE(costLast.explain(u"connect.executor.memory"_s).value->value, u"512Mi"_s);
    QCOMPARE(gpuLast.explain(u"connect.tolerations[0].key"_s).value->value, u"nvidia.com/gpu"_s);
    QCOMPARE(costLast.explain(u"connect.tolerations[0].key"_s).value->value, u"spot-instance"_s);
    QCOMPARE(costLast.explain(u"connect.executor.memory"_s).overridden.size(), 3);
}

void TestValuesStack::badChart_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("presets");
    QTest::addColumn<QString>("extraFile");
    QTest::addColumn<QByteArray>("extraText");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("where"); // expected Error location, "" = not checked

    QTest::newRow("missing preset") << u"prod"_s << QStringList{u"nope"_s} << QString() << QByteArray()
                                    << u"no preset \"nope\""_s << QString();
    QTest::newRow("missing preset lists the others") << u"prod"_s << QStringList{u"gpux"_s} << QString() << QByteArray()
                                                     << u"available: cost-optimized, gpu, iceberg"_s << QString();
    QTest::newRow("missing environment") << u"qa"_s << QStringList() << QString() << QByteArray()
                                         << u"available: dev, prod, staging"_s << QString();
    QTest::newRow("environment is not a path") << u"../prod"_s << QStringList() << QString() << QByteArray()
                                               << u"no environment"_s << QString();
    QTest::newRow("invalid YAML in a preset")
        << u"prod"_s << QStringList{u"gpu"_s, u"broken"_s} << u"presets/broken.yaml"_s
        << QByteArray("connect:\n  executor:\n    cores: [1, 2\n  memory: 4Gi\n") << u"Invalid YAML"_s
        << u"presets/broken.yaml:4:9"_s;
    QTest::newRow("invalid YAML in an environment")
        << u"bad"_s << QStringList() << u"environments/bad/values.yaml"_s << QByteArray("a: b: c\n")
        << u"Invalid YAML"_s << u"environments/bad/values.yaml:1:5"_s;
    QTest::newRow("binary preset") << QString() << QStringList{u"bin"_s} << u"presets/bin.yaml"_s
                                   << QByteArray("a: 1\n\xff\xfe\x00garbage") << u"not a text file"_s
                                   << u"presets/bin.yaml:2:1"_s;
    QTest::newRow("preset is a list") << QString() << QStringList{u"list"_s} << u"presets/list-values.yaml"_s
                                      << QByteArray("- a\n- b\n") << u"must be a mapping"_s << u"presets/list-values.yaml:1:1"_s;
}

void TestValuesStack::badChart()
{
    QFETCH(QString, env);
    QFETCH(QStringList, presets);
    QFETCH(QString, extraFile);
    QFETCH(QByteArray, extraText);
    QFETCH(QString, messagePart);
    QFETCH(QString, where);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyChart(dir.path()));
    if (!extraFile.isEmpty())
        QVERIFY(writeFile(dir.filePath(extraFile), extraText));
    const Result<ValuesStack> stack = ValuesStack::loadChart(dir.path(), env, presets);
    QVERIFY(!stack.ok());
    QVERIFY2(stack.error().message.contains(messagePart), qPrintable(stack.error().toString()));
    if (!where.isEmpty())
        QCOMPARE(stack.error().location.toString(), where);
}

void TestValuesStack::duplicateKeysBecomeFindings()
{
    QTemporaryDir dir;
    QVERIFY(copyChart(dir.path()));
    QVERIFY(writeFile(dir.filePath(u"presets/dup.yaml"_s), "connect:\n  replicas: 2\n  replicas: 5\n"));
    QVERIFY(writeFile(dir.filePath(u"values.yaml.bak"_s), "not: used\n"));
    const Result<ValuesStack> stack = ValuesStack::loadChart(dir.path(), u"dev"_s, {u"dup"_s});
    QVERIFY(stack.ok());
    const Findings findings = stack->findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].ruleId, u"yaml.duplicate-key"_s);
    QCOMPARE(findings[0].location.toString(), u"presets/dup.yaml:3:3"_s);

    QTemporaryDir empty;
    const Result<ValuesStack> none = ValuesStack::loadChart(empty.path(), QString(), {});
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(u"No values.yaml"_s));
}

// An alias bomb within the reader's limits, a 10,000-key merge and 10,000-deep nesting: answers or
// errors, never a hang or a blow-up (aliased subtrees are shared, never expanded).
void TestValuesStack::hostileLayers()
{
    QTemporaryDir dir;
    QVERIFY(copyChart(dir.path()));
    QByteArray bomb = "l0: &l0 {a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1, i: 1}\n";
    for (int level = 1; level <= 4; ++level) {
        QByteArray line = "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " {";
        const QByteArray ref = "*l" + QByteArray::number(level - 1);
        for (char c = 'a'; c <= 'i'; ++c)
            line += QByteArray(1, c) + ": " + ref + (c < 'i' ? ", " : "}\n");
        bomb += line;
    }
    QVERIFY(writeFile(dir.filePath(u"presets/bomb.yaml"_s), bomb));

    QByteArray wide = "d: &d\n";
    for (int i = 0; i < 10000; ++i)
        wide += "  k" + QByteArray::number(i) + ": " + QByteArray::number(i) + '\n';
    wide += "e:\n  <<: *d\n  k5: five\n";
    QVERIFY(writeFile(dir.filePath(u"presets/wide.yaml"_s), wide));

    const Result<ValuesStack> stack = ValuesStack::loadChart(dir.path(), u"prod"_s, {u"bomb"_s, u"wide"_s});
    QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
    const ValueExplanation deep = stack->explain(u"l4.i.h.g.f.d"_s);
    QVERIFY(deep.isSet);
    QCOMPARE(deep.value->value, u"1"_s);
    QCOMPARE(deep.setBy.location.toString(), u"presets/bomb.yaml:1:31"_s);
    QCOMPARE(stack->explain(u"e.k5"_s).value->value, u"five"_s);
    QCOMPARE(stack->explain(u"e.k9999"_s).value->value, u"9999"_s);
    QCOMPARE(stack->effective()->get(u"e")->pairs.size(), 10000);

    QVERIFY(writeFile(dir.filePath(u"presets/deep.yaml"_s), QByteArray(10000, '[') + QByteArray(10000, ']')));
    const Result<ValuesStack> tooDeep = ValuesStack::loadChart(dir.path(), QString(), {u"deep"_s});
    QVERIFY(!tooDeep.ok());
    QCOMPARE(tooDeep.error().location.file, u"presets/deep.yaml"_s);
}

QTEST_GUILESS_MAIN(TestValuesStack)
#include "tst_valuesstack.moc"
