#include "models/core/yamlreader.h"
#include "models/helm/valuesemitter.h"
#include "models/helm/valuesstack.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestValuesEmitter final : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void scalarTypes_data();
    void scalarTypes();
    void yamlShape();
    void roundTripKeepsValuesAndTypes_data();
    void roundTripKeepsValuesAndTypes();
    void jsonIsValidAndTyped();
    void flowIsCut();
};

void TestValuesEmitter::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quoted");
    const QStringList typed = {u"true"_s, u"False"_s, u"yes"_s, u"off"_s, u"y"_s, u"null"_s, u"~"_s, u""_s,
                               u"1"_s, u"-3"_s, u"1.5"_s, u"1e3"_s, u"0x1F"_s, u"0o17"_s, u".inf"_s, u".NaN"_s,
                               u"1:20"_s, u"2024-01-01"_s, u"1_000"_s};
    for (const QString &t : typed)
        QTest::addRow("typed %s", qPrintable(t.isEmpty() ? u"(empty)"_s : t)) << t << true;
    const QStringList special = {u" lead"_s, u"trail "_s, u"a: b"_s, u"a #c"_s, u"ends:"_s, u"- item"_s, u"-"_s,
                                 u"#x"_s, u"*ref"_s, u"&a"_s, u"!tag"_s, u"|x"_s, u">x"_s, u"'q"_s, u"\"q"_s,
                                 u"%x"_s, u"@x"_s, u"`x"_s, u"[x"_s, u"{x"_s, u"line\nbreak"_s, u"tab\there"_s, u"---"_s};
    for (const QString &t : special)
        QTest::addRow("special %s", qPrintable(QString(t).replace(u'\n', u"\\n"_s))) << t << true;
    const QStringList plain = {u"plain"_s, u"512Mi"_s, u"10m"_s, u"s3a://warehouse/x"_s, u"nvidia.com/gpu"_s,
                               u"-Dlog4j.debug=true"_s, u"a:b"_s, u"v1.2.3"_s, u"sc://spark-connect:15002"_s,
                               u"4.1.0-gpu"_s, u"a#b"_s};
    for (const QString &t : plain)
        QTest::addRow("plain %s", qPrintable(t)) << t << false;
}

void TestValuesEmitter::quoting()
{
    QFETCH(QString, text);
    QFETCH(bool, quoted);
    QCOMPARE(ValuesEmitter::needsQuotes(text), quoted);
    // Whatever the form, reading it back gives the same string.
    const QByteArray doc = "k: " + ValuesEmitter::stringText(text).toUtf8() + '\n';
    Result<YamlDocument> read = YamlReader::parse(doc, u"q.yaml"_s);
    QVERIFY2(read.ok(), doc.constData());
    const YamlNodePtr v = read->root->get(u"k");
    QVERIFY(v && v->isScalar());
    QCOMPARE(v->value, text);
    QCOMPARE(ValuesEmitter::scalarType(v), ValuesEmitter::ScalarType::String);
}

void TestValuesEmitter::scalarTypes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("type");
    using T = ValuesEmitter::ScalarType;
    QTest::newRow("int") << QByteArray("42") << int(T::Integer);
    QTest::newRow("hex") << QByteArray("0x1F") << int(T::Integer);
    QTest::newRow("float") << QByteArray("0.25") << int(T::Float);
    QTest::newRow("inf") << QByteArray(".inf") << int(T::Float);
    QTest::newRow("bool") << QByteArray("true") << int(T::Bool);
    QTest::newRow("null") << QByteArray("~") << int(T::Null);
    QTest::newRow("quoted number") << QByteArray("\"42\"") << int(T::String);
    QTest::newRow("single quoted bool") << QByteArray("'true'") << int(T::String);
    QTest::newRow("str tag") << QByteArray("!!str 42") << int(T::String);
    QTest::newRow("literal block") << QByteArray("|\n  42\n") << int(T::String);
    QTest::newRow("word") << QByteArray("hello") << int(T::String);
}

void TestValuesEmitter::scalarTypes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, type);
    Result<YamlDocument> read = YamlReader::parse("k: " + yaml + '\n', u"t.yaml"_s);
    QVERIFY(read.ok());
    QCOMPARE(int(ValuesEmitter::scalarType(read->root->get(u"k"))), type);
}

