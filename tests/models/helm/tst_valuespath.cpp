#include "models/core/yamlreader.h"
#include "models/helm/valuespath.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestValuesPath final : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void malformed_data();
    void malformed();
    void lookupCountsResolvedSegments();
};

static YamlNodePtr tree()
{
    const QByteArray text = "connect:\n"
                            "  executor: {instances: 2}\n"
                            "  sparkConf:\n"
                            "    spark.sql.shuffle.partitions: \"200\"\n"
                            "    spark.sql: short\n"
                            "  tolerations:\n"
                            "    - key: a\n"
                            "    - key: b\n"
                            "ports: {\"8080\": web}\n";
    Result<YamlDocument> doc = YamlReader::parse(text, u"t.yaml"_s);
    if (!doc)
        qFatal("fixture does not parse");
    return doc->root;
}

void TestValuesPath::split_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("value"); // "" = not found

    QTest::newRow("plain") << u"connect.executor.instances"_s << u"connect.executor.instances"_s << u"2"_s;
    QTest::newRow("bracket index") << u"connect.tolerations[1].key"_s << u"connect.tolerations[1].key"_s << u"b"_s;
    QTest::newRow("dot index") << u"connect.tolerations.0.key"_s << u"connect.tolerations[0].key"_s << u"a"_s;
    QTest::newRow("dotted key, longest match")
        << u"connect.sparkConf.spark.sql.shuffle.partitions"_s << u"connect.sparkConf[\"spark.sql.shuffle.partitions\"]"_s << u"200"_s;
    QTest::newRow("dotted key, shorter exists too") << u"connect.sparkConf.spark.sql"_s << u"connect.sparkConf[\"spark.sql\"]"_s << u"short"_s;
    QTest::newRow("quoted bracket key")
        << u"connect.sparkConf[\"spark.sql.shuffle.partitions\"]"_s << u"connect.sparkConf[\"spark.sql.shuffle.partitions\"]"_s << u"200"_s;
    QTest::newRow("numeric map key") << u"ports.8080"_s << u"ports.8080"_s << u"web"_s;
    QTest::newRow("missing leaf") << u"connect.executor.cores"_s << u"connect.executor.cores"_s << QString();
    QTest::newRow("index out of range") << u"connect.tolerations[5]"_s << u"connect.tolerations[5]"_s << QString();
}

void TestValuesPath::split()
{
    QFETCH(QString, key);
    QFETCH(QString, canonical);
    QFETCH(QString, value);
    const YamlNodePtr root = tree();
    const ValuesPath::Segments path = ValuesPath::split(key, {root});
    QCOMPARE(ValuesPath::join(path), canonical);
    const YamlNodePtr found = ValuesPath::lookup(root, path);
    QCOMPARE(found ? found->value : QString(), value);
}

void TestValuesPath::malformed_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("double dot") << u"a..b"_s;
    QTest::newRow("trailing dot") << u"a."_s;
    QTest::newRow("unclosed bracket") << u"a[1"_s;
    QTest::newRow("bad index") << u"a[x]"_s;
    QTest::newRow("negative index") << u"a[-1]"_s;
}

void TestValuesPath::malformed()
{
    QFETCH(QString, key);
    QString error;
    QVERIFY(ValuesPath::split(key, {tree()}, &error).isEmpty());
    QVERIFY2(!error.isEmpty(), "a malformed key explains why");
}

void TestValuesPath::lookupCountsResolvedSegments()
{
    const YamlNodePtr root = tree();
    qsizetype resolved = -1;
    const ValuesPath::Segments path = ValuesPath::split(u"connect.executor.memory.limit"_s, {root});
    QVERIFY(!ValuesPath::lookup(root, path, &resolved));
    QCOMPARE(resolved, 2);
}

QTEST_GUILESS_MAIN(TestValuesPath)
#include "tst_valuespath.moc"
