#include "models/core/yamlreader.h"
#include "models/edit/linediff.h"
#include "models/edit/scalarformatter.h"
#include "models/edit/yamlpatcher.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Exact text patches: only the lines of the edited value change; everything else is byte-identical.
class TestYamlPatcher final : public QObject
{
    Q_OBJECT

private slots:
    void patch_data();
    void patch();
    void noEditsIsByteIdentical_data();
    void noEditsIsByteIdentical();
    void fixtureEditsTouchOnlyTheirLines_data();
    void fixtureEditsTouchOnlyTheirLines();
    void applyAllChainsEdits();
    void pathSplitting();
    void trickyValuesReadBack_data();
    void trickyValuesReadBack();
};

static DocumentEdit makeEdit(const QString &action, const QString &path, const QString &value, bool asString)
{
    return action == "remove"_L1 ? DocumentEdit::remove(DocumentEdit::splitPath(path))
                                 : DocumentEdit::set(DocumentEdit::splitPath(path), value, asString);
}

void TestYamlPatcher::patch_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("asString");
    QTest::addColumn<QByteArray>("expected"); // empty when an error is expected
    QTest::addColumn<QString>("error");       // part of the expected error message

    auto row = [](const char *name, const QByteArray &in, const QString &action, const QString &path,
                  const QString &value, bool asString, const QByteArray &out, const QString &error = QString()) {
        QTest::newRow(name) << in << action << path << value << asString << out << error;
    };
    const QString set = u"set"_s;
    const QString remove = u"remove"_s;

    // Replacing scalars.
    row("plain, comment kept", "a:\n  b: 1 # note\n", set, u"a.b"_s, u"2"_s, false, "a:\n  b: 2 # note\n");
    row("same value is identical", "a:\n  b: 1 # note\n", set, u"a.b"_s, u"1"_s, false, "a:\n  b: 1 # note\n");
    row("single quotes kept", "cpus: '4'\n", set, u"cpus"_s, u"2"_s, false, "cpus: '2'\n");
    row("double quotes kept", "image: \"nginx:1.25\"\n", set, u"image"_s, u"nginx:1.27"_s, false, "image: \"nginx:1.27\"\n");
    row("quoted number stays quoted", "user: \"1001\"\n", set, u"user"_s, u"0"_s, false, "user: \"0\"\n");
    row("string stays string", "memory: 4G\n", set, u"memory"_s, u"8589934592"_s, false, "memory: \"8589934592\"\n");
    row("number stays plain", "replicas: 2\n", set, u"replicas"_s, u"3"_s, false, "replicas: 3\n");
    row("yaml 1.1 bool quoted", "restart: always\n", set, u"restart"_s, u"no"_s, false, "restart: \"no\"\n");
    row("base-60 quoted", "port: web\n", set, u"port"_s, u"22:22"_s, false, "port: \"22:22\"\n");
    row("asString on a number", "replicas: 2\n", set, u"replicas"_s, u"3"_s, true, "replicas: \"3\"\n");
    row("colon-space quoted", "command: run\n", set, u"command"_s, u"echo a: b"_s, false, "command: \"echo a: b\"\n");
    row("hash quoted", "label: x\n", set, u"label"_s, u"a #b"_s, false, "label: \"a #b\"\n");
    row("apostrophe in single quotes", "v: 'it''s'\n", set, u"v"_s, u"don't"_s, false, "v: 'don''t'\n");
    row("escape in double quotes", "v: \"a\\tb\" # x\n", set, u"v"_s, u"c\"d"_s, false, "v: \"c\\\"d\" # x\n");
    row("line break escaped", "v: 'x'\n", set, u"v"_s, u"a\nb"_s, false, "v: \"a\\nb\"\n");
    row("anchor kept", "x: &a 1\ny: 2\n", set, u"x"_s, u"5"_s, false, "x: &a 5\ny: 2\n");
    row("literal block replaced", "cmd: |\n  line1\n\n  line2\nnext: 1\n", set, u"cmd"_s, u"run"_s, false, "cmd: run\nnext: 1\n");
    row("folded block replaced", "a:\n  cmd: >-\n    one\n    two\n  b: 1\n", set, u"a.cmd"_s, u"x y"_s, false,
        "a:\n  cmd: x y\n  b: 1\n");
    row("multi-line plain", "desc: one\n  two\nnext: 1\n", set, u"desc"_s, u"x"_s, false, "desc: x\nnext: 1\n");
    row("flow map value", "deploy: {resources: {limits: {memory: 512M}}}\n", set, u"deploy.resources.limits.memory"_s,
        u"1G"_s, false, "deploy: {resources: {limits: {memory: 1G}}}\n");
    row("flow seq item", "ports: [\"80:80\", \"443:443\"]\n", set, u"ports.1"_s, u"8443:443"_s, false,
        "ports: [\"80:80\", \"8443:443\"]\n");
    row("flow seq plain with comma", "x: [a, b]\n", set, u"x.0"_s, u"c,d"_s, false, "x: [\"c,d\", b]\n");
    row("block seq item", "ports:\n  - \"80:80\"\n  - 443:443 # tls\n", set, u"ports.1"_s, u"8443:443"_s, false,
        "ports:\n  - \"80:80\"\n  - 8443:443 # tls\n");
    row("empty value filled", "a:\n  b:\n  c: 1\n", set, u"a.b"_s, u"x"_s, false, "a:\n  b: x\n  c: 1\n");
    row("tilde replaced", "a:\n  b: ~ # unset\n", set, u"a.b"_s, u"x"_s, false, "a:\n  b: x # unset\n");
    row("unicode", "café: é\nz: 1\n", set, u"café"_s, u"ü"_s, false, "café: ü\nz: 1\n");
    row("alias value replaced locally", "a: &m 1G\nb: *m\n", set, u"b"_s, u"2G"_s, false, "a: &m 1G\nb: 2G\n");
    row("crlf replace", "a:\r\n  b: 1\r\n  c: 2\r\n", set, u"a.b"_s, u"5"_s, false, "a:\r\n  b: 5\r\n  c: 2\r\n");

    // Inserting keys.
    row("insert nested block", "services:\n  web:\n    image: x\n  db:\n    image: y\n", set,
        u"services.web.deploy.resources.limits.memory"_s, u"1G"_s, false,
        "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n  db:\n    image: y\n");
    row("insert with 4-space indent", "services:\n    web:\n        image: x\n", set, u"services.web.mem_limit"_s,
        u"1g"_s, false, "services:\n    web:\n        image: x\n        mem_limit: 1g\n");
    row("insert under empty key", "services:\n  web:\n    deploy:\n    image: x\n", set,
        u"services.web.deploy.resources.limits.memory"_s, u"1G"_s, false,
        "services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n    image: x\n");
    row("insert under null", "a:\n  b: null  # later\n", set, u"a.b.c"_s, u"1"_s, false, "a:\n  b:  # later\n    c: 1\n");
    row("insert into flow map", "deploy: {replicas: 2}\n", set, u"deploy.resources.limits.memory"_s, u"1G"_s, false,
        "deploy: {replicas: 2, resources: {limits: {memory: 1G}}}\n");
    row("insert into empty flow map", "volumes: {}\n", set, u"volumes.data.driver"_s, u"local"_s, false,
        "volumes: {data: {driver: local}}\n");
    row("insert crlf", "a:\r\n  b: 1\r\n", set, u"a.c"_s, u"2"_s, false, "a:\r\n  b: 1\r\n  c: 2\r\n");
    row("insert without final newline", "a:\n  b: 1", set, u"a.c"_s, u"2"_s, false, "a:\n  b: 1\n  c: 2");
    row("insert before comments", "a:\n  b: 1\n  # about c\n  c: 2\n\n# tail\nd: 3\n", set, u"a.e"_s, u"4"_s, false,
        "a:\n  b: 1\n  # about c\n  c: 2\n  e: 4\n\n# tail\nd: 3\n");
    row("insert after block scalar", "a:\n  s: |\n    x\n    y\n\nb: 1\n", set, u"a.t"_s, u"1"_s, false,
        "a:\n  s: |\n    x\n    y\n  t: 1\n\nb: 1\n");
    row("insert into list item map", "s:\n  - name: a\n    image: b\n", set, u"s.0.user"_s, u"1001"_s, true,
        "s:\n  - name: a\n    image: b\n    user: \"1001\"\n");
    row("insert at root", "a: 1\n", set, u"b"_s, u"2"_s, false, "a: 1\nb: 2\n");
    row("insert into empty document", "", set, u"a.b"_s, u"1"_s, false, "a:\n  b: 1\n");
    row("insert quoted key", "labels:\n  a: b\n", set, u"labels.x: y"_s, u"1"_s, false, "labels:\n  a: b\n  \"x: y\": 1\n");
    row("merge key override", "x: &d\n  restart: always\n  image: a\ns:\n  <<: *d\n  user: \"1\"\n", set, u"s.restart"_s,
        u"no"_s, false, "x: &d\n  restart: always\n  image: a\ns:\n  <<: *d\n  user: \"1\"\n  restart: \"no\"\n");
    row("merge key override in list", "x: &d {cpus: '1'}\ny: &e {mem: 1g}\ns:\n  <<: [*d, *e]\n", set, u"s.cpus"_s,
        u"2"_s, false, "x: &d {cpus: '1'}\ny: &e {mem: 1g}\ns:\n  <<: [*d, *e]\n  cpus: '2'\n");

    row("merge override in flow map", "x: &d {r: 1}\ns: {<<: *d, u: 2}\n", set, u"s.r"_s, u"5"_s, false,
        "x: &d {r: 1}\ns: {<<: *d, u: 2, r: 5}\n");
    row("insert into unused anchored map", "a: &x\n  b: 1\n", set, u"a.c"_s, u"2"_s, false, "a: &x\n  b: 1\n  c: 2\n");
    row("explicit indentation block", "a:\n  s: |2\n      indented\n  b: 1\n", set, u"a.s"_s, u"x"_s, false,
        "a:\n  s: x\n  b: 1\n");
    row("insert after comment-only tail", "a:\n  b: 1\n  # c: 2\nd: 1\n", set, u"a.e"_s, u"3"_s, false,
        "a:\n  b: 1\n  e: 3\n  # c: 2\nd: 1\n");
    row("deep document, 4 levels", "l1:\n  l2:\n    l3:\n      l4: old\n", set, u"l1.l2.l3.l4"_s, u"new"_s, false,
        "l1:\n  l2:\n    l3:\n      l4: new\n");

    // Removing.
    row("remove flow list item", "p: [1, 2, 3]\n", remove, u"p.1"_s, QString(), false, "p: [1, 3]\n");
    row("remove key", "a:\n  b: 1\n  c: 2\n", remove, u"a.b"_s, QString(), false, "a:\n  c: 2\n");
    row("remove nested map", "a:\n  b:\n    x: 1 # y\n  c: 2\n", remove, u"a.b"_s, QString(), false, "a:\n  c: 2\n");
    row("remove last key, no final newline", "a:\n  b: 1\n  c: 2", remove, u"a.c"_s, QString(), false, "a:\n  b: 1");
    row("remove flow first", "a: {b: 1, c: 2}\n", remove, u"a.b"_s, QString(), false, "a: {c: 2}\n");
    row("remove flow last", "a: {b: 1, c: 2}\n", remove, u"a.c"_s, QString(), false, "a: {b: 1}\n");
    row("remove list item", "p:\n  - 1\n  - 2\n", remove, u"p.0"_s, QString(), false, "p:\n  - 2\n");
    row("remove key after dash", "s:\n  - a: 1\n    b: 2\n", remove, u"s.0.a"_s, QString(), false, "s:\n  - b: 2\n");
    row("remove crlf", "a: 1\r\nb: 2\r\nc: 3\r\n", remove, u"b"_s, QString(), false, "a: 1\r\nc: 3\r\n");

    // Refusals.
    row("through alias", "x: &d\n  limits: {memory: 1G}\ns:\n  deploy: *d\n", set, u"s.deploy.limits.memory"_s, u"2G"_s,
        false, QByteArray(), u"alias *d at line 4"_s);
    row("anchor used elsewhere", "a: &m 1G\nb: *m\n", set, u"a"_s, u"2G"_s, false, QByteArray(), u"anchor &m"_s);
    row("inside merged anchor", "x: &d\n  r: 1\ns:\n  <<: *d\n", set, u"x.r"_s, u"2"_s, false, QByteArray(), u"anchor &d"_s);
    row("deep merge", "x: &d\n  deploy: {replicas: 1}\ns:\n  <<: *d\n", set, u"s.deploy.replicas"_s, u"2"_s, false,
        QByteArray(), u"merge key"_s);
    row("remove merged", "x: &d\n  r: 1\ns:\n  <<: *d\n", remove, u"s.r"_s, QString(), false, QByteArray(), u"merge key"_s);
    row("remove only key", "a:\n  b: 1\nc: 2\n", remove, u"a.b"_s, QString(), false, QByteArray(), u"only entry"_s);
    row("remove missing", "a: 1\n", remove, u"b"_s, QString(), false, QByteArray(), u"not in this file"_s);
    row("into a scalar", "a: 1\n", set, u"a.b"_s, u"2"_s, false, QByteArray(), u"not a mapping"_s);
    row("index out of range", "p: [1, 2]\n", set, u"p.5"_s, u"2"_s, false, QByteArray(), u"2 items"_s);
    row("set a mapping", "a:\n  b: 1\n", set, u"a"_s, u"2"_s, false, QByteArray(), u"holds a mapping"_s);
}

