#include "models/editor/valuesedit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

namespace {

QString sourceChart()
{
    return QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart");
}

// A private copy of the test chart, so edits and saves never touch tests/data.
QString copyChart(const QTemporaryDir &tmp)
{
    const QString target = tmp.filePath(u"spark-chart"_s);
    QDirIterator it(sourceChart(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = QDir(sourceChart()).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target + u'/' + rel).absolutePath());
        QFile::copy(file, target + u'/' + rel);
    }
    return target;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of `a` and `b` that differ, when both have the same number of lines; -1 otherwise.
int differingLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    if (la.size() != lb.size())
        return -1;
    int n = 0;
    for (qsizetype i = 0; i < la.size(); ++i)
        n += la[i] != lb[i] ? 1 : 0;
    return n;
}

int layerNamed(const ValuesEditSession &s, const QString &label)
{
    const auto layers = s.layers();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        if (layers[i].label == label)
            return int(i);
    }
    return -1;
}

} // namespace

class TestValuesEdit final : public QObject
{
    Q_OBJECT

private slots:
    void openLayers();
    void setInLayer_data();
    void setInLayer();
    void writeBelowOverride();
    void createMissingLayerFile();
    void refuseBadValues_data();
    void refuseBadValues();
    void undoRestoresBytes();
    void reopenKeepsEdits();
    void saveWritesAndRefusesAfterDiskChange();
    void removeValue();
};

void TestValuesEdit::openLayers()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s, {u"gpu"_s, u"iceberg"_s}));
    const auto layers = s.layers();
    QCOMPARE(layers.size(), 4);
    QCOMPARE(layers[0].label, u"base"_s);
    QCOMPARE(layers[1].label, u"environment prod"_s);
    QCOMPARE(layers[1].displayName, u"environments/prod/values.yaml"_s);
    QCOMPARE(layers[2].displayName, u"presets/gpu-values.yaml"_s);
    QCOMPARE(layers[3].displayName, u"presets/iceberg.yaml"_s);
    QCOMPARE(s.availableEnvironments(), (QStringList{u"dev"_s, u"prod"_s, u"staging"_s}));
    QCOMPARE(s.availablePresets(), (QStringList{u"cost-optimized"_s, u"gpu"_s, u"iceberg"_s}));
    QVERIFY(!s.isModified());
    QVERIFY(!s.open(chart, u"prod"_s, {u"nope"_s}));
    QCOMPARE(s.layers().size(), 4); // a refused open keeps the session as it was
}

void TestValuesEdit::setInLayer_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectLine");   // the one line that changes, as written
    QTest::addColumn<int>("changedLines");     // -1: lines were added

    QTest::newRow("prod memory") << u"prod"_s << u"connect.executor.memory"_s << u"12Gi"_s << u"environment prod"_s
                                 << u"environments/prod/values.yaml"_s << u"    memory: \"12Gi\""_s << 1;
    QTest::newRow("staging instances") << u"staging"_s << u"connect.executor.instances"_s << u"6"_s
                                       << u"environment staging"_s << u"environments/staging/values.yaml"_s
                                       << u"    instances: 6"_s << 1;
    QTest::newRow("prod cores stay quoted") << u"prod"_s << u"connect.executor.cores"_s << u"8"_s << u"environment prod"_s
                                            << u"environments/prod/values.yaml"_s << u"    cores: \"8\""_s << 1;
    QTest::newRow("dev monitoring") << u"dev"_s << u"monitoring.serviceMonitor.enabled"_s << u"true"_s
                                    << u"environment dev"_s << u"environments/dev/values.yaml"_s
                                    << u"    enabled: true"_s << 1;
    QTest::newRow("staging new key") << u"staging"_s << u"connect.executor.memoryLimit"_s << u"6Gi"_s
                                     << u"environment staging"_s << u"environments/staging/values.yaml"_s
                                     << u"    memoryLimit: 6Gi"_s << -1;
    QTest::newRow("base iceberg type") << u"prod"_s << u"features.iceberg.catalogType"_s << u"rest"_s << u"base"_s
                                       << u"values.yaml"_s << u"    catalogType: \"rest\""_s << 1;
}

