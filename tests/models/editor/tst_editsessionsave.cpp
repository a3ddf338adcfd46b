#include "models/editor/editsession.h"
#include "tst_editsessionfixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::SessionFixture;

class TestEditSessionSave : public QObject
{
    Q_OBJECT

private slots:
    void saveWritesEnv0600();
    void saveCreatesEnvFile();
    void saveRefusesOnErrors();
    void saveRefusesWhenChangedOnDisk();
    void addDuplicateService();
    void removeServiceWithReferences();
    void removeServiceListReferences();
};

namespace {

QString message(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

} // namespace

void TestEditSessionSave::saveWritesEnv0600()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".env")), demoEnv()));
    QFile::setPermissions(dir.filePath(QStringLiteral(".env")), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    QVERIFY2(!session.hasErrors(), qPrintable(session.findings().isEmpty() ? QString() : session.findings().constFirst().toLine()));
    const QString secret = QStringLiteral("tok-9f8e7d6c");
    QVERIFY(session.setSecret(QStringLiteral("streamlit"), QStringLiteral("STREAMLIT_TOKEN"), secret).ok());
    QVERIFY(session.setValue(QStringLiteral("redis"), {QStringLiteral("image")}, QStringLiteral("redis:7.4-alpine")).ok());
    QSignalSpy saved(&session, &EditSession::saved);
    const Status s = session.save(QStringLiteral("test save"));
    QVERIFY2(s.ok(), qPrintable(message(s)));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toStringList().size(), 2);
    const QString env = dir.filePath(QStringLiteral(".env"));
    QVERIFY(readFile(env).contains(QByteArray("STREAMLIT_TOKEN=" + secret.toUtf8())));
    QCOMPARE(QFileInfo(env).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray compose = readFile(dir.filePath(QStringLiteral("compose.yaml")));
    QVERIFY(compose.contains("STREAMLIT_TOKEN: ${STREAMLIT_TOKEN}"));
    QVERIFY(compose.contains("redis:7.4-alpine"));
    QVERIFY(!compose.contains(secret.toUtf8()));
    QVERIFY(!session.isModified());
    QVERIFY(session.editLog().isEmpty());
    QVERIFY(session.changedOnDisk().isEmpty());
}

