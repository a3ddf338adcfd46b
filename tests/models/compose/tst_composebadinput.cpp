#include "composetesthelpers.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::TestHelpers;

// Bad input: wrong types, broken YAML, missing files. Never a crash: an Error or a Finding with a position.
class TestComposeBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("stackdeck.compose.debug=false"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("services");
        QTest::newRow("services as a list") << "bad/services-list.yaml" << true << "" << 0 << 0;
        QTest::newRow("wrong types") << "bad/wrong-types.yaml" << true << "" << 0 << 5;
        QTest::newRow("invalid YAML") << "bad/invalid.yaml" << false << "" << 4 << 0;
        QTest::newRow("duplicate keys") << "bad/duplicate-keys.yaml" << true << "yaml.duplicate-key" << 4 << 1;
        QTest::newRow("failing :?") << "bad/interpolation-errors.yaml" << true << "interpolation.required" << 5 << 1;
        QTest::newRow("malformed ${") << "bad/interpolation-errors.yaml" << true << "interpolation.syntax" << 6 << 1;
        QTest::newRow("merge key of a string") << "bad/merge-key.yaml" << true << "yaml.merge-key" << 3 << 1;
        QTest::newRow("top level a list") << "bad/top-level-list.yaml" << true << "compose.top-level" << 1 << 0;
        QTest::newRow("missing -f file") << "bad/no-such-file.yaml" << false << "" << 0 << 0;
        QTest::newRow("a folder") << "bad" << false << "" << 0 << 0;
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(bool, loads);
        QFETCH(QString, rule);
        QFETCH(int, line);
        QFETCH(int, services);
        const Result<ComposeProject> p = loadFiles({file});
        QCOMPARE(p.ok(), loads);
        if (!loads) {
            QCOMPARE(p.error().location.file, fixture(file));
            QCOMPARE(p.error().location.line, line);
            QVERIFY(!p.error().message.isEmpty());
            return;
        }
        QCOMPARE(p->services.size(), services);
        QVERIFY(p->effective);
        if (rule.isEmpty())
            return;
        bool found = false;
        for (const Finding &f : p->findings) {
            if (f.ruleId == rule && f.location.line == line) {
                found = true;
                QCOMPARE(f.location.file, fixture(file));
                QVERIFY(f.location.column >= 1);
            }
        }
        QVERIFY2(found, qPrintable(rule));
    }

    void wrongTypesKeepTheTree()
    {
        const Result<ComposeProject> p = loadFiles({QStringLiteral("bad/wrong-types.yaml")});
        QVERIFY(p.ok());
        QVERIFY(p->service(QStringLiteral("ports-string"))->ports.isEmpty());
        QVERIFY(p->service(QStringLiteral("env-number"))->environment.isEmpty());
        QVERIFY(p->service(QStringLiteral("nulled"))->node->isNull());
        // The validator reads the wrong types from the tree: they stay there.
        QCOMPARE(textAt(p->effective, QStringLiteral("services.ports-string.ports")), QStringLiteral("8080:80"));
        QCOMPARE(textAt(p->effective, QStringLiteral("services.env-number.environment")), QStringLiteral("5"));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("compose.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# nothing yet\n");
        f.close();
        const Result<ComposeProject> p = ComposeLoader::load(ComposeLoadOptions{{f.fileName()}, {}, {}, {}, {}, {}, false, {}});
        QVERIFY(p.ok());
        QCOMPARE(countRule(p->findings, QStringLiteral("compose.empty")), 1);
        QVERIFY(p->services.isEmpty());
        QVERIFY(p->effective && p->effective->isMap());
    }
};

QTEST_GUILESS_MAIN(TestComposeBadInput)
#include "tst_composebadinput.moc"
