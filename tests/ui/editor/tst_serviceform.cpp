#include "formsfixture.h"

#include "models/core/quantity.h"
#include "models/edit/linediff.h"
#include "models/editor/editsession.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/serviceform.h"
#include "ui/editor/stackform.h"

#include <QListWidget>

#include <QDirIterator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <QUndoStack>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineEdit(ServiceForm &form, const QString &path)
{
    return qobject_cast<QLineEdit *>(form.field(path));
}

// Types into a field the way a person does: select all, type, Return (editingFinished).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QSet<QString> errorKeys(const Findings &findings)
{
    QSet<QString> keys;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            keys.insert(f.ruleId + u' ' + f.path);
    }
    return keys;
}

bool onlyValueLinesChanged(const QByteArray &before, const QByteArray &after, const QString &oldValue,
                           const QString &newValue, QString *why)
{
    const QList<LineDiff::Line> lines = LineDiff::compare(before, after);
    const LineDiff::Stats stats = LineDiff::stats(lines);
    if (stats.removed == 0 || stats.removed != stats.added) {
        *why = u"removed %1, added %2"_s.arg(stats.removed).arg(stats.added);
        return false;
    }
    for (const LineDiff::Line &line : lines) {
        const QString text = QString::fromUtf8(line.text);
        if (line.kind == LineDiff::Line::Kind::Removed && !text.contains(oldValue)) {
            *why = u"removed line without the old value: "_s + text;
            return false;
        }
        if (line.kind == LineDiff::Line::Kind::Added && !text.contains(newValue)) {
            *why = u"added line without the new value: "_s + text;
            return false;
        }
    }
    return true;
}

struct CorpusFigures
{
    int tried = 0, withResources = 0, notLoadable = 0, noMemoryField = 0, onlyIntended = 0, schemaValid = 0, schemaValidBefore = 0,
        noNewErrors = 0, composeValid = 0, composeRejectedBefore = 0, composeChecked = 0;
};
CorpusFigures figures;

} // namespace

class TestServiceForm : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void memoryEditChangesOnlyItsLineAndUndoes();
    void invalidValueStaysAndShowsInline();
    void secretGoesToEnvOnly();
    void publishedInternalPortWarnsInline();
    void focusField();
    void stackFormAddsAndRemoves();
    void corpus_data();
    void corpus();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_file;
};

void TestServiceForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<EditSession>();
    m_undo = std::make_unique<QUndoStack>();
    const QString failed = FormsFixture::openDemo(*m_dir, *m_session);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_file = m_dir->filePath(u"compose.yaml"_s);
}

void TestServiceForm::cleanup()
{
    m_undo.reset();
    m_session.reset();
    m_dir.reset();
}

void TestServiceForm::memoryEditChangesOnlyItsLineAndUndoes()
{
    ServiceForm form(m_session.get(), m_undo.get());
    form.setService(u"fastapi"_s);
    form.show();
    QLineEdit *memory = lineEdit(form, u"deploy.resources.limits.memory"_s);
    QVERIFY(memory);
    QCOMPARE(memory->text(), u"1G"_s);
    const QByteArray loaded = m_session->loadedText(m_file);

    typeInto(memory, u"1536M"_s);
    const QByteArray edited = m_session->text(m_file);
    QString why;
    QVERIFY2(onlyValueLinesChanged(loaded, edited, u"memory: 1G"_s, u"memory: 1536M"_s, &why), qPrintable(why));
    QCOMPARE(LineDiff::stats(LineDiff::compare(loaded, edited)).removed, 1);
    QCOMPARE(m_session->value(u"fastapi"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}).value, u"1536M"_s);
    QCOMPARE(m_undo->count(), 1);
    QVERIFY(form.row(u"deploy.resources.limits.memory"_s)->message().isEmpty());

    m_undo->undo();
    QCOMPARE(m_session->text(m_file), loaded);
    QCOMPARE(memory->text(), u"1G"_s);
    m_undo->redo();
    QCOMPARE(m_session->text(m_file), edited);
    QCOMPARE(memory->text(), u"1536M"_s);
}

void TestServiceForm::invalidValueStaysAndShowsInline()
{
    ServiceForm form(m_session.get(), m_undo.get());
    form.setService(u"fastapi"_s);
    form.show();
    QLineEdit *memory = lineEdit(form, u"deploy.resources.limits.memory"_s);
    QVERIFY(memory);
    typeInto(memory, u"lots"_s);
    QCOMPARE(memory->text(), u"lots"_s);
    FieldRow *row = form.row(u"deploy.resources.limits.memory"_s);
    QVERIFY2(!row->message().isEmpty(), "an invalid memory value must show a message at the field");
    // Other fields refreshing (a change elsewhere) keep the person's text.
    typeInto(lineEdit(form, u"deploy.resources.limits.cpus"_s), u"0.75"_s);
    QCOMPARE(memory->text(), u"lots"_s);
}

