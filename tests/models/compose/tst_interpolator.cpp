#include "models/compose/envfile.h"
#include "models/compose/interpolator.h"
#include "models/core/yamlreader.h"

#include <QTest>

using namespace Stackdeck;

// Every ${...} form compose accepts, its errors, and the .env syntax.
class TestInterpolator final : public QObject
{
    Q_OBJECT

private:
    static QHash<QString, QString> variables()
    {
        return {{QStringLiteral("TAG"), QStringLiteral("1.2.3")},
                {QStringLiteral("EMPTY"), QString()},
                {QStringLiteral("HOST"), QStringLiteral("db")},
                {QStringLiteral("PORT"), QStringLiteral("5432")}};
    }

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text") << "no variables" << "no variables";
        QTest::newRow("braced") << "app:${TAG}" << "app:1.2.3";
        QTest::newRow("bare") << "app:$TAG" << "app:1.2.3";
        QTest::newRow("bare stops at non-name char") << "$HOST:$PORT/x" << "db:5432/x";
        QTest::newRow("unset braced is empty") << "[${NOPE}]" << "[]";
        QTest::newRow("unset bare is empty") << "[$NOPE]" << "[]";
        QTest::newRow(":- unset") << "${NOPE:-def}" << "def";
        QTest::newRow(":- empty") << "${EMPTY:-def}" << "def";
        QTest::newRow(":- set") << "${TAG:-def}" << "1.2.3";
        QTest::newRow("- unset") << "${NOPE-def}" << "def";
        QTest::newRow("- empty keeps empty") << "[${EMPTY-def}]" << "[]";
        QTest::newRow(":+ set") << "${TAG:+alt}" << "alt";
        QTest::newRow(":+ empty") << "[${EMPTY:+alt}]" << "[]";
        QTest::newRow("+ empty") << "${EMPTY+alt}" << "alt";
        QTest::newRow("+ unset") << "[${NOPE+alt}]" << "[]";
        QTest::newRow(":? set") << "${TAG:?need it}" << "1.2.3";
        QTest::newRow("? empty is fine") << "[${EMPTY?need it}]" << "[]";
        QTest::newRow("nested default") << "${NOPE:-${HOST}:${PORT}}" << "db:5432";
        QTest::newRow("nested twice") << "${NOPE:-${ALSO_NOPE:-${TAG}}}" << "1.2.3";
        QTest::newRow("default with braces text") << "${NOPE:-a-b}" << "a-b";
        QTest::newRow("escape") << "$$TAG" << "$TAG";
        QTest::newRow("escape braced") << "$${TAG}" << "${TAG}";
        QTest::newRow("lone dollar") << "costs 5$" << "costs 5$";
        QTest::newRow("dollar digit") << "$1 and $ x" << "$1 and $ x";
        QTest::newRow("url") << "postgresql://app:${TAG}@${HOST}:${PORT}/app" << "postgresql://app:1.2.3@db:5432/app";
        QTest::newRow("default with colon") << "${NOPE:-redis://r:6379}" << "redis://r:6379";
        QTest::newRow("escape inside default") << "${NOPE:-$$x}" << "$x";
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Interpolator::Outcome o = Interpolator(variables()).interpolate(text);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.value, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow(":? unset") << "${NOPE:?set NOPE first}" << "interpolation.required" << "set NOPE first";
        QTest::newRow(":? empty") << "${EMPTY:?must not be empty}" << "interpolation.required" << "EMPTY is empty";
        QTest::newRow("? unset") << "${NOPE?missing}" << "interpolation.required" << "missing";
        QTest::newRow(":? without message") << "${NOPE:?}" << "interpolation.required" << "NOPE is not set";
        QTest::newRow("unclosed") << "${TAG" << "interpolation.syntax" << "closing";
        QTest::newRow("empty name") << "${}" << "interpolation.syntax" << "${}";
        QTest::newRow("digit name") << "${1TAG}" << "interpolation.syntax" << "Invalid";
        QTest::newRow("bad operator") << "${TAG:x}" << "interpolation.syntax" << "Invalid";
        QTest::newRow("space in name") << "${TAG NAME}" << "interpolation.syntax" << "Invalid";
        QTest::newRow("unclosed nested") << "${NOPE:-${TAG}" << "interpolation.syntax" << "closing";
        QTest::newRow("error in nested default") << "${NOPE:-${ALSO:?inner}}" << "interpolation.required" << "inner";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, messagePart);
        const Interpolator::Outcome o = Interpolator(variables()).interpolate(text);
        QVERIFY(!o.ok);
        QCOMPARE(o.ruleId, rule);
        QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
        QCOMPARE(o.value, text); // the value is left as written
    }

    void unsetVariablesAreListed()
    {
        const Interpolator::Outcome o = Interpolator(variables()).interpolate(QStringLiteral("${A}$B${C:-x}${TAG}"));
        QVERIFY(o.ok);
        QCOMPARE(o.unset, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }

    void treeKeepsLocationsAndRaw()
    {
        const QByteArray yaml = "services:\n  web:\n    image: \"nginx:${TAG}\"\n    ${TAG}: key\n    bad: ${NOPE:?needed}\n";
        const Result<YamlDocument> doc = YamlReader::parse(yaml, QStringLiteral("mem.yaml"));
        QVERIFY(doc.ok());
        Findings findings;
        Interpolator interpolator(variables());
        const YamlNodePtr root = interpolator.apply(doc->root, findings);
        const YamlNodePtr web = root->get(u"services")->get(u"web");
        const YamlNodePtr image = web->get(u"image");
        QCOMPARE(image->value, QStringLiteral("nginx:1.2.3"));
        QCOMPARE(image->raw, QStringLiteral("nginx:${TAG}"));
        QCOMPARE(image->location.line, 3);
        QCOMPARE(image->location.column, 12);
        QVERIFY(web->contains(u"${TAG}")); // keys are not interpolated
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].ruleId, QStringLiteral("interpolation.required"));
        QCOMPARE(findings[0].location.file, QStringLiteral("mem.yaml"));
        QCOMPARE(findings[0].location.line, 5);
        QCOMPARE(findings[0].location.column, 10);
        QCOMPARE(findings[0].path, QStringLiteral("services.web.bad"));
        // Untouched subtrees are shared, not copied.
        const Result<YamlDocument> plain = YamlReader::parse("a: {b: 1}\n", QStringLiteral("p.yaml"));
        QCOMPARE(interpolator.apply(plain->root, findings).get(), plain->root.get());
    }

    void envFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << QByteArray("A=1\n") << "A" << "1";
        QTest::newRow("comment line") << QByteArray("# A=0\nA=1\n") << "A" << "1";
        QTest::newRow("inline comment") << QByteArray("A=1 # note\n") << "A" << "1";
        QTest::newRow("hash without space") << QByteArray("A=a#b\n") << "A" << "a#b";
        QTest::newRow("double quotes") << QByteArray("A=\"two words # kept\"\n") << "A" << "two words # kept";
        QTest::newRow("double quote escapes") << QByteArray("A=\"line\\nnext \\\"q\\\"\"\n") << "A" << "line\nnext \"q\"";
        QTest::newRow("single quotes literal") << QByteArray("A='${TAG} \\n'\n") << "A" << "${TAG} \\n";
        QTest::newRow("export prefix") << QByteArray("export A=1\n") << "A" << "1";
        QTest::newRow("spaces around =") << QByteArray("A = 1\n") << "A" << "1";
        QTest::newRow("empty value") << QByteArray("A=\n") << "A" << "";
        QTest::newRow("interpolates environment") << QByteArray("A=${TAG}-x\n") << "A" << "1.2.3-x";
        QTest::newRow("interpolates earlier entry") << QByteArray("B=b\nA=${B}${B}\n") << "A" << "bb";
        QTest::newRow("earlier entry wins in file") << QByteArray("TAG=local\nA=${TAG}\n") << "A" << "local";
        QTest::newRow("crlf") << QByteArray("A=1\r\nB=2\r\n") << "A" << "1";
        QTest::newRow("multiline double quoted") << QByteArray("A=\"l1\nl2\"\nB=2\n") << "A" << "l1\nl2";
        QTest::newRow("after multiline") << QByteArray("A=\"l1\nl2\"\nB=2\n") << "B" << "2";
        QTest::newRow("last one wins") << QByteArray("A=1\nA=2\n") << "A" << "2";
        QTest::newRow("name only takes environment") << QByteArray("TAG\n") << "TAG" << "1.2.3";
    }
    void envFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const EnvFile env = EnvFile::parse(text, QStringLiteral(".env"), variables());
        QVERIFY2(env.findings.isEmpty(), env.findings.isEmpty() ? "" : qPrintable(env.findings.first().toLine()));
        QString value;
        bool found = false;
        for (const EnvFile::Entry &e : env.entries) {
            if (e.name == name) {
                value = e.value;
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(value, expected);
    }

    void envFileErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("rule");
        QTest::newRow("no equals") << QByteArray("A=1\nthis is not valid\n") << 2 << "env-file.syntax";
        QTest::newRow("unclosed quote") << QByteArray("A=1\nB=\"open\n") << 2 << "env-file.syntax";
        QTest::newRow("bad interpolation") << QByteArray("\n\nA=${X:?need X}\n") << 3 << "interpolation.required";
    }
    void envFileErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, rule);
        const EnvFile env = EnvFile::parse(text, QStringLiteral("my.env"), {});
        QCOMPARE(env.findings.size(), 1);
        QCOMPARE(env.findings[0].ruleId, rule);
        QCOMPARE(env.findings[0].location.file, QStringLiteral("my.env"));
        QCOMPARE(env.findings[0].location.line, line);
        QVERIFY(env.findings[0].location.column >= 1);
    }
};

QTEST_GUILESS_MAIN(TestInterpolator)
#include "tst_interpolator.moc"