void TestValuesEdit::setInLayer()
{
    QFETCH(QString, environment);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, layer);
    QFETCH(QString, file);
    QFETCH(QString, expectLine);
    QFETCH(int, changedLines);

    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, environment));
    const int index = layerNamed(s, layer);
    QVERIFY(index >= 0);
    const ValuesEditSession::Texts before = s.texts();
    QSignalSpy changed(&s, &ValuesEditSession::changed);

    const Status st = s.setValue(key, value, index);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    QCOMPARE(changed.count(), 1);

    const QString abs = QDir(chart).filePath(file);
    const auto changes = s.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].file, abs);
    QCOMPARE(changes[0].displayName, file);
    const QByteArray after = s.text(abs);
    QVERIFY(after.split('\n').contains(expectLine.toUtf8()));
    if (changedLines >= 0)
        QCOMPARE(differingLines(before.value(abs), after), changedLines);
    else
        QCOMPARE(after.count('\n'), before.value(abs).count('\n') + 1);

    const ValueExplanation e = s.explain(key);
    QVERIFY(e.isSet);
    QCOMPARE(e.value->value, value);
    QCOMPARE(e.setBy.layerLabel, layer);
    QCOMPARE(e.setBy.location.file, file);
    QVERIFY(after.split('\n').value(e.setBy.location.line - 1).startsWith(expectLine.section(u':', 0, 0).toUtf8()));
    QCOMPARE(readAll(abs), before.value(abs)); // nothing on disk before save()
}

void TestValuesEdit::writeBelowOverride()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s));
    QVERIFY(s.setValue(u"connect.executor.memory"_s, u"3Gi"_s, 0));
    const ValueExplanation e = s.explain(u"connect.executor.memory"_s);
    QCOMPARE(e.value->value, u"8Gi"_s); // prod still wins
    QCOMPARE(e.setBy.layerLabel, u"environment prod"_s);
    QCOMPARE(e.setBy.location.toString(), u"environments/prod/values.yaml:7:13"_s); // the value
    QCOMPARE(e.overridden.size(), 1);
    QCOMPARE(e.overridden[0].layerLabel, u"base"_s);
    QCOMPARE(e.overridden[0].value->value, u"3Gi"_s);
}

void TestValuesEdit::createMissingLayerFile()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    const QString dev = QDir(chart).filePath(u"environments/dev/values.yaml"_s);
    QVERIFY(QFile::remove(dev));
    QVERIFY(QDir(chart).rmdir(u"environments/dev"_s));

    ValuesEditSession s;
    QVERIFY(s.open(chart, u"dev"_s));
    QCOMPARE(s.layers().size(), 2);
    QVERIFY(!s.layers()[1].exists);
    QCOMPARE(s.explain(u"connect.executor.instances"_s).value->value, u"2"_s);

    QVERIFY(s.setValue(u"connect.executor.instances"_s, u"5"_s, 1));
    const QByteArray expected = readAll(QStringLiteral(STACKDECK_TEST_DATA "/editor/values/created-dev-values.yaml"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(s.text(dev), expected);
    QCOMPARE(s.explain(u"connect.executor.instances"_s).setBy.location.toString(),
             u"environments/dev/values.yaml:3:16"_s);
    const auto changes = s.changes();
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes[0].newFile);
    QVERIFY(changes[0].before.isEmpty());

    QVERIFY(s.save(u"dev: 5 executors"_s));
    QCOMPARE(readAll(dev), expected);
    const Result<ValuesStack> reread = ValuesStack::loadChart(chart, u"dev"_s);
    QVERIFY(reread);
    QCOMPARE(reread->explain(u"connect.executor.instances"_s).value->value, u"5"_s);
}

void TestValuesEdit::refuseBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("where");   // file:line:column the Error names
    QTest::addColumn<QString>("message"); // part of the message

    QTest::newRow("instances two") << u"connect.executor.instances"_s << u"two"_s << u"environment prod"_s
                                   << u"environments/prod/values.yaml:5:5"_s << u"whole number"_s;
    QTest::newRow("instances negative") << u"connect.executor.instances"_s << u"-1"_s << u"base"_s
                                        << u"values.yaml:38:5"_s << u"whole number"_s;
    QTest::newRow("memory lots") << u"connect.executor.memory"_s << u"lots"_s << u"environment prod"_s
                                 << u"environments/prod/values.yaml:7:5"_s << u"memory quantity"_s;
    QTest::newRow("memory millis") << u"connect.executor.memory"_s << u"512m"_s << u"base"_s
                                   << u"values.yaml:40:5"_s << u"fraction of a byte"_s;
    QTest::newRow("memory no unit") << u"connect.executor.memoryLimit"_s << u"8"_s << u"preset gpu"_s
                                    << u"presets/gpu-values.yaml:6:3"_s << u"less than 1 MiB"_s;
    QTest::newRow("enabled maybe") << u"connect.dynamicAllocation.enabled"_s << u"maybe"_s << u"preset gpu"_s
                                   << u"presets/gpu-values.yaml:2:1"_s << u"true or false"_s;
    QTest::newRow("catalog type") << u"features.iceberg.catalogType"_s << u"glue"_s << u"preset gpu"_s
                                  << u"presets/gpu-values.yaml:23:1"_s << u"known choices"_s;
    QTest::newRow("empty") << u"connect.dynamicAllocation.maxExecutors"_s << u""_s << u"environment prod"_s
                           << u"environments/prod/values.yaml:11:5"_s << u"needs a value"_s;
    QTest::newRow("inferred int") << u"connect.replicas"_s << u"three"_s << u"environment prod"_s
                                  << u"environments/prod/values.yaml:3:3"_s << u"whole number"_s;
}