void TestEditSessionSave::saveCreatesEnvFile()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("editor/session/lists.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString env = dir.filePath(QStringLiteral(".env"));
    QVERIFY(!QFileInfo::exists(env));
    const QString secret = QStringLiteral("p@ss w0rd! $HOME");
    const Status s = session.setSecret(QStringLiteral("web"), QStringLiteral("DB_PASSWORD"), secret);
    QVERIFY2(s.ok(), qPrintable(message(s)));
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QVERIFY(session.text(file).contains("      - DB_PASSWORD=${DB_PASSWORD}\n"));
    QVERIFY(!session.text(file).contains(secret.toUtf8()));
    QVERIFY(session.files().contains(env));
    const Status saved = session.save(QStringLiteral("secret"));
    QVERIFY2(saved.ok(), qPrintable(message(saved)));
    QVERIFY(QFileInfo::exists(env));
    QCOMPARE(QFileInfo(env).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    // A fresh session reads the same value back from the written .env.
    EditSession again;
    QVERIFY(again.open(optionsFor(dir)).ok());
    QCOMPARE(again.project().variables.value(QStringLiteral("DB_PASSWORD")), secret);
    QVERIFY(!readFile(file).contains(secret.toUtf8()));
}

void TestEditSessionSave::saveRefusesOnErrors()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("edit/spark-cluster.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    // A dependency on a service that does not exist is an error finding.
    QVERIFY(session.setValue(QStringLiteral("history"), {QStringLiteral("depends_on")}, QStringLiteral("nosuch")).ok()
            || session.setList(QStringLiteral("history"), {QStringLiteral("depends_on")}, {QStringLiteral("nosuch")}).ok());
    QVERIFY(session.hasErrors());
    const Status s = session.save(QStringLiteral("bad"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().location.isValid());
    QCOMPARE(readFile(file), session.loadedText(file));
}

void TestEditSessionSave::saveRefusesWhenChangedOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("edit/spark-cluster.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QVERIFY(session.setValue(QStringLiteral("spark-worker"), {QStringLiteral("deploy"), QStringLiteral("replicas")}, QStringLiteral("3")).ok());
    // Someone else edits the file.
    QByteArray external = readFile(file);
    external.replace("container_name: spark-master", "container_name: spark-master-main");
    QVERIFY(writeFile(file, external));
    QCOMPARE(session.changedOnDisk(), QStringList{file});
    const Status s = session.save(QStringLiteral("replicas"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().hint.contains(QLatin1String("reload")));
    QCOMPARE(readFile(file), external);
    // Reload keeps both: theirs from disk, ours re-applied.
    const Status r = session.reloadKeepingEdits();
    QVERIFY2(r.ok(), qPrintable(message(r)));
    QVERIFY(session.text(file).contains("container_name: spark-master-main"));
    QVERIFY(session.text(file).contains("replicas: 3"));
    QCOMPARE(session.editLog().size(), 1);
    QVERIFY2(session.save(QStringLiteral("replicas")).ok(), qPrintable(session.findings().isEmpty() ? QString() : session.findings().constFirst().toLine()));
    QVERIFY(readFile(file).contains("replicas: 3"));
    QVERIFY(readFile(file).contains("spark-master-main"));

    // A text edit made on the old version is reported, the disk version kept.
    session.setText(file, session.text(file) + "# note\n");
    QVERIFY(writeFile(file, readFile(file) + "# theirs\n"));
    QVERIFY(!session.reloadKeepingEdits().ok());
    QVERIFY(session.text(file).endsWith("# theirs\n"));
}

void TestEditSessionSave::addDuplicateService()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QVERIFY2(session.addService(QStringLiteral("cache2"), QStringLiteral("redis:7")).ok(), "add");
    QCOMPARE(session.value(QStringLiteral("cache2"), {QStringLiteral("image")}).value, QStringLiteral("redis:7"));
    QVERIFY(session.text(file).contains("\n  cache2:\n    image: redis:7\n"));
    QVERIFY(!session.addService(QStringLiteral("cache2"), QStringLiteral("redis:7")).ok());
    QVERIFY(!session.addService(QStringLiteral("bad name"), QStringLiteral("redis:7")).ok());

    const Status d = session.duplicateService(QStringLiteral("spark-worker-1"), QStringLiteral("spark-worker-3"));
    QVERIFY2(d.ok(), qPrintable(message(d)));
    QVERIFY(session.text(file).contains("  spark-worker-3:\n    <<: *spark-worker\n"));
    const FieldValue memory = session.value(QStringLiteral("spark-worker-1"), {QStringLiteral("deploy"), QStringLiteral("resources"),
                                                                               QStringLiteral("limits"), QStringLiteral("memory")});
    QVERIFY(memory.sharedWith.contains(QStringLiteral("spark-worker-3")));
    const Status f = session.duplicateService(QStringLiteral("fastapi"), QStringLiteral("fastapi-2"));
    QVERIFY2(f.ok(), qPrintable(message(f)));
    QVERIFY(session.project().service(QStringLiteral("fastapi-2")) != nullptr);
    QCOMPARE(session.project().service(QStringLiteral("fastapi-2"))->image, session.project().service(QStringLiteral("fastapi"))->image);
    QVERIFY(session.loadError().isEmpty());
    // A copy drops container_name (two containers cannot share one).
    QVERIFY(session.duplicateService(QStringLiteral("postgres"), QStringLiteral("postgres-2")).ok());
    QVERIFY(session.project().service(QStringLiteral("postgres-2")) != nullptr);
    QVERIFY(!session.value(QStringLiteral("postgres-2"), {QStringLiteral("container_name")}).isSet);
}

void TestEditSessionSave::removeServiceWithReferences()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QList<Finding> refs = session.referencesTo(QStringLiteral("postgres"));
    QVERIFY(refs.size() >= 2);
    for (const Finding &f : refs)
        QVERIFY2(f.location.isValid() && f.path.contains(QLatin1String(".depends_on.")), qPrintable(f.path));
    const EditSession::Texts before = session.texts();
    QVERIFY(!session.removeService(QStringLiteral("postgres"), false).ok());
    QCOMPARE(session.texts(), before);
    const Status s = session.removeService(QStringLiteral("postgres"), true);
    QVERIFY2(s.ok(), qPrintable(message(s)));
    QVERIFY(session.project().service(QStringLiteral("postgres")) == nullptr);
    QVERIFY(session.referencesTo(QStringLiteral("postgres")).isEmpty());
    QVERIFY(session.project().service(QStringLiteral("fastapi")) != nullptr);
    QVERIFY(session.loadError().isEmpty());
    for (const Finding &f : session.findings())
        QVERIFY2(!f.message.contains(QLatin1String("postgres")) || f.severity != Severity::Error, qPrintable(f.toLine()));
}

void TestEditSessionSave::removeServiceListReferences()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("editor/session/lists.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QList<Finding> refs = session.referencesTo(QStringLiteral("web"));
    QCOMPARE(refs.size(), 2); // network_mode: service:web, depends_on: [web]
    // The only entry of a mapping goes with its key.
    QVERIFY(session.setValue(QStringLiteral("worker"), {QStringLiteral("labels"), QStringLiteral("team")}, QStringLiteral("data")).ok());
    QVERIFY(session.removeValue(QStringLiteral("worker"), {QStringLiteral("labels"), QStringLiteral("team")}).ok());
    QVERIFY(!session.text(dir.filePath(QStringLiteral("compose.yaml"))).contains("labels"));
    QVERIFY(session.removeService(QStringLiteral("web"), true).ok());
    const QByteArray text = session.text(dir.filePath(QStringLiteral("compose.yaml")));
    QVERIFY(!text.contains("web"));
    QVERIFY(text.contains("  worker:\n    image: busybox:1.36\n"));
}

QTEST_GUILESS_MAIN(TestEditSessionSave)
#include "tst_editsessionsave.moc"
