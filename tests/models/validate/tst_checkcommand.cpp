#include "models/commands/checkcommand.h"
#include "models/compose/composeloader.h"
#include "models/validate/validator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestCheckCommand final : public QObject
{
    Q_OBJECT

private slots:
    void exitStatus_data();
    void exitStatus();
    void invalidYamlIsALocatedError();
    void json();
    void corpusLoadsAndEveryFindingIsComplete();
};

namespace {

const QString dataDir = QStringLiteral(STACKDECK_TEST_DATA "/validate");

struct Run
{
    int status = -1;
    QString out, err;
};

Run check(const QStringList &args, const QString &workingDir = dataDir)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    CommandIo io{args, out, err, workingDir};
    run.status = CheckCommand::run(io);
    out.flush();
    err.flush();
    return run;
}

const QStringList machine = {u"--machine-cpus"_s, u"8"_s, u"--machine-memory"_s, u"16g"_s};

} // namespace

void TestCheckCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // a fragment of stdout

    QTest::newRow("clean") << (QStringList{u"-f"_s, u"good.yaml"_s, u"--env-file"_s, u"good.env"_s} + machine)
                           << int(ExitClean) << u"no problems found in 1 file"_s;
    QTest::newRow("clean is clean when strict")
        << (QStringList{u"-f"_s, u"good.yaml"_s, u"--env-file"_s, u"good.env"_s, u"--strict"_s} + machine)
        << int(ExitClean) << u"no problems"_s;
    QTest::newRow("warnings pass") << (QStringList{u"-f"_s, u"hardening.yaml"_s} + machine) << int(ExitClean)
                                   << u"hardening.yaml:6:9: warning: Spark master RPC port 7077"_s;
    QTest::newRow("warnings fail when strict") << (QStringList{u"-f"_s, u"hardening.yaml"_s, u"--strict"_s} + machine)
                                               << int(ExitWarnings) << u"0 error(s), 12 warning(s)"_s;
    QTest::newRow("suggestion on the next line") << (QStringList{u"-f"_s, u"hardening.yaml"_s} + machine)
                                                 << int(ExitClean) << u"[ports.internal-published]\n    move it to expose"_s;
    QTest::newRow("errors") << (QStringList{u"-f"_s, u"structure-types.yaml"_s} + machine) << int(ExitErrors)
                            << u"structure-types.yaml:4:12: error: services.api.ports must be a list"_s;
    QTest::newRow("production file") << (QStringList{u"-f"_s, u"docker-compose.prod.yml"_s, u"--env-file"_s,
                                                     u"prod.env"_s, u"--strict"_s} + machine)
                                     << int(ExitWarnings) << u"[ports.database-production]"_s;
    QTest::newRow("production flag") << (QStringList{u"-f"_s, u"hardening.yaml"_s, u"--production"_s} + machine)
                                     << int(ExitClean) << u"hardening.yaml:19:9: warning: PostgreSQL port 5432 is published to the host in a production file"_s;
    QTest::newRow("required variable unset") << (QStringList{u"-f"_s, u"docker-compose.prod.yml"_s} + machine)
                                             << int(ExitErrors) << u"error:"_s;
    QTest::newRow("unset variables are reported once, by the loader")
        << (QStringList{u"-f"_s, u"unset-variables.yaml"_s} + machine) << int(ExitClean)
        << u"unset-variables.yaml:8:9: warning:"_s;
    QTest::newRow("missing file") << QStringList{u"-f"_s, u"no-such-file.yaml"_s} << int(ExitErrors)
                                  << u"no-such-file.yaml:1:1: error:"_s;
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s} << int(ExitErrors) << QString();
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << int(ExitErrors) << QString();
}

void TestCheckCommand::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Run run = check(args);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out + run.err));
    QCOMPARE(run.status, status);
}

void TestCheckCommand::invalidYamlIsALocatedError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"compose.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("services:\n  web:\n    image: [nginx\n");
    file.close();
    const Run run = check({}, dir.path()); // discovery finds compose.yaml
    QCOMPARE(run.status, int(ExitErrors));
    static const QRegularExpression located(u"^.*compose\\.yaml:\\d+:\\d+: error: "_s,
                                            QRegularExpression::MultilineOption);
    QVERIFY2(located.match(run.out).hasMatch(), qPrintable(run.out));
}

void TestCheckCommand::json()
{
    const Run run = check(QStringList{u"-f"_s, u"resources.yaml"_s, u"--format"_s, u"json"_s} + machine);
    QCOMPARE(run.status, int(ExitErrors));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    const QJsonArray findings = doc[u"findings"_s].toArray();
    const QJsonObject summary = doc[u"summary"_s].toObject();
    QCOMPARE(summary[u"errors"_s].toInt(), 4);
    QCOMPARE(summary[u"exitStatus"_s].toInt(), int(ExitErrors));
    int errors = 0, warnings = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *field : {"severity", "file", "line", "column", "path", "ruleId", "message", "suggestion"})
            QVERIFY2(f.contains(QLatin1String(field)), field);
        errors += f[u"severity"_s].toString() == u"error"_s;
        warnings += f[u"severity"_s].toString() == u"warning"_s;
    }
    QCOMPARE(errors, summary[u"errors"_s].toInt());
    QCOMPARE(warnings, summary[u"warnings"_s].toInt());
    const auto memory = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &v) {
        return v[u"ruleId"_s].toString() == u"resources.invalid"_s && v[u"line"_s].toInt() == 8;
    });
    QVERIFY(memory != findings.end());
    QCOMPARE((*memory)[u"column"_s].toInt(), 19);
    QCOMPARE((*memory)[u"path"_s].toString(), u"services.spark-master.deploy.resources.limits.memory"_s);
}

// Files nobody here wrote: load + validate never crash, and every finding says where, what and how to fix.
void TestCheckCommand::corpusLoadsAndEveryFindingIsComplete()
{
    const QDir corpus(QStringLiteral(STACKDECK_SHARED_DIR "/corpus/compose"));
    const QStringList files = corpus.entryList({u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("../shared/corpus/compose is absent");
    int loaded = 0, findings = 0;
    for (const QString &name : files) {
        ComposeLoadOptions options;
        options.files = {corpus.filePath(name)};
        options.useProcessEnvironment = false;
        const Result<ComposeProject> project = ComposeLoader::load(options);
        if (!project)
            continue;
        ++loaded;
        for (const Finding &f : Validator::validate(project.value())) {
            ++findings;
            QVERIFY2(f.location.isValid() && !f.location.file.isEmpty(), qPrintable(f.toLine()));
            QVERIFY2(!f.ruleId.isEmpty() && !f.message.isEmpty(), qPrintable(f.toLine()));
            if (!f.ruleId.startsWith(u"interpolation."_s) && !f.ruleId.startsWith(u"extends."_s))
                QVERIFY2(!f.suggestion.isEmpty(), qPrintable(f.toLine()));
        }
    }
    qInfo("corpus: %d of %lld files loaded, %d findings", loaded, qlonglong(files.size()), findings);
    QVERIFY(loaded > files.size() / 2);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