void TestYamlPatcher::patch()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, action);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(bool, asString);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);

    const Result<YamlDocument> doc = YamlReader::parse(input, u"test.yml"_s);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    const Result<QByteArray> out = YamlPatcher::apply(*doc, makeEdit(action, path, value, asString));
    if (!error.isEmpty()) {
        QVERIFY2(!out.ok(), out.ok() ? out->constData() : "");
        QVERIFY2(out.error().message.contains(error), qPrintable(out.error().toString()));
        QVERIFY(out.error().location.line > 0 || out.error().location.file == "test.yml"_L1);
        return;
    }
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QCOMPARE(*out, expected);
}

void TestYamlPatcher::noEditsIsByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"spark-cluster.yml", "production-stack.yml", "crlf.yml", "no-final-newline.yml"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestYamlPatcher::noEditsIsByteIdentical()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(STACKDECK_TEST_DATA "/edit/") + file;
    const Result<YamlDocument> doc = YamlReader::readFile(path);
    QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const Result<YamlDocument> same = YamlPatcher::applyAll(*doc, {});
    QVERIFY(same.ok());
    QCOMPARE(same->text, raw.readAll());
}

void TestYamlPatcher::fixtureEditsTouchOnlyTheirLines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<QString>("newLine"); // the first added line, trimmed

    QTest::newRow("worker memory") << u"spark-cluster.yml"_s << u"services.spark-worker.deploy.resources.limits.memory"_s
                                   << u"8G"_s << 1 << 1 << u"memory: 8G   # leaves 1G for the OS"_s;
    QTest::newRow("master cpus quoted") << u"spark-cluster.yml"_s << u"services.spark-master.deploy.resources.limits.cpus"_s
                                        << u"3"_s << 1 << 1 << u"cpus: '3'"_s;
    QTest::newRow("merged restart override") << u"spark-cluster.yml"_s << u"services.spark-worker.restart"_s
                                             << u"always"_s << 0 << 1 << u"restart: always"_s;
    QTest::newRow("history memory insert") << u"spark-cluster.yml"_s << u"services.history.deploy.resources.limits.memory"_s
                                           << u"2G"_s << 0 << 4 << u"deploy:"_s;
    QTest::newRow("api mem_limit") << u"production-stack.yml"_s << u"services.api.mem_limit"_s << u"2g"_s << 1 << 1
                                   << u"mem_limit: 2g"_s;
    QTest::newRow("dashboard flow memory") << u"production-stack.yml"_s << u"services.dashboard.deploy.resources.limits.memory"_s
                                           << u"1G"_s << 1 << 1 << u"deploy: {resources: {limits: {cpus: \"1.0\", memory: 1G}}}"_s;
    QTest::newRow("analytics empty deploy") << u"production-stack.yml"_s << u"services.analytics.deploy.resources.limits.memory"_s
                                            << u"2G"_s << 0 << 3 << u"resources:"_s;
    QTest::newRow("folded command") << u"production-stack.yml"_s << u"services.analytics.command"_s
                                    << u"python -m analytics.worker"_s << 3 << 1 << u"command: python -m analytics.worker"_s;
    QTest::newRow("crlf image") << u"crlf.yml"_s << u"services.web.image"_s << u"nginx:1.28"_s << 1 << 1
                                << u"image: nginx:1.28 # pinned"_s;
    QTest::newRow("crlf insert") << u"crlf.yml"_s << u"services.db.mem_limit"_s << u"1g"_s << 0 << 1 << u"mem_limit: 1g"_s;
    QTest::newRow("no final newline insert") << u"no-final-newline.yml"_s << u"services.app.restart"_s << u"always"_s
                                             << 1 << 2 << u"- \"8000:8000\""_s;
}