void TestServiceForm::secretGoesToEnvOnly()
{
    ServiceForm form(m_session.get(), m_undo.get());
    form.setService(u"fastapi"_s);
    form.show();
    auto *secret = lineEdit(form, u"environment.API_SECRET_KEY"_s);
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    const QString value = u"typed-secret-9f3k2"_s;
    typeInto(secret, value);
    QVERIFY2(form.row(u"environment.API_SECRET_KEY"_s)->message().isEmpty(),
             qPrintable(form.row(u"environment.API_SECRET_KEY"_s)->message()));
    const QByteArray compose = m_session->text(m_file);
    QVERIFY(!compose.contains(value.toUtf8()));
    QVERIFY(compose.contains("${API_SECRET_KEY"));
    const QString env = m_session->envFile();
    const QByteArray expectedLine = QByteArray("API_SECRET_KEY=") + value.toUtf8();
    QVERIFY(m_session->text(env).contains(expectedLine));
    QVERIFY(!m_session->isModified() || m_session->text(m_file) == compose);

    const Status saved = m_session->save(u"forms test"_s);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
    QFile envFile(env);
    QVERIFY(envFile.open(QIODevice::ReadOnly));
    QVERIFY(envFile.readAll().contains(expectedLine));
    QCOMPARE(envFile.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QFile composeFile(m_file);
    QVERIFY(composeFile.open(QIODevice::ReadOnly));
    QVERIFY(!composeFile.readAll().contains(value.toUtf8()));
}

void TestServiceForm::publishedInternalPortWarnsInline()
{
    ServiceForm form(m_session.get(), m_undo.get());
    form.setService(u"prometheus"_s);
    form.show();
    auto *ports = qobject_cast<QPlainTextEdit *>(form.field(u"ports"_s));
    QVERIFY(ports);
    QCOMPARE(ports->toPlainText(), u"127.0.0.1:9090:9090"_s);
    ports->setPlainText(u"6379:9090"_s);
    QVERIFY(form.row(u"ports"_s)->commit());
    QCOMPARE(m_session->value(u"prometheus"_s, {u"ports"_s, u"0"_s}).value, u"6379:9090"_s);
    ports->setPlainText(u"0.0.0.0:7077:7077"_s);
    QVERIFY(form.row(u"ports"_s)->commit());
    QVERIFY2(!form.row(u"ports"_s)->message().isEmpty(), "publishing 7077 must warn at the ports field");
}

void TestServiceForm::focusField()
{
    ServiceForm form(m_session.get(), m_undo.get());
    form.setService(u"postgres"_s);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.focusField(u"healthcheck.interval"_s));
    QVERIFY(!form.focusField(u"no.such.field"_s));
    QCOMPARE(lineEdit(form, u"healthcheck.interval"_s)->text(), u"10s"_s);
}

void TestServiceForm::stackFormAddsAndRemoves()
{
    StackForm form(m_session.get(), m_undo.get());
    const QByteArray loaded = m_session->text(m_file);
    QCOMPARE(form.serviceList()->count(), 11);
    QVERIFY(form.addNetwork(u"extra"_s, u"bridge"_s).ok());
    QVERIFY(!form.networkList()->findItems(u"extra"_s, Qt::MatchExactly).isEmpty());
    QCOMPARE(m_session->topValue({u"networks"_s, u"extra"_s, u"driver"_s}).value, u"bridge"_s);
    QVERIFY(form.addService(u"cache"_s, u"redis:7-alpine"_s).ok());
    QCOMPARE(form.serviceList()->count(), 12);
    QVERIFY(!form.addService(QString(), QString()).ok());
    QVERIFY(form.removeService(u"cache"_s, false).ok());
    QCOMPARE(form.serviceList()->count(), 11);
    QCOMPARE(m_undo->count(), 3);
    while (m_undo->canUndo())
        m_undo->undo();
    QCOMPARE(m_session->text(m_file), loaded);
}

void TestServiceForm::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QString dir = QStringLiteral(STACKDECK_SHARED_DIR) + u"/corpus/compose"_s;
    if (!QDir(dir).exists())
        QSKIP("the shared corpus (STACKDECK_SHARED_DIR) is not here");
    QDirIterator it(dir, {u"*.yml"_s, u"*.yaml"_s}, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    static const QRegularExpression resources(u"^\\s+resources:"_s, QRegularExpression::MultilineOption);
    for (const QString &file : std::as_const(files)) {
        ++figures.tried;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || !resources.match(QString::fromUtf8(f.readAll())).hasMatch())
            continue;
        ++figures.withResources;
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
}

namespace {
// `docker-compose config -q` with every ${NAME} of the file set to a dummy value; "" when it accepts.
QString composeConfig(const QString &dir, const QString &file)
{
    const QString exe = QStandardPaths::findExecutable(u"docker-compose"_s);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return u"unreadable"_s;
    static const QRegularExpression var(u"\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = var.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!env.contains(name))
            env.insert(name, u"1"_s);
    }
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessEnvironment(env);
    process.start(exe, {u"-f"_s, file, u"config"_s, u"-q"_s});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return u"timed out"_s;
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QString::fromUtf8(process.readAllStandardError()).trimmed().left(400);
}
}

