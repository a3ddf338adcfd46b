#include "models/core/yamlreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Stackdeck;

class TestYamlReader final : public QObject
{
    Q_OBJECT

private slots:
    void locations_data();
    void locations();
    void styles_data();
    void styles();
    void anchorsAndAliases();
    void duplicateKeysAreReported();
    void badInput_data();
    void badInput();
    void hugeFileIsRefusedBeforeReading();
    void missingAndFolder();
    void longLineColumns();
};

static YamlNodePtr at(const YamlNodePtr &root, const QString &path)
{
    YamlNodePtr n = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!n)
            return nullptr;
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        n = isIndex && n->isSequence() ? n->items.value(index) : n->get(part);
    }
    return n;
}

void TestYamlReader::locations_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QByteArray compose =
        "# comment\n"
        "services:\n"
        "  spark-master:\n"
        "    image: bitnami/spark:3.5\n"
        "    ports:\n"
        "      - \"8080:8080\"\n"
        "      - 7077:7077\n"
        "    deploy: {resources: {limits: {memory: 4G}}}\n"
        "  café:\n"
        "    environment: [A=é, B=2]\n";
    QTest::newRow("block scalar value") << compose << u"services.spark-master.image"_s << 4 << 12;
    QTest::newRow("quoted list item") << compose << u"services.spark-master.ports.0"_s << 6 << 9;
    QTest::newRow("plain list item") << compose << u"services.spark-master.ports.1"_s << 7 << 9;
    QTest::newRow("flow map value") << compose << u"services.spark-master.deploy.resources.limits.memory"_s << 8 << 43;
    QTest::newRow("after a multibyte key") << compose << u"services.café.environment.1"_s << 10 << 24; // characters, not bytes
}

void TestYamlReader::locations()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto doc = YamlReader::parse(yaml, u"compose.yaml"_s);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const YamlNodePtr n = at(doc->root, path);
    QVERIFY(n);
    QCOMPARE(n->location.file, u"compose.yaml"_s);
    QCOMPARE(n->location.line, line);
    QCOMPARE(n->location.column, column);
}

void TestYamlReader::styles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("v: 0.5\n") << int(YamlNode::Style::Plain) << u"0.5"_s;
    QTest::newRow("single") << QByteArray("v: '2'\n") << int(YamlNode::Style::SingleQuoted) << u"2"_s;
    QTest::newRow("double") << QByteArray("v: \"a\\tb\"\n") << int(YamlNode::Style::DoubleQuoted) << u"a\tb"_s;
    QTest::newRow("literal") << QByteArray("v: |\n  x\n  y\n") << int(YamlNode::Style::Literal) << u"x\ny\n"_s;
    QTest::newRow("folded") << QByteArray("v: >-\n  x\n  y\n") << int(YamlNode::Style::Folded) << u"x y"_s;
    QTest::newRow("anchored single") << QByteArray("v: &a 'q'\n") << int(YamlNode::Style::SingleQuoted) << u"q"_s;
}

void TestYamlReader::styles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, style);
    QFETCH(QString, value);
    const auto doc = YamlReader::parse(yaml, u"t.yaml"_s);
    QVERIFY(doc.ok());
    const YamlNodePtr v = doc->root->get(u"v");
    QVERIFY(v && v->isScalar());
    QCOMPARE(int(v->style), style);
    QCOMPARE(v->value, value);
}

void TestYamlReader::anchorsAndAliases()
{
    const QByteArray yaml =
        "x-limits: &limits\n"
        "  memory: 2G\n"
        "services:\n"
        "  a:\n"
        "    deploy:\n"
        "      resources:\n"
        "        limits: *limits\n"
        "  b:\n"
        "    <<: &common {restart: always}\n";
    const auto doc = YamlReader::parse(yaml, u"c.yaml"_s);
    QVERIFY(doc.ok());
    const YamlNodePtr alias = at(doc->root, u"services.a.deploy.resources.limits"_s);
    QVERIFY(alias);
    QVERIFY(alias->isAlias());
    QCOMPARE(alias->alias, u"limits"_s);
    QCOMPARE(alias->location.line, 7);
    QVERIFY(alias->aliasTarget);
    QCOMPARE(alias->aliasTarget->location.line, 1); // a block map starts at its anchor
    QCOMPARE(alias->text(u"memory"), u"2G"_s);
    QCOMPARE(doc->root->get(u"x-limits")->anchor, u"limits"_s);
    QCOMPARE(at(doc->root, u"services.b.<<"_s)->anchor, u"common"_s);
}