void TestYamlPatcher::fixtureEditsTouchOnlyTheirLines()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(QString, newLine);

    const Result<YamlDocument> doc = YamlReader::readFile(QStringLiteral(STACKDECK_TEST_DATA "/edit/") + file);
    QVERIFY(doc.ok());
    const Result<QByteArray> out = YamlPatcher::apply(*doc, DocumentEdit::set(DocumentEdit::splitPath(path), value));
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    const QList<LineDiff::Line> diff = LineDiff::compare(doc->text, *out);
    const LineDiff::Stats stats = LineDiff::stats(diff);
    QCOMPARE(stats.removed, removed);
    QCOMPARE(stats.added, added);
    QCOMPARE(stats.blocks, 1);
    for (const LineDiff::Line &l : diff) {
        if (l.kind == LineDiff::Line::Kind::Added) {
            QCOMPARE(QString::fromUtf8(l.text).trimmed(), newLine);
            break;
        }
    }
    // Everything but the edit parses the same, and the file keeps its line endings.
    const Result<YamlDocument> after = YamlReader::parse(*out, file);
    QVERIFY(after.ok());
    QCOMPARE(out->contains("\r\n"), doc->text.contains("\r\n"));
    QCOMPARE(out->count('\n') - out->count("\r\n") > 0 && doc->text.contains("\r\n"), false);
}

