#include "ui/common/syntaxsupport.h"
#include "ui/common/yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Stackdeck;
using Token = YamlHighlighter::Token;

Q_DECLARE_METATYPE(Stackdeck::YamlHighlighter::Token)
Q_DECLARE_METATYPE(Stackdeck::YamlHighlighter::Mode)

// Checks the built-in highlighter token by token: it is what Debian 12 users see.
class TestYamlHighlighter final : public QObject
{
    Q_OBJECT

private:
    // The format the highlighter gave the character at `pos` of the first line, or an empty format.
    static QTextCharFormat formatAt(const QTextDocument &doc, int pos)
    {
        const QTextBlock block = doc.firstBlock();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (pos >= range.start && pos < range.start + range.length)
                return range.format;
        }
        return {};
    }

private slots:
    void tokens_data()
    {
        QTest::addColumn<YamlHighlighter::Mode>("mode");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("fragment"); // the text whose first character is checked
        QTest::addColumn<bool>("highlighted");
        QTest::addColumn<Token>("token");

        const auto yaml = YamlHighlighter::Mode::Yaml;
        const auto log = YamlHighlighter::Mode::Log;
        QTest::newRow("key") << yaml << QStringLiteral("  image: postgres:16") << QStringLiteral("image") << true << Token::Key;
        QTest::newRow("key in list item") << yaml << QStringLiteral("  - name: web") << QStringLiteral("name") << true << Token::Key;
        QTest::newRow("value with colon is no key") << yaml << QStringLiteral("  image: postgres:16")
                                                    << QStringLiteral("postgres") << false << Token::Key;
        QTest::newRow("comment") << yaml << QStringLiteral("restart: always # keep it up") << QStringLiteral("# keep")
                                 << true << Token::Comment;
        QTest::newRow("hash inside string is no comment") << yaml << QStringLiteral("cmd: \"echo #1\"")
                                                          << QStringLiteral("#1") << true << Token::String;
        QTest::newRow("double-quoted string") << yaml << QStringLiteral("max-size: \"10m\"") << QStringLiteral("\"10m\"")
                                              << true << Token::String;
        QTest::newRow("single-quoted string") << yaml << QStringLiteral("cpus: '0.5'") << QStringLiteral("'0.5'")
                                              << true << Token::String;
        QTest::newRow("number") << yaml << QStringLiteral("retries: 5") << QStringLiteral("5") << true << Token::Number;
        QTest::newRow("boolean") << yaml << QStringLiteral("read_only: true") << QStringLiteral("true") << true
                                 << Token::Number;
        QTest::newRow("anchor") << yaml << QStringLiteral("x-logging: &default-logging") << QStringLiteral("&default")
                                << true << Token::Anchor;
        QTest::newRow("alias") << yaml << QStringLiteral("  logging: *default-logging") << QStringLiteral("*default")
                               << true << Token::Anchor;
        QTest::newRow("merge key") << yaml << QStringLiteral("  <<: *hardened") << QStringLiteral("<<") << true
                                   << Token::Anchor;
        QTest::newRow("interpolation") << yaml << QStringLiteral("  PASSWORD: ${POSTGRES_PASSWORD:?set it}")
                                       << QStringLiteral("${POSTGRES") << true << Token::Variable;
        QTest::newRow("plain scalar") << yaml << QStringLiteral("  driver: json-file") << QStringLiteral("json-file")
                                      << false << Token::Key;
        QTest::newRow("log error") << log << QStringLiteral("2024-05-01T10:00:00Z ERROR db down")
                                   << QStringLiteral("ERROR") << true << Token::Error;
        QTest::newRow("log warning") << log << QStringLiteral("[2024-05-01 10:00:00] WARN slow query")
                                     << QStringLiteral("WARN") << true << Token::Warning;
        QTest::newRow("log info") << log << QStringLiteral("INFO started") << QStringLiteral("INFO") << true
                                  << Token::Info;
        QTest::newRow("log debug") << log << QStringLiteral("DEBUG tick") << QStringLiteral("DEBUG") << true
                                   << Token::Debug;
        QTest::newRow("log timestamp") << log << QStringLiteral("2024-05-01T10:00:00.123Z INFO up")
                                       << QStringLiteral("2024") << true << Token::Timestamp;
        QTest::newRow("log word containing level") << log << QStringLiteral("INFORMATION only")
                                                   << QStringLiteral("INFORMATION") << false << Token::Info;
    }

    void tokens()
    {
        QFETCH(YamlHighlighter::Mode, mode);
        QFETCH(QString, line);
        QFETCH(QString, fragment);
        QFETCH(bool, highlighted);
        QFETCH(Token, token);

        QTextDocument doc;
        doc.setPlainText(line);
        auto *highlighter = new YamlHighlighter(&doc, mode);
        highlighter->rehighlight();
        const int pos = int(line.indexOf(fragment));
        QVERIFY2(pos >= 0, qPrintable(fragment));
        const QTextCharFormat actual = formatAt(doc, pos);
        if (highlighted) {
            QCOMPARE(actual.foreground().color(), highlighter->format(token).foreground().color());
            QCOMPARE(actual.fontWeight(), highlighter->format(token).fontWeight());
        } else {
            QVERIFY2(actual.foreground().color() != highlighter->format(token).foreground().color()
                         || actual.foreground().style() == Qt::NoBrush,
                     qPrintable(QStringLiteral("'%1' should not look like that token").arg(fragment)));
        }
    }

    void engineChoice_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("highlighted");
        QTest::newRow("compose.yaml") << QStringLiteral("compose.yaml") << true;
        QTest::newRow("prometheus.yml") << QStringLiteral("prometheus.yml") << true;
        QTest::newRow("app.log") << QStringLiteral("app.log") << true;
        QTest::newRow(".env") << QStringLiteral(".env") << true;
        QTest::newRow("no extension") << QStringLiteral("random-blob-without-kind") << false;
    }

    void engineChoice()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, highlighted);
#ifdef STACKDECK_HAVE_KSYNTAXHIGHLIGHTING
        QCOMPARE(SyntaxSupport::engineName(), QStringLiteral("KSyntaxHighlighting"));
#else
        QCOMPARE(SyntaxSupport::engineName(), QStringLiteral("built-in"));
#endif
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("key: value # comment\n"));
        QCOMPARE(SyntaxSupport::attach(&doc, fileName), highlighted);
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