void TestValuesEmitter::yamlShape()
{
    const QByteArray text = "m:\n  a: 1\n  l:\n    - x\n    - {k: v, n: [1, 2]}\n    - [a, b]\n    - []\n  e: {}\n"
                            "s: \"true\"\nblock: |\n  two\n  lines\n";
    Result<YamlDocument> read = YamlReader::parse(text, u"t.yaml"_s);
    QVERIFY(read.ok());
    QCOMPARE(ValuesEmitter::toYaml(read->root),
             u"m:\n  a: 1\n  l:\n    - x\n    - k: v\n      \"n\":\n        - 1\n        - 2\n    - - a\n      - b\n    - []\n"
             "  e: {}\ns: \"true\"\nblock: \"two\\nlines\\n\"\n"_s);
}

// Emitted YAML reads back to the same tree with the same scalar types, for every fixture combination.
void TestValuesEmitter::roundTripKeepsValuesAndTypes_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("presets");
    QTest::newRow("base") << QString() << QStringList();
    QTest::newRow("prod+gpu") << u"prod"_s << QStringList{u"gpu"_s};
    QTest::newRow("dev+cost+iceberg") << u"dev"_s << QStringList{u"cost-optimized"_s, u"iceberg"_s};
}

static void compareTyped(const YamlNodePtr &a, const YamlNodePtr &b, const QString &where)
{
    QVERIFY2(sameContent(a, b) || (a->isNull() && b->isNull()), qPrintable(where));
    if (a->isScalar() || a->isNull()) {
        QVERIFY2(ValuesEmitter::scalarType(a) == ValuesEmitter::scalarType(b), qPrintable(where + u" type"_s));
        return;
    }
    for (qsizetype i = 0; i < a->items.size(); ++i)
        compareTyped(a->items[i], b->items[i], where + u"[%1]"_s.arg(i));
    for (qsizetype i = 0; i < a->pairs.size(); ++i)
        compareTyped(a->pairs[i].value, b->pairs[i].value, where + u'.' + a->pairs[i].key->value);
}

void TestValuesEmitter::roundTripKeepsValuesAndTypes()
{
    QFETCH(QString, env);
    QFETCH(QStringList, presets);
    const Result<ValuesStack> stack = ValuesStack::loadChart(QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart"), env, presets);
    QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
    const QString yaml = ValuesEmitter::toYaml(stack->effective());
    Result<YamlDocument> back = YamlReader::parse(yaml.toUtf8(), u"out.yaml"_s);
    QVERIFY2(back.ok(), qPrintable(yaml));
    compareTyped(stack->effective(), back->root, u"(root)"_s);
    QCOMPARE(ValuesEmitter::toYaml(back->root), yaml); // the emitter is a fixed point
}

void TestValuesEmitter::jsonIsValidAndTyped()
{
    const Result<ValuesStack> stack = ValuesStack::loadChart(QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart"), u"prod"_s, {});
    QVERIFY(stack.ok());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(ValuesEmitter::toJson(stack->effective()).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject executor = json[u"connect"_s][u"executor"_s].toObject();
    QCOMPARE(executor[u"instances"_s].toInteger(), 4);
    QCOMPARE(executor[u"cores"_s].toString(), u"4"_s); // quoted in the file: stays a string
    QCOMPARE(json[u"global"_s][u"s3"_s][u"enabled"_s].toBool(false), true);
    QVERIFY(json[u"global"_s][u"imagePullSecrets"_s].isArray());
    QVERIFY(!json.object().contains(u"jupyter"_s)); // deleted by prod's null
}

void TestValuesEmitter::flowIsCut()
{
    Result<YamlDocument> read = YamlReader::parse("l: [aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd]\n", u"t.yaml"_s);
    QVERIFY(read.ok());
    const QString flow = ValuesEmitter::toFlow(read->root->get(u"l"), 20);
    QCOMPARE(flow.size(), 23);
    QVERIFY(flow.endsWith(u"..."_s));
    QCOMPARE(ValuesEmitter::toFlow(read->root->get(u"l")), u"[aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd]"_s);
}

QTEST_GUILESS_MAIN(TestValuesEmitter)
#include "tst_valuesemitter.moc"
