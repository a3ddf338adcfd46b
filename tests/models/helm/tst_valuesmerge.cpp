#include "models/helm/valuesemitter.h"
#include "models/helm/valuesstack.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Helm's merge rules, one row per rule, over layers given as text.
class TestValuesMerge final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void locationsComeFromTheSettingLayer();
    void unchangedSubtreesAreShared();
    void badMergeKeyIsAWarning();
};

static ValuesStack stackOf(const QStringList &texts)
{
    QList<ValuesLayer> layers;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString name = i == 0 ? u"values.yaml"_s : u"layer%1.yaml"_s.arg(i);
        Result<ValuesLayer> layer = ValuesLayer::fromText(i == 0 ? ValuesLayer::Kind::Base : ValuesLayer::Kind::Preset,
                                                          u"p%1"_s.arg(i), texts[i].toUtf8(), name);
        if (!layer)
            qFatal("fixture layer %d does not parse: %s", int(i), qPrintable(layer.error().toString()));
        layers.append(std::move(layer).value());
    }
    return ValuesStack(layers);
}

void TestValuesMerge::rules_data()
{
    QTest::addColumn<QStringList>("layers");
    QTest::addColumn<QString>("expected");

    QTest::newRow("maps merge recursively")
        << QStringList{u"a:\n  b: 1\n  c: 2\n"_s, u"a:\n  c: 3\n  d: 4\n"_s} << u"a:\n  b: 1\n  c: 3\n  d: 4\n"_s;
    QTest::newRow("scalar replaces scalar") << QStringList{u"x: 1\n"_s, u"x: two\n"_s} << u"x: two\n"_s;
    QTest::newRow("lists replace, never append")
        << QStringList{u"l: [a, b, c]\n"_s, u"l: [z]\n"_s} << u"l:\n  - z\n"_s;
    QTest::newRow("list of maps replaces whole")
        << QStringList{u"t:\n  - key: a\n    op: Exists\n  - key: b\n"_s, u"t:\n  - key: c\n"_s} << u"t:\n  - key: c\n"_s;
    QTest::newRow("null deletes a scalar") << QStringList{u"a: 1\nb: 2\n"_s, u"a: null\n"_s} << u"b: 2\n"_s;
    QTest::newRow("tilde deletes") << QStringList{u"a: 1\nb: 2\n"_s, u"b: ~\n"_s} << u"a: 1\n"_s;
    QTest::newRow("empty value deletes") << QStringList{u"a: 1\nb: 2\n"_s, u"b:\n"_s} << u"a: 1\n"_s;
    QTest::newRow("null deletes a subtree")
        << QStringList{u"j:\n  enabled: true\n  env: {A: 1}\nk: 1\n"_s, u"j: null\n"_s} << u"k: 1\n"_s;
    QTest::newRow("nested null deletes only that key")
        << QStringList{u"d:\n  host: h\n  port: 7078\n"_s, u"d:\n  host: null\n"_s} << u"d:\n  port: 7078\n"_s;
    QTest::newRow("null for an absent key changes nothing") << QStringList{u"a: 1\n"_s, u"zz: null\n"_s} << u"a: 1\n"_s;
    QTest::newRow("nulls inside a new subtree are dropped")
        << QStringList{u"a: 1\n"_s, u"new:\n  x: 1\n  z: null\n"_s} << u"a: 1\nnew:\n  x: 1\n"_s;
    QTest::newRow("nulls inside a list stay") << QStringList{u"a: 1\n"_s, u"l: [1, null]\n"_s} << u"a: 1\nl:\n  - 1\n  - null\n"_s;
    QTest::newRow("null in the base stays null") << QStringList{u"a: null\nb: 1\n"_s} << u"a: null\nb: 1\n"_s;
    QTest::newRow("map replaces scalar") << QStringList{u"a: off\n"_s, u"a:\n  b: 1\n"_s} << u"a:\n  b: 1\n"_s;
    QTest::newRow("scalar replaces map") << QStringList{u"a:\n  b: 1\n"_s, u"a: none\n"_s} << u"a: none\n"_s;
    QTest::newRow("list replaces map") << QStringList{u"a:\n  b: 1\n"_s, u"a: [1]\n"_s} << u"a:\n  - 1\n"_s;
    QTest::newRow("new keys go after existing ones")
        << QStringList{u"b: 1\na: 1\n"_s, u"c: 1\nb: 2\n"_s} << u"b: 2\na: 1\nc: 1\n"_s;
    QTest::newRow("later layer wins over earlier")
        << QStringList{u"x: base\n"_s, u"x: env\n"_s, u"x: preset\n"_s} << u"x: preset\n"_s;
    QTest::newRow("deleted then set again")
        << QStringList{u"x: {a: 1}\n"_s, u"x: null\n"_s, u"x: {b: 2}\n"_s} << u"x:\n  b: 2\n"_s;
    QTest::newRow("empty overlay changes nothing") << QStringList{u"a: 1\n"_s, u"# only a comment\n"_s} << u"a: 1\n"_s;
    QTest::newRow("quoted and plain keys are the same key")
        << QStringList{u"\"a\": 1\n"_s, u"a: 2\n"_s} << u"a: 2\n"_s;
    QTest::newRow("YAML 1.1 boolean-looking key is quoted")
        << QStringList{u"on: 1\n"_s, u"y: 2\n"_s} << u"\"on\": 1\n\"y\": 2\n"_s;
    QTest::newRow("string stays a string") << QStringList{u"a: 1\n"_s, u"a: \"2\"\n"_s} << u"a: \"2\"\n"_s;
    QTest::newRow("merge key with override")
        << QStringList{u"d: &d {cpu: 1, mem: 1Gi}\nr:\n  <<: *d\n  mem: 2Gi\n"_s}
        << u"d:\n  cpu: 1\n  mem: 1Gi\nr:\n  cpu: 1\n  mem: 2Gi\n"_s;
    QTest::newRow("merge key list: earlier source wins")
        << QStringList{u"a: &a {x: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n"_s}
        << u"a:\n  x: 1\nb:\n  x: 2\n  z: 2\nc:\n  x: 1\n  z: 2\n"_s;
    QTest::newRow("alias resolved inside its layer only")
        << QStringList{u"core: &core {w: one}\nbase: {core: *core}\n"_s, u"core: {w: two}\n"_s}
        << u"core:\n  w: two\nbase:\n  core:\n    w: one\n"_s;
    QTest::newRow("overlay merges into a merge-key result")
        << QStringList{u"d: &d {cpu: 1}\nr:\n  <<: *d\n"_s, u"r:\n  cpu: null\n  mem: 1\n"_s}
        << u"d:\n  cpu: 1\nr:\n  mem: 1\n"_s;
}