void TestYamlPatcher::applyAllChainsEdits()
{
    const Result<YamlDocument> doc = YamlReader::readFile(QStringLiteral(STACKDECK_TEST_DATA "/edit/spark-cluster.yml"));
    QVERIFY(doc.ok());
    const QList<DocumentEdit> edits{
        DocumentEdit::set({u"services"_s, u"spark-worker"_s, u"deploy"_s, u"replicas"_s}, u"4"_s),
        DocumentEdit::set({u"services"_s, u"spark-worker"_s, u"environment"_s, u"SPARK_WORKER_MEMORY"_s}, u"7g"_s),
        DocumentEdit::remove({u"services"_s, u"history"_s, u"user"_s}),
    };
    const Result<YamlDocument> out = YamlPatcher::applyAll(*doc, edits);
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    const LineDiff::Stats stats = LineDiff::stats(LineDiff::compare(doc->text, out->text));
    QCOMPARE(stats.removed, 3);
    QCOMPARE(stats.added, 2);
    QCOMPARE(out->root->get(u"services")->get(u"spark-worker")->get(u"deploy")->text(u"replicas"_s), u"4"_s);
    QVERIFY(!out->root->get(u"services")->get(u"history")->contains(u"user"));
    const QString diff = LineDiff::unified(doc->text, out->text, u"spark-cluster.yml"_s);
    QVERIFY2(diff.contains("-      replicas: 2\n+      replicas: 4\n"_L1), qPrintable(diff));
    QVERIFY(diff.startsWith("--- a/spark-cluster.yml\n+++ b/spark-cluster.yml\n@@ "_L1));
}