void TestYamlReader::duplicateKeysAreReported()
{
    const auto doc = YamlReader::parse("services:\n  a:\n    image: x\n    image: y\n", u"d.yaml"_s);
    QVERIFY(doc.ok());
    QCOMPARE(doc->findings.size(), 1);
    const Finding &f = doc->findings.first();
    QCOMPARE(f.ruleId, u"yaml.duplicate-key"_s);
    QCOMPARE(f.location.line, 4);
    QCOMPARE(f.location.column, 5);
    QVERIFY(f.message.contains(u"line 3"_s));
}

void TestYamlReader::badInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("needle");
    QTest::newRow("unclosed flow") << QByteArray("services:\n  a: [1, 2\n") << 3 << u"Invalid YAML"_s;
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << u"Invalid YAML"_s;
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n") << 2 << u"Invalid YAML"_s;
    QTest::newRow("binary") << QByteArray("key: v\nx: \x00\x01\xff\xfe", 14) << 2 << u"not a text file"_s;
    QTest::newRow("invalid utf8") << QByteArray("a: 1\nb: \xc3\x28\n") << 2 << u"not valid UTF-8"_s;
    QTest::newRow("deep flow") << (QByteArray(10000, '[') + QByteArray(10000, ']')) << 1 << u"nested more than"_s;
    QByteArray deepBlock;
    for (int i = 0; i < 10000; ++i)
        deepBlock += "- ";
    QTest::newRow("deep block") << (deepBlock + "x\n") << 1 << u"nested more than"_s;
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const QByteArray prev(1, char(c - 1));
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev
              + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    }
    QTest::newRow("billion laughs") << bomb << 1 << u"alias bomb"_s;
}

void TestYamlReader::badInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, needle);
    const auto doc = YamlReader::parse(yaml, u"bad.yaml"_s);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.contains(needle), qPrintable(doc.error().toString()));
    QCOMPARE(doc.error().location.file, u"bad.yaml"_s);
    QCOMPARE(doc.error().location.line, line);
    QVERIFY(!doc.error().hint.isEmpty());
}

void TestYamlReader::hugeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.yaml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray line = "k: vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\n";
    for (int i = 0; i < 20 * 1024 * 1024 / line.size() + 1; ++i)
        f.write(line);
    f.close();
    const auto doc = YamlReader::readFile(path);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().message.contains(u"20.0 MB"_s), qPrintable(doc.error().message));
}

void TestYamlReader::missingAndFolder()
{
    QTemporaryDir dir;
    const auto missing = YamlReader::readFile(dir.filePath(u"nope.yaml"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"not found"_s));
    const auto folder = YamlReader::readFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(u"folder"_s));
}

void TestYamlReader::longLineColumns()
{
    // 20,000 keys on one line: columns must stay exact (and the index linear, not quadratic).
    QByteArray yaml = "m: {";
    for (int i = 0; i < 20000; ++i)
        yaml += (i ? ", k" : "k") + QByteArray::number(i) + ": v";
    yaml += "}\n";
    const auto doc = YamlReader::parse(yaml, u"wide.yaml"_s);
    QVERIFY(doc.ok());
    const YamlNodePtr m = doc->root->get(u"m");
    QCOMPARE(m->pairs.size(), 20000);
    const YamlPair &last = m->pairs.last();
    QCOMPARE(last.key->location.column, int(yaml.indexOf("k19999")) + 1);
    QCOMPARE(last.value->location.column, int(yaml.indexOf("k19999")) + 1 + 8);
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