void TestValuesMerge::rules()
{
    QFETCH(QStringList, layers);
    QFETCH(QString, expected);
    const ValuesStack stack = stackOf(layers);
    QCOMPARE(ValuesEmitter::toYaml(stack.effective()), expected);
}

void TestValuesMerge::locationsComeFromTheSettingLayer()
{
    const ValuesStack stack = stackOf({u"a:\n  b: 1\n  c: 2\n"_s, u"a:\n  c: 3\n"_s});
    const YamlNodePtr a = stack.effective()->get(u"a");
    QVERIFY(a);
    QCOMPARE(a->get(u"b")->location.toString(), u"values.yaml:2:6"_s);
    QCOMPARE(a->get(u"c")->location.toString(), u"layer1.yaml:2:6"_s);
}

void TestValuesMerge::unchangedSubtreesAreShared()
{
    const ValuesStack stack = stackOf({u"big:\n  x: [1, 2, 3]\nsmall: 1\n"_s, u"small: 2\n"_s});
    // The base's "big" subtree is reused as is, not copied.
    QCOMPARE(stack.effective()->get(u"big").get(), stack.layers().constFirst().root->get(u"big").get());
}

void TestValuesMerge::badMergeKeyIsAWarning()
{
    const ValuesStack stack = stackOf({u"a:\n  <<: 5\n  b: 1\n"_s});
    const Findings findings = stack.findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().ruleId, u"yaml.merge-key"_s);
    QCOMPARE(findings.constFirst().severity, Severity::Warning);
    QCOMPARE(findings.constFirst().location.toString(), u"values.yaml:2:7"_s);
    QCOMPARE(ValuesEmitter::toYaml(stack.effective()), u"a:\n  b: 1\n"_s);
}

QTEST_GUILESS_MAIN(TestValuesMerge)
#include "tst_valuesmerge.moc"
