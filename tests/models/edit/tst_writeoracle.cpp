#include "memoryedit.h"

#include "models/core/yamlreader.h"
#include "models/edit/yamlpatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// An independent oracle for written files: the Compose JSON schema (python3-jsonschema) and
// docker-compose v1's own loader. A patched file must pass whatever its original passed.
class TestWriteOracle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schema();
    void dockerComposeConfig();

private:
    struct Case
    {
        QString label;    // file and edit
        QString original; // copy of the file before the edit
        QString patched;  // the file as the patcher wrote it
    };
    void addCase(const QString &name, const YamlDocument &doc, const DocumentEdit &edit);
    QHash<QString, QString> runSchema(const QStringList &files);
    QHash<QString, QString> runDockerCompose(const QStringList &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Case> m_cases;
    QString m_schema;
    int m_refused = 0;
};

static const QString python = u"/usr/bin/python3"_s;
static const QString dockerCompose = u"/usr/bin/docker-compose"_s;

void TestWriteOracle::addCase(const QString &name, const YamlDocument &doc, const DocumentEdit &edit)
{
    const Result<QByteArray> out = YamlPatcher::apply(doc, edit);
    if (!out.ok()) {
        ++m_refused;
        return;
    }
    // Both versions live in one folder so relative paths (env_file, build) resolve the same way.
    const QString folder = m_dir->filePath(QString::number(m_cases.size()));
    QDir().mkpath(folder);
    Case c{name + u" "_s + YamlPatcher::describe(edit), folder + u"/original-"_s + name, folder + u"/"_s + name};
    QFile a(c.original), b(c.patched);
    QVERIFY(a.open(QIODevice::WriteOnly) && a.write(doc.text) == doc.text.size());
    QVERIFY(b.open(QIODevice::WriteOnly) && b.write(*out) == out->size());
    m_cases.append(c);
}

