#include "models/compose/composeloader.h"
#include "models/core/quantity.h"
#include "models/validate/validator.h"
#include "ui/health/healthsummary.h"
#include "ui/main/commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

namespace {

// One <message> of the .ts, as lupdate wrote it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;           // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;      // one translation, or the numerus forms
    bool numerus = false;
    QString where;          // first location, for the failure list
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage *m = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "context"_L1) {
            context.clear();
            m = nullptr;
        } else if (name == "name"_L1 && !m) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            out.append(TsMessage{context, {}, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}});
            m = &out.last();
        } else if (m && name == "location"_L1 && m->where.isEmpty()) {
            m->where = xml.attributes().value("filename"_L1).toString() + u':' + xml.attributes().value("line"_L1).toString();
        } else if (m && name == "source"_L1) {
            m->source = xml.readElementText();
        } else if (m && name == "comment"_L1) {
            m->comment = xml.readElementText();
        } else if (m && name == "translation"_L1) {
            m->type = xml.attributes().value("type"_L1).toString();
            if (!m->numerus)
                m->forms << xml.readElementText();
        } else if (m && name == "numerusform"_L1) {
            m->forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return out;
}

// %1..%99 and %n (with or without L), sorted: the translation must use the same set as the source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(u'L');
    found.sort();
    return found;
}

// A single `&` before a letter marks a keyboard accelerator (`&&` is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"(^|[^&])&[^&\\s]"_s);
    return re.match(text).hasMatch();
}

QString tsPath() { return QDir::cleanPath(QStringLiteral(STACKDECK_TEST_DATA "/../../translations/stackdeck_de.ts")); }

} // namespace

