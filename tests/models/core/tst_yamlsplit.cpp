#include "models/core/yamlreader.h"
#include "models/core/yamlsplitter.h"

#include <QDirIterator>
#include <QTest>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

// The two-thread parse of large documents must give exactly what the sequential parse gives.
class TestYamlSplit final : public QObject
{
    Q_OBJECT

private slots:
    void sameAsSequential_data();
    void sameAsSequential();
    void anchorsBeforeTheCut_data();
    void anchorsBeforeTheCut();
    void largeFileIsSplitAndFast();
};

namespace {

QString describe(const YamlNodePtr &n)
{
    return n ? u"%1 '%2' at %3"_s.arg(n->kindName(), n->value.left(40), n->location.toString()) : u"null"_s;
}

// Compares everything the reader produces, locations included; returns the first difference.
QString difference(const YamlNodePtr &a, const YamlNodePtr &b)
{
    if (!a || !b)
        return a == b ? QString() : u"one side missing: %1 / %2"_s.arg(describe(a), describe(b));
    if (a->kind != b->kind || a->style != b->style || a->value != b->value || a->tag != b->tag
        || a->anchor != b->anchor || a->alias != b->alias || !(a->location == b->location)
        || a->items.size() != b->items.size() || a->pairs.size() != b->pairs.size())
        return u"%1 != %2"_s.arg(describe(a), describe(b));
    for (qsizetype i = 0; i < a->items.size(); ++i) {
        const QString d = difference(a->items[i], b->items[i]);
        if (!d.isEmpty())
            return d;
    }
    for (qsizetype i = 0; i < a->pairs.size(); ++i) {
        QString d = difference(a->pairs[i].key, b->pairs[i].key);
        if (d.isEmpty())
            d = difference(a->pairs[i].value, b->pairs[i].value);
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

QByteArray generated(int services)
{
    QByteArray y = "name: bench\n# services follow\nservices:\n";
    for (int i = 0; i < services; ++i) {
        const QByteArray n = QByteArray::number(i);
        y += "  svc" + n + ":\n    image: \"registry.local/app:" + n + "\"\n    command: |\n      run --id " + n
           + "\n\n      --verbose\n    ports: [\"" + QByteArray::number(10000 + i) + ":8000\"]\n    environment:\n"
           + "      LEVEL: info  # comment\n    deploy: {resources: {limits: {memory: 512M}}}\n";
    }
    return y + "networks:\n  backend: {}\nvolumes:\n  data:\n";
}

} // namespace

void TestYamlSplit::sameAsSequential_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("generated 300 services") << u"gen.yaml"_s << generated(300);
    QByteArray dup = generated(40);
    dup.replace("networks:\n", "  svc1:\n    image: again\nnetworks:\n");
    dup += "name: twice\n";
    QTest::newRow("duplicates across the cut") << u"dup.yaml"_s << dup;
    QByteArray flow = generated(40);
    flow.replace("  svc21:\n", "  svc20b: [a,\n  svc21: b]\n  svc21:\n");
    QTest::newRow("flow sequence across the cut") << u"flow.yaml"_s << flow;
    QTest::newRow("invalid tail") << u"bad.yaml"_s << (generated(40) + "oops: [\n");
    QTest::newRow("services only") << u"only.yaml"_s << generated(40).left(generated(40).indexOf("networks:"));

    // Every YAML file we and the corpus have, cut wherever the splitter would cut it.
    QStringList roots = {QStringLiteral(STACKDECK_TEST_DATA)};
    if (QFileInfo::exists(QStringLiteral(STACKDECK_SHARED_DIR "/corpus")))
        roots << QStringLiteral(STACKDECK_SHARED_DIR "/corpus");
    for (const QString &root : roots) {
        QDirIterator it(root, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            QTest::newRow(qPrintable(path.mid(root.size() + 1))) << path << f.readAll();
        }
    }
}

void TestYamlSplit::sameAsSequential()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, text);
    YamlReader::Limits sequential;
    sequential.parallelThreshold = std::numeric_limits<qint64>::max();
    YamlReader::Limits split;
    split.parallelThreshold = 0;
    const auto a = YamlReader::parse(text, name, sequential);
    const auto b = YamlReader::parse(text, name, split);
    QCOMPARE(b.ok(), a.ok());
    if (!a.ok()) {
        QCOMPARE(b.error().toString(), a.error().toString());
        return;
    }
    QCOMPARE(difference(a->root, b->root), QString());
    QCOMPARE(b->findings.size(), a->findings.size());
    for (qsizetype i = 0; i < a->findings.size(); ++i)
        QCOMPARE(b->findings[i].toLine(), a->findings[i].toLine());
}