void TestServiceForm::corpus()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    EditSession session;
    QUndoStack undo;
    ComposeLoadOptions options;
    options.files = {copy};
    options.workingDir = dir.path();
    const Status opened = session.open(options);
    if (!opened || !session.loadError().isEmpty()) {
        ++figures.notLoadable;
        QSKIP(qPrintable(u"not loadable: "_s + (opened ? session.loadError() : opened.error().toString())));
    }
    QString service;
    QStringList path;
    for (const ServiceSpec &spec : session.project().services) {
        for (const QString &kind : {u"limits"_s, u"reservations"_s}) {
            const QStringList p{u"deploy"_s, u"resources"_s, kind, u"memory"_s};
            if (service.isEmpty() && session.value(spec.name, p).isSet) {
                service = spec.name;
                path = p;
            }
        }
    }
    if (service.isEmpty()) {
        ++figures.noMemoryField;
        QSKIP("no service with deploy.resources.*.memory");
    }
    const QSet<QString> errorsBefore = errorKeys(session.findings());
    const bool haveCompose = !QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty();
    const QString composeBefore = haveCompose ? composeConfig(dir.path(), copy) : u"-"_s;

    ServiceForm form(&session, &undo);
    form.setService(service);
    QLineEdit *edit = lineEdit(form, path.join(u'.'));
    QVERIFY(edit);
    const FieldValue before = session.value(service, path);
    // A limit grows and a reservation shrinks, so the edit itself breaks no reservation <= limit rule.
    QString newValue = before.value == u"640M"_s ? u"768M"_s : u"640M"_s;
    if (const Result<qint64> bytes = Quantity::parseMemory(before.resolved); bytes && *bytes >= 2 * 1024 * 1024) {
        const qint64 mib = *bytes / (1024 * 1024);
        newValue = QString::number(path.at(2) == u"limits"_s ? mib + 256 : std::max<qint64>(1, mib / 2)) + u'M';
    }
    typeInto(edit, newValue);
    QVERIFY2(form.row(path.join(u'.'))->message().isEmpty() || session.value(service, path).value == newValue,
             qPrintable(form.row(path.join(u'.'))->message()));
    QCOMPARE(session.value(service, path).value, newValue);

    const QString target = before.file.isEmpty() ? copy : before.file;
    QString why;
    const bool onlyIntended = onlyValueLinesChanged(session.loadedText(target), session.text(target), before.value,
                                                    newValue, &why);
    if (onlyIntended)
        ++figures.onlyIntended;

    // Save through the session; a project that already had errors is refused, so write its text as is.
    const Status saved = session.save(u"corpus edit"_s);
    if (!saved) {
        QFile out(target);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(session.text(target));
    }
    EditSession reread;
    QVERIFY(reread.open(options).ok());
    const QSet<QString> errorsAfter = errorKeys(reread.findings());
    const QSet<QString> newErrors = errorsAfter - errorsBefore;
    if (newErrors.isEmpty())
        ++figures.noNewErrors;
    const auto schemaClean = [](const QSet<QString> &errors) {
        return std::none_of(errors.begin(), errors.end(), [](const QString &key) { return key.startsWith(u"structure."_s); });
    };
    if (schemaClean(errorsBefore))
        ++figures.schemaValidBefore;
    if (schemaClean(errorsAfter))
        ++figures.schemaValid;
    // The edit never makes a schema-valid file invalid.
    QVERIFY2(!schemaClean(errorsBefore) || schemaClean(errorsAfter), qPrintable(copy));

    QString composeAfter;
    if (haveCompose) {
        if (!composeBefore.isEmpty()) {
            ++figures.composeRejectedBefore;
        } else {
            ++figures.composeChecked;
            composeAfter = composeConfig(dir.path(), copy);
            if (composeAfter.isEmpty())
                ++figures.composeValid;
        }
    }
    QVERIFY2(onlyIntended, qPrintable(why));
    QVERIFY2(newErrors.isEmpty(), qPrintable(QStringList(newErrors.values()).join(u"; "_s)));
    QVERIFY2(composeAfter.isEmpty(), qPrintable(composeAfter));
}

void TestServiceForm::cleanupTestCase()
{
    if (figures.tried == 0)
        return;
    qInfo().noquote() << u"CORPUS: files tried %1, with a resources block %2, not loadable %3, no memory field %4"_s
                             .arg(figures.tried).arg(figures.withResources).arg(figures.notLoadable).arg(figures.noMemoryField);
    qInfo().noquote() << u"CORPUS: only the intended lines changed %1, no new validator errors %2, schema-valid %3 (before the edit %4)"_s
                             .arg(figures.onlyIntended).arg(figures.noNewErrors).arg(figures.schemaValid)
                             .arg(figures.schemaValidBefore);
    qInfo().noquote() << u"CORPUS: compose-config-valid %1 of %2 checked, rejected before the edit %3"_s
                             .arg(figures.composeValid).arg(figures.composeChecked).arg(figures.composeRejectedBefore);
}

QTEST_MAIN(TestServiceForm)
#include "tst_serviceform.moc"