void TestValuesEdit::refuseBadValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, layer);
    QFETCH(QString, where);
    QFETCH(QString, message);

    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s, {u"gpu"_s}));
    const ValuesEditSession::Texts before = s.texts();
    QSignalSpy changed(&s, &ValuesEditSession::changed);

    const Status st = s.setValue(key, value, layerNamed(s, layer));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().location.toString(), where);
    QVERIFY2(st.error().message.contains(message), qPrintable(st.error().message));
    QVERIFY2(st.error().message.contains(layer), qPrintable(st.error().message));
    QVERIFY(!st.error().hint.isEmpty());
    QCOMPARE(s.texts(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!s.checkValue(key, value, layerNamed(s, layer)).ok());
}

void TestValuesEdit::undoRestoresBytes()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s, {u"gpu"_s}));
    const ValuesEditSession::Texts original = s.texts();
    QVERIFY(s.setValue(u"connect.executor.instances"_s, u"9"_s, 1));
    QVERIFY(s.setValue(u"connect.executor.memory"_s, u"9Gi"_s, 2));
    const ValuesEditSession::Texts edited = s.texts();
    QCOMPARE(s.changes().size(), 2);
    s.restore(original);
    QCOMPARE(s.texts(), original);
    QVERIFY(!s.isModified());
    QCOMPARE(s.explain(u"connect.executor.instances"_s).value->value, u"4"_s);
    s.restore(edited);
    QCOMPARE(s.explain(u"connect.executor.memory"_s).value->value, u"9Gi"_s);
}

void TestValuesEdit::reopenKeepsEdits()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s));
    QVERIFY(s.setValue(u"connect.executor.instances"_s, u"7"_s, 1));
    QVERIFY(s.open(chart, u"staging"_s, {u"gpu"_s}));
    QCOMPARE(s.explain(u"connect.executor.instances"_s).value->value, u"3"_s);
    QVERIFY(s.isModified()); // the prod edit is kept while prod is not shown
    QVERIFY(s.open(chart, u"prod"_s));
    QCOMPARE(s.explain(u"connect.executor.instances"_s).value->value, u"7"_s);
}

void TestValuesEdit::saveWritesAndRefusesAfterDiskChange()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    const QString prod = QDir(chart).filePath(u"environments/prod/values.yaml"_s);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s));
    QVERIFY(s.setValue(u"connect.executor.memory"_s, u"10Gi"_s, 1));
    QVERIFY(s.save(u"prod memory"_s));
    QCOMPARE(readAll(prod), s.text(prod));
    QVERIFY(!s.isModified());
    QVERIFY(QDir(chart).exists(u".stackdeck/history"_s));

    QVERIFY(s.setValue(u"connect.executor.memory"_s, u"11Gi"_s, 1));
    {
        QFile f(prod);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# edited by someone else\n");
    }
    const QByteArray onDisk = readAll(prod);
    QCOMPARE(s.changedOnDisk(), QStringList{prod});
    const Status st = s.save(u"again"_s);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().location.file, u"environments/prod/values.yaml"_s);
    QVERIFY(st.error().message.contains(u"changed on disk"_s));
    QVERIFY(!st.error().hint.isEmpty());
    QCOMPARE(readAll(prod), onDisk);
    QVERIFY(s.isModified()); // the edit is not lost
}

void TestValuesEdit::removeValue()
{
    QTemporaryDir tmp;
    const QString chart = copyChart(tmp);
    ValuesEditSession s;
    QVERIFY(s.open(chart, u"prod"_s));
    QVERIFY(s.removeValue(u"connect.executor.memory"_s, 1));
    const ValueExplanation e = s.explain(u"connect.executor.memory"_s);
    QCOMPARE(e.value->value, u"1Gi"_s);
    QCOMPARE(e.setBy.layerLabel, u"base"_s);
    const Status missing = s.removeValue(u"connect.executor.memory"_s, 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().location.toString(), u"environments/prod/values.yaml:4:3"_s);
}

QTEST_GUILESS_MAIN(TestValuesEdit)
#include "tst_valuesedit.moc"