void TestYamlSplit::anchorsBeforeTheCut_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("splits");
    const QByteArray head = "x-logging: &log\n  driver: json-file\nx-old: &log\n  driver: local\n"
                            "x-env: &env {A: 1}\n";
    QByteArray body = generated(40);
    body.replace("    environment:\n", "    logging: *log\n    <<: *env\n    environment:\n");
    QTest::newRow("aliases in middle and tail, redefined anchor")
        << (head + body + "x-tail:\n  logging: *log\n") << true;
    QTest::newRow("anchor defined after the cut") << (head + body + "x-tail: &late\n  a: 1\n") << false;
    QByteArray unknown = head + body;
    unknown.replace("  svc30:\n", "  svc30:\n    logging: *nowhere\n");
    QTest::newRow("alias to an unknown anchor") << unknown << true;
    QByteArray url = head + body;
    url.replace("  svc30:\n", "  svc30:\n    label: \"a=1&b=2\"\n");
    QTest::newRow("ampersand in a string after the cut") << url << false;
}

void TestYamlSplit::anchorsBeforeTheCut()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, splits);
    QCOMPARE(YamlSplitter::find(text).has_value(), splits);
    YamlReader::Limits sequential;
    sequential.parallelThreshold = std::numeric_limits<qint64>::max();
    YamlReader::Limits split;
    split.parallelThreshold = 0;
    const auto a = YamlReader::parse(text, u"anchors.yaml"_s, sequential);
    const auto b = YamlReader::parse(text, u"anchors.yaml"_s, split);
    QCOMPARE(b.ok(), a.ok());
    if (!a.ok()) {
        QCOMPARE(b.error().toString(), a.error().toString());
        return;
    }
    QCOMPARE(difference(a->root, b->root), QString());
    const YamlNodePtr logging = b->root->get(u"services")->get(u"svc39")->get(u"logging");
    QVERIFY(logging && logging->isAlias());
    QCOMPARE(logging->text(u"driver"), u"local"_s); // the last definition of &log wins
    QCOMPARE(logging->aliasTarget->location.line, 3);
}

void TestYamlSplit::largeFileIsSplitAndFast()
{
    const QByteArray text = generated(3000);
    QVERIFY(text.size() > 256 * 1024);
    QElapsedTimer t;
    t.start();
    const auto doc = YamlReader::parse(text, u"big.yaml"_s);
    const qint64 splitMs = t.elapsed();
    QVERIFY(doc.ok());
    QCOMPARE(doc->root->get(u"services")->pairs.size(), 3000);
    QCOMPARE(doc->root->pairs.size(), 4);
    YamlReader::Limits sequential;
    sequential.parallelThreshold = std::numeric_limits<qint64>::max();
    t.restart();
    const auto whole = YamlReader::parse(text, u"big.yaml"_s, sequential);
    const qint64 sequentialMs = t.elapsed();
    QCOMPARE(difference(whole->root, doc->root), QString());
    qInfo("%lld KiB: split parse %lld ms, sequential %lld ms", qint64(text.size() / 1024), splitMs, sequentialMs);
}

QTEST_GUILESS_MAIN(TestYamlSplit)
#include "tst_yamlsplit.moc"