void TestYamlPatcher::pathSplitting()
{
    QCOMPARE(DocumentEdit::splitPath(u"services.web.labels.com\\.example\\.tier"_s),
             (QStringList{u"services"_s, u"web"_s, u"labels"_s, u"com.example.tier"_s}));
    QCOMPARE(DocumentEdit::joinPath({u"a"_s, u"b.c"_s}), u"a.b\\.c"_s);
}

void TestYamlPatcher::trickyValuesReadBack_data()
{
    QTest::addColumn<QString>("value");
    const QStringList values{u"a: b"_s, u"a #b"_s, u"#x"_s, u"'q'"_s, u"\"dq\""_s, u"it's"_s, u"back\\slash"_s,
                             u"two\nlines"_s, u"tab\there"_s, u""_s, u" lead"_s, u"trail "_s, u"- item"_s, u"[x]"_s,
                             u"{x}"_s, u"*alias"_s, u"&anchor"_s, u"!tag"_s, u"%pct"_s, u"@at"_s, u"`tick"_s, u"---"_s,
                             u"yes"_s, u"No"_s, u"null"_s, u"~"_s, u"0x1F"_s, u"1e3"_s, u".inf"_s, u"12:30"_s,
                             u"2024-01-02"_s, u"é ü 日本"_s, u"a,b"_s, u"x:"_s, u"?"_s, u"<<"_s, u"="_s, u"|"_s, u">"_s};
    for (const QString &v : values)
        QTest::newRow(qPrintable(v.isEmpty() ? u"(empty)"_s : QString(v).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s))) << v;
}