// The German catalogue: it loads from the embedded resource, real texts come out German,
// and translations/stackdeck_de.ts has no unfinished, empty or vanished message.
class TestTranslation final : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(u":/i18n/stackdeck_de.qm"_s), "stackdeck_ui does not embed :/i18n/stackdeck_de.qm");
        QVERIFY(m_translator.load(u":/i18n/stackdeck_de.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        QCOMPARE(m_translator.language(), u"de_DE"_s);
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    // Context/source pairs as lupdate recorded them (and the code translates them), one or two per area.
    void translatesRealTexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("app") << u"main"_s << u"stackdeck: %1\n"_s << u"stackdeck: %1\n"_s;
        QTest::newRow("ui/main menu") << u"Stackdeck::MainWindow"_s << u"Open Compose &Files…"_s
                                      << u"Compose-&Dateien öffnen…"_s;
        QTest::newRow("ui/main command line") << u"CommandLine"_s << u"Compose file (repeatable)."_s
                                              << u"Compose-Datei (mehrfach angebbar)."_s;
        QTest::newRow("ui/logs") << u"Stackdeck::LogView"_s << u"No match for “%1”"_s << u"Kein Treffer für „%1“"_s;
        QTest::newRow("ui/health") << u"HealthSummary"_s << u"Stack healthy — all %1 services healthy"_s
                                   << u"Stack gesund — alle %1 Services gesund"_s;
        QTest::newRow("ui/inspector") << u"ServiceStatusText"_s << u"Restarting"_s << u"Startet neu"_s;
        QTest::newRow("ui/topology") << u"Stackdeck::TopologyView"_s << u"Fit the whole stack in view (F)"_s
                                     << u"Den ganzen Stack einpassen (F)"_s;
        QTest::newRow("models/validate") << u"Stackdeck::Validator"_s << u"unknown key %1 in %2"_s
                                         << u"unbekannter Schlüssel %1 in %2"_s;
        QTest::newRow("models/compose") << u"Stackdeck::ComposeLoader"_s
                                        << u"The variable %1 is not set; it is replaced by an empty string."_s
                                        << u"Die Variable %1 ist nicht gesetzt; sie wird durch eine leere Zeichenkette ersetzt."_s;
        QTest::newRow("models/docker") << u"ComposeErrorMapper"_s << u"Cannot connect to the Docker engine."_s
                                       << u"Keine Verbindung zur Docker-Engine möglich."_s;
        QTest::newRow("models/health") << u"RedisProbe"_s << u"Answers PING with PONG."_s
                                       << u"Antwortet auf PING mit PONG."_s;
        QTest::newRow("models/live") << u"Stackdeck::LiveStatusDeriver"_s << u"Created but not started — run Start."_s
                                     << u"Erstellt, aber nicht gestartet — „Starten“ wählen."_s;
        QTest::newRow("models/commands") << u"Stackdeck::CheckCommand"_s << u"Show this help."_s
                                         << u"Diese Hilfe anzeigen."_s;
        QTest::newRow("models/helm") << u"Stackdeck::ValuesStack"_s << u"choose one of the available presets"_s
                                     << u"wählen Sie eines der verfügbaren Presets"_s;
    }

    void translatesRealTexts()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
    }

    // Texts produced by the code itself, where its translation context matches lupdate's.
    void codePathsSpeakGerman()
    {
        const auto parsed = CommandLine::parse({u"stackdeck"_s, u"--help"_s}, QDir::currentPath());
        QVERIFY(parsed.ok());
        QVERIFY2(parsed->helpText.contains(u"Compose-Datei (mehrfach angebbar)."_s), qPrintable(parsed->helpText));

        const auto duration = Quantity::parseDuration(u"");
        QVERIFY(!duration.ok());
        QCOMPARE(duration.error().message, u"leere Dauer"_s);

        QCOMPARE(HealthSummary::stateWord(HealthState::Degraded), u"beeinträchtigt"_s);
    }

    // models/ helpers translate through a Q_DECLARE_TR_FUNCTIONS struct (Tr), so lupdate and the runtime
    // agree on the context ("Stackdeck::ComposeLoader", "Stackdeck::Validator").
    void modelHelpersSpeakGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile compose(dir.filePath(u"compose.yaml"_s));
        QVERIFY(compose.open(QIODevice::WriteOnly));
        compose.write("services:\n  web:\n    image: nginx:1.27\n    imagee: typo\n");
        compose.close();
        QFile empty(dir.filePath(u"empty.yaml"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        ComposeLoadOptions options;
        options.workingDir = dir.path();
        options.files = {compose.fileName()};
        options.useProcessEnvironment = false;
        const auto project = ComposeLoader::load(options);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        QString unknownKey;
        for (const Finding &f : Validator::validate(project.value()))
            if (f.message.contains(u"imagee"_s))
                unknownKey = f.message;
        QVERIFY(!unknownKey.isEmpty());
        QVERIFY2(unknownKey.startsWith(u"unbekannter Schlüssel"_s), qPrintable(unknownKey));

        options.files = {empty.fileName()};
        const auto emptyProject = ComposeLoader::load(options);
        QVERIFY(emptyProject.ok());
        QString emptyMessage;
        for (const Finding &f : emptyProject->findings)
            if (f.ruleId == u"compose.empty"_s)
                emptyMessage = f.message;
        QVERIFY(!emptyMessage.isEmpty());
        QCOMPARE(emptyMessage, u"Die Compose-Datei ist leer."_s);
    }

    // Every message of the .ts is translated, with the source's placeholders, accelerator and line ends,
    // and the embedded catalogue says the same as the .ts (a stale .qm fails here).
    void catalogueIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsPath() + u": "_s + error));
        QVERIFY2(messages.size() > 500, qPrintable(u"only %1 messages in %2"_s.arg(messages.size()).arg(tsPath())));

        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString id = m.where + u" [" + m.context + u"] \"" + m.source + u'"';
            if (!m.type.isEmpty()) {
                problems << id + u": " + m.type;
                continue;
            }
            if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); })) {
                problems << id + u": empty translation";
                continue;
            }
            if (m.numerus && m.forms.size() != 2)
                problems << id + u": German needs 2 plural forms, not " + QString::number(m.forms.size());
            for (const QString &form : m.forms) {
                // A singular form may say "one" instead of %n; the plural form must keep it.
                QStringList expected = placeholders(m.source), got = placeholders(form);
                if (m.numerus && &form != &m.forms.constLast()) {
                    expected.removeAll(u"%n"_s);
                    got.removeAll(u"%n"_s);
                }
                if (got != expected)
                    problems << id + u": placeholders " + placeholders(m.source).join(u' ') + u" became "
                                    + placeholders(form).join(u' ') + u" in \"" + form + u'"';
                if (hasAccelerator(form) != hasAccelerator(m.source))
                    problems << id + u": the & accelerator is lost or added in \"" + form + u'"';
                if (form.endsWith(u'\n') != m.source.endsWith(u'\n'))
                    problems << id + u": the trailing newline differs in \"" + form + u'"';
            }
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                for (int n : {1, 5}) {
                    const QString expected = m.forms.value(n == 1 ? 0 : 1).replace(u"%n"_s, QString::number(n));
                    if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n) != expected)
                        problems << id + u": the embedded catalogue differs from the .ts for n=" + QString::number(n);
                }
            } else if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation)
                       != m.forms.constFirst()) {
                problems << id + u": the embedded catalogue differs from the .ts (rebuild, or run update_translations)";
            }
        }
        if (!problems.isEmpty())
            qWarning().noquote() << problems.size() << "problem(s) in" << tsPath() << (u":\n  "_s + problems.join(u"\n  "_s));
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 message(s) need work; see the list above"_s.arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