void TestWriteOracle::initTestCase()
{
    m_schema = QStringLiteral(STACKDECK_SHARED_DIR "/schema/compose-spec.json");
    if (!QFile::exists(m_schema))
        QSKIP("../shared/schema/compose-spec.json is absent (STACKDECK_SHARED_DIR): no schema to check against");
    if (!QFile::exists(python) || QProcess::execute(python, {u"-c"_s, u"import jsonschema, yaml"_s}) != 0)
        QSKIP("/usr/bin/python3 with python3-jsonschema and python3-yaml is needed (packaging/debian-packages.txt)");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    // Our own fixtures, each with the memory edit and a restart-policy edit.
    const QDir fixtures(QStringLiteral(STACKDECK_TEST_DATA "/edit"));
    for (const QString &name : fixtures.entryList({u"*.yml"_s}, QDir::Files, QDir::Name)) {
        const Result<YamlDocument> doc = YamlReader::readFile(fixtures.filePath(name));
        QVERIFY2(doc.ok(), qPrintable(name));
        QString why;
        if (const auto m = chooseMemoryEdit(*doc, &why))
            addCase(name, *doc, m->edit);
        const QString first = doc->root->get(u"services")->pairs.constFirst().key->value;
        addCase(name, *doc, DocumentEdit::set({u"services"_s, first, u"restart"_s}, u"on-failure"_s));
    }
    const int fixtureCases = int(m_cases.size());
    const QDir corpus(QStringLiteral(STACKDECK_SHARED_DIR "/corpus/compose"));
    for (const QString &name : corpus.entryList({u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        const Result<YamlDocument> doc = YamlReader::readFile(corpus.filePath(name));
        QString why;
        const auto m = doc.ok() ? chooseMemoryEdit(*doc, &why) : std::nullopt;
        if (m)
            addCase(name, *doc, m->edit);
        else
            ++m_refused;
    }
    qInfo().noquote() << u"written files to check: %1 (%2 from tests/data/edit, %3 from the corpus); edits refused: %4"_s
                             .arg(m_cases.size()).arg(fixtureCases).arg(m_cases.size() - fixtureCases).arg(m_refused);
    QVERIFY(fixtureCases >= 6);
}

QHash<QString, QString> TestWriteOracle::runSchema(const QStringList &files)
{
    const QString script = uR"(import json, sys, yaml, jsonschema
validator = jsonschema.Draft7Validator(json.load(open(sys.argv[1])))
for path in sys.argv[2:]:
    try:
        errors = sorted(validator.iter_errors(yaml.safe_load(open(path, encoding='utf-8'))), key=lambda e: list(e.path))
        print(path + '\t' + ('ok' if not errors else '/'.join(map(str, errors[0].path)) + ': ' + errors[0].message.replace('\n', ' ')[:200]))
    except Exception as e:
        print(path + '\t' + type(e).__name__ + ': ' + str(e).replace('\n', ' ')[:200])
)"_s;
    QProcess p;
    p.start(python, QStringList{u"-c"_s, script, m_schema} + files);
    if (!p.waitForFinished(600000))
        return {};
    QHash<QString, QString> result;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            result.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return result;
}

void TestWriteOracle::schema()
{
    QStringList files;
    for (const Case &c : std::as_const(m_cases))
        files << c.original << c.patched;
    const QHash<QString, QString> verdict = runSchema(files);
    QCOMPARE(verdict.size(), files.size());
    int checked = 0, valid = 0, originalInvalid = 0;
    QStringList failures;
    for (const Case &c : std::as_const(m_cases)) {
        const bool fixture = !c.original.contains(u"__"_s); // corpus names hold "owner__repo__path"
        if (verdict.value(c.original) != "ok"_L1) {
            ++originalInvalid;
            if (fixture) // our own fixtures must be valid to begin with
                failures.append(u"%1: original invalid: %2"_s.arg(c.label, verdict.value(c.original)));
            continue;
        }
        ++checked;
        if (verdict.value(c.patched) == "ok"_L1)
            ++valid;
        else
            failures.append(u"%1: %2"_s.arg(c.label, verdict.value(c.patched)));
    }
    qInfo().noquote() << u"compose-spec.json: %1 of %2 written files valid (%3 originals were already invalid, not counted)"_s
                             .arg(valid).arg(checked).arg(originalInvalid);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    QVERIFY(checked > 0);
}

QHash<QString, QString> TestWriteOracle::runDockerCompose(const QStringList &files)
{
    // A few at a time: each run is a Python start-up, mostly waiting.
    QHash<QString, QString> result;
    constexpr int parallel = 8;
    for (qsizetype start = 0; start < files.size(); start += parallel) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (qsizetype i = start; i < std::min<qsizetype>(files.size(), start + parallel); ++i) {
            auto p = std::make_unique<QProcess>();
            p->setWorkingDirectory(QFileInfo(files.at(i)).absolutePath());
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(dockerCompose, {u"-f"_s, files.at(i), u"config"_s, u"-q"_s});
            running.push_back(std::move(p));
        }
        for (size_t k = 0; k < running.size(); ++k) {
            QProcess &p = *running[k];
            const bool done = p.waitForFinished(120000);
            const QString output = QString::fromUtf8(p.readAll()).simplified().left(300);
            result.insert(files.at(start + qsizetype(k)),
                          done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? u"ok"_s : output);
        }
    }
    return result;
}

void TestWriteOracle::dockerComposeConfig()
{
    if (!QFile::exists(dockerCompose))
        QSKIP("/usr/bin/docker-compose (v1) is absent: install the docker-compose package");
    QStringList originals;
    for (const Case &c : std::as_const(m_cases))
        originals << c.original;
    const QHash<QString, QString> before = runDockerCompose(originals);
    QStringList patched;
    for (const Case &c : std::as_const(m_cases)) {
        if (before.value(c.original) == "ok"_L1)
            patched << c.patched;
    }
    const QHash<QString, QString> after = runDockerCompose(patched);
    QStringList failures;
    int passed = 0;
    for (const QString &file : std::as_const(patched)) {
        if (after.value(file) == "ok"_L1)
            ++passed;
        else
            failures.append(u"%1: %2"_s.arg(QFileInfo(file).fileName(), after.value(file)));
    }
    qInfo().noquote() << u"docker-compose config -q: %1 of %2 written files pass (%3 originals rejected by v1, not counted)"_s
                             .arg(passed).arg(patched.size()).arg(originals.size() - patched.size());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    QVERIFY(!patched.isEmpty());
}

// docker-compose runs take minutes on a busy machine: lift Qt Test's 5-minute per-function watchdog.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "840000");
    QCoreApplication app(argc, argv);
    TestWriteOracle test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_writeoracle.moc"