void TestYamlPatcher::trickyValuesReadBack()
{
    // Every scalar of the fixtures takes the value as a string: either it reads back exactly, or the edit is refused.
    QFETCH(QString, value);
    int done = 0;
    for (const char *name : {"spark-cluster.yml", "production-stack.yml", "crlf.yml"}) {
        const Result<YamlDocument> doc = YamlReader::readFile(QStringLiteral(STACKDECK_TEST_DATA "/edit/") + QLatin1String(name));
        QVERIFY(doc.ok());
        const QList<QStringList> paths{
            {u"services"_s, u"spark-worker"_s, u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s},
            {u"services"_s, u"spark-master"_s, u"ports"_s, u"0"_s},
            {u"services"_s, u"history"_s, u"command"_s, u"0"_s},
            {u"services"_s, u"dashboard"_s, u"deploy"_s, u"resources"_s, u"limits"_s, u"cpus"_s},
            {u"services"_s, u"analytics"_s, u"command"_s},
            {u"services"_s, u"api"_s, u"newkey"_s},
            {u"services"_s, u"web"_s, u"image"_s},
        };
        for (const QStringList &path : paths) {
            const Result<QByteArray> out = YamlPatcher::apply(*doc, DocumentEdit::set(path, value, true));
            if (!out.ok())
                continue; // paths that are not in this fixture
            const Result<YamlDocument> again = YamlReader::parse(*out, QLatin1String(name));
            QVERIFY2(again.ok(), out->constData());
            YamlNodePtr n = again->root;
            for (const QString &k : path)
                n = n->isSequence() ? n->items.value(k.toInt()) : n->get(k);
            QVERIFY(n);
            QCOMPARE(n->value, value);
            QVERIFY2(n->isQuoted() || n->style != YamlNode::Style::Plain || ScalarFormatter::resolvesToString(value), out->constData());
            ++done;
        }
    }
    QVERIFY(done >= 6);
}

QTEST_GUILESS_MAIN(TestYamlPatcher)
#include "tst_yamlpatcher.moc"
