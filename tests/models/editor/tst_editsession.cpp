#include "models/edit/linediff.h"
#include "models/editor/editsession.h"
#include "tst_editsessionfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackdeck;
using namespace Stackdeck::SessionFixture;

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void setMemory_data();
    void setMemory();
    void valueReportsAnchor();
    void listsAndEnvironmentList();
    void topLevelValues();
    void overrideFiles();
    void openInvalidYaml();
    void invalidTextKeepsLastProject();
    void secretGoesToEnvFile();
    void restoreRoundTrip();
    void secretNames_data();
    void secretNames();
};

void TestEditSession::setMemory_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<QString>("rawPath");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QByteArray>("removedLine"); // empty: insertion
    QTest::addColumn<QByteArray>("addedLine");   // one of the added lines
    QTest::addColumn<int>("added");

    QTest::newRow("demo worker edits the anchor")
        << demoDir() << "spark-worker-1" << "deploy.resources.limits.memory" << "4G"
        << "x-spark-worker.deploy.resources.limits.memory" << "spark-worker"
        << QByteArray("        memory: 3G\n") << QByteArray("        memory: 4G\n") << 1;
    QTest::newRow("demo master own value")
        << demoDir() << "spark-master" << "deploy.resources.limits.memory" << "3G"
        << "services.spark-master.deploy.resources.limits.memory" << ""
        << QByteArray("          memory: 2G\n") << QByteArray("          memory: 3G\n") << 1;
    QTest::newRow("demo insert into anchor")
        << demoDir() << "spark-worker-2" << "deploy.resources.limits.pids" << "200"
        << "x-spark-worker.deploy.resources.limits.pids" << "spark-worker"
        << QByteArray() << QByteArray("        pids: 200\n") << 1;
    QTest::newRow("spark-cluster keeps the comment")
        << dataFile(QStringLiteral("edit/spark-cluster.yml")) << "spark-worker" << "deploy.resources.limits.memory" << "8G"
        << "services.spark-worker.deploy.resources.limits.memory" << ""
        << QByteArray("          memory: 7G   # leaves 1G for the OS\n")
        << QByteArray("          memory: 8G   # leaves 1G for the OS\n") << 1;
    QTest::newRow("spark-cluster insert deploy")
        << dataFile(QStringLiteral("edit/spark-cluster.yml")) << "history" << "deploy.resources.limits.memory" << "1G"
        << "services.history.deploy.resources.limits.memory" << ""
        << QByteArray() << QByteArray("          memory: 1G\n") << 4;
    QTest::newRow("production flow mapping")
        << dataFile(QStringLiteral("edit/production-stack.yml")) << "dashboard" << "deploy.resources.limits.memory" << "1G"
        << "services.dashboard.deploy.resources.limits.memory" << ""
        << QByteArray("    deploy: {resources: {limits: {cpus: \"1.0\", memory: 512M}}}\n")
        << QByteArray("    deploy: {resources: {limits: {cpus: \"1.0\", memory: 1G}}}\n") << 1;
    QTest::newRow("production insert")
        << dataFile(QStringLiteral("edit/production-stack.yml")) << "api" << "deploy.resources.limits.memory" << "2G"
        << "services.api.deploy.resources.limits.memory" << ""
        << QByteArray() << QByteArray("          memory: 2G\n") << 4;
}

void TestEditSession::setMemory()
{
    QFETCH(QString, source);
    QFETCH(QString, service);
    QFETCH(QString, path);
    QFETCH(QString, newValue);
    QFETCH(QString, rawPath);
    QFETCH(QString, anchor);
    QFETCH(QByteArray, removedLine);
    QFETCH(QByteArray, addedLine);
    QFETCH(int, added);

    QTemporaryDir dir;
    QVERIFY(copyInto(source, dir));
    EditSession session;
    const Status opened = session.open(optionsFor(dir));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    const QStringList keys = path.split(u'.');

    const FieldValue before = session.value(service, keys);
    QCOMPARE(before.file, file);
    QCOMPARE(before.rawPath.join(u'.'), rawPath);
    QCOMPARE(before.anchor, anchor);
    QCOMPARE(before.isSet, !removedLine.isEmpty());

    QSignalSpy changed(&session, &EditSession::changed);
    const Status set = session.setValue(service, keys, newValue);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.loadError().isEmpty());

    const QList<LineDiff::Line> diff = LineDiff::compare(session.loadedText(file), session.text(file));
    QList<QByteArray> removed;
    QList<QByteArray> addedLines;
    for (const LineDiff::Line &l : diff) {
        if (l.kind == LineDiff::Line::Kind::Removed)
            removed.append(l.text);
        if (l.kind == LineDiff::Line::Kind::Added)
            addedLines.append(l.text);
    }
    QCOMPARE(removed.size(), removedLine.isEmpty() ? 0 : 1);
    if (!removedLine.isEmpty())
        QCOMPARE(removed.constFirst(), removedLine);
    QCOMPARE(addedLines.size(), added);
    QVERIFY2(addedLines.contains(addedLine), addedLines.join().constData());

    const FieldValue after = session.value(service, keys);
    QVERIFY(after.isSet);
    QCOMPARE(after.value, newValue);
    QCOMPARE(after.resolved, newValue);
    QCOMPARE(after.rawPath.join(u'.'), rawPath);
    QCOMPARE(session.changes().size(), 1);
    QCOMPARE(session.editLog().size(), 1);
    // Nothing touched the disk.
    QCOMPARE(readFile(file), session.loadedText(file));
}

void TestEditSession::valueReportsAnchor()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const FieldValue memory = session.value(QStringLiteral("spark-worker-1"), {QStringLiteral("deploy"), QStringLiteral("resources"),
                                                                                QStringLiteral("limits"), QStringLiteral("memory")});
    QVERIFY(memory.isSet);
    QCOMPARE(memory.value, QStringLiteral("3G"));
    QCOMPARE(memory.anchor, QStringLiteral("spark-worker"));
    QCOMPARE(memory.sharedWith, QStringList{QStringLiteral("spark-worker-2")});
    QCOMPARE(memory.location.line, 39);

    // Written before interpolation: value keeps ${...}, resolved is empty without .env.
    const FieldValue password = session.value(QStringLiteral("postgres"), {QStringLiteral("environment"), QStringLiteral("POSTGRES_PASSWORD")});
    QVERIFY(password.isSet);
    QVERIFY2(password.value.startsWith(QLatin1String("${POSTGRES_PASSWORD:?")), qPrintable(password.value));

    // restart comes from the nested anchor x-hardened through x-spark-worker.
    const FieldValue restart = session.value(QStringLiteral("spark-worker-1"), {QStringLiteral("restart")});
    QCOMPARE(restart.rawPath.join(u'.'), QStringLiteral("x-hardened.restart"));
    QCOMPARE(restart.anchor, QStringLiteral("hardened"));
    QVERIFY(restart.sharedWith.contains(QStringLiteral("spark-master")));

    // An unset key of a service with its own mapping goes there.
    const FieldValue missing = session.value(QStringLiteral("fastapi"), {QStringLiteral("stop_grace_period")});
    QVERIFY(!missing.isSet);
    QCOMPARE(missing.rawPath.join(u'.'), QStringLiteral("services.fastapi.stop_grace_period"));
    QVERIFY(missing.anchor.isEmpty());
}

void TestEditSession::listsAndEnvironmentList()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("editor/session/lists.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    const QString web = QStringLiteral("web");

    // Append to a block list through setValue(index == size): style and the comment stay.
    QVERIFY(session.setValue(web, {QStringLiteral("ports"), QStringLiteral("2")}, QStringLiteral("127.0.0.1:9090:9090")).ok());
    QVERIFY2(session.text(file).contains("      - \"8080:80\"   # public\n      - \"8443:443\"\n      - \"127.0.0.1:9090:9090\"\n"), session.text(file).constData());
    // Flow lists stay flow.
    QVERIFY(session.setList(web, {QStringLiteral("expose")}, {QStringLiteral("9000"), QStringLiteral("9001")}).ok());
    QVERIFY(session.text(file).contains("expose: [\"9000\", \"9001\"]"));
    // A string command becomes a list.
    QVERIFY(session.setList(web, {QStringLiteral("command")}, {QStringLiteral("nginx"), QStringLiteral("-g"), QStringLiteral("daemon off;")}).ok());
    QCOMPARE(session.project().service(web) != nullptr, true);
    QVERIFY2(session.text(file).contains("command: [nginx, -g, daemon off;]"), session.text(file).constData());
    // An absent list is added.
    QVERIFY(session.setList(web, {QStringLiteral("cap_drop")}, {QStringLiteral("ALL")}).ok());
    QCOMPARE(session.value(web, {QStringLiteral("cap_drop"), QStringLiteral("0")}).value, QStringLiteral("ALL"));
    // Index 0 of an absent list starts a list.
    QVERIFY(session.setValue(QStringLiteral("worker"), {QStringLiteral("ports"), QStringLiteral("0")}, QStringLiteral("127.0.0.1:7000:7000")).ok());
    QVERIFY2(session.text(file).contains("    ports: [127.0.0.1:7000:7000]\n"), session.text(file).constData());
    QVERIFY(session.setValue(QStringLiteral("worker"), {QStringLiteral("ports"), QStringLiteral("1")}, QStringLiteral("22:22")).ok());
    QVERIFY2(session.text(file).contains("    ports: [127.0.0.1:7000:7000, \"22:22\"]\n"), session.text(file).constData());
    QCOMPARE(session.project().service(QStringLiteral("worker"))->ports.size(), 2);
    QVERIFY(session.removeValue(QStringLiteral("worker"), {QStringLiteral("ports"), QStringLiteral("1")}).ok());
    QVERIFY(session.removeValue(QStringLiteral("worker"), {QStringLiteral("ports"), QStringLiteral("0")}).ok());
    QVERIFY(!session.text(file).contains("7000"));
    // Removing the only item removes the key.
    QVERIFY(session.removeValue(QStringLiteral("worker"), {QStringLiteral("cap_drop"), QStringLiteral("0")}).ok());
    QVERIFY(!session.text(file).contains("    cap_drop:\n      - ALL\n"));
    QVERIFY(!session.value(QStringLiteral("worker"), {QStringLiteral("cap_drop")}).isSet);

    // environment as a list: edit, append, remove items by name.
    QVERIFY(session.setValue(web, {QStringLiteral("environment"), QStringLiteral("DEBUG")}, QStringLiteral("1")).ok());
    QVERIFY(session.text(file).contains("      - DEBUG=1\n"));
    QVERIFY(session.setValue(web, {QStringLiteral("environment"), QStringLiteral("LOG_LEVEL")}, QStringLiteral("info")).ok());
    QVERIFY(session.text(file).contains("      - LOG_LEVEL=info\n"));
    QVERIFY(session.removeValue(web, {QStringLiteral("environment"), QStringLiteral("MODE")}).ok());
    QVERIFY(!session.text(file).contains("MODE=production"));
    QVERIFY(session.loadError().isEmpty());
    QVERIFY(session.editLog().size() >= 8);
    // A misspelt service never becomes a new one.
    const EditSession::Texts before = session.texts();
    QVERIFY(!session.setValue(QStringLiteral("wbe"), {QStringLiteral("image")}, QStringLiteral("x")).ok());
    QVERIFY(!session.setList(QStringLiteral("wbe"), {QStringLiteral("ports")}, {QStringLiteral("80")}).ok());
    QVERIFY(!session.setSecret(QStringLiteral("wbe"), QStringLiteral("A_TOKEN"), QStringLiteral("x")).ok());
    QCOMPARE(session.texts(), before);
}

void TestEditSession::topLevelValues()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("edit/spark-cluster.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    QVERIFY(session.topValue({QStringLiteral("name")}).isSet);
    QVERIFY(session.setTopValue({QStringLiteral("networks"), QStringLiteral("backend"), QStringLiteral("driver")}, QStringLiteral("bridge")).ok());
    QCOMPARE(session.topValue({QStringLiteral("networks"), QStringLiteral("backend"), QStringLiteral("driver")}).value, QStringLiteral("bridge"));
    QVERIFY(session.removeTopValue({QStringLiteral("name")}).ok());
    QVERIFY(!session.topValue({QStringLiteral("name")}).isSet);
}

void TestEditSession::overrideFiles()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("editor/session/override")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString base = dir.filePath(QStringLiteral("compose.yaml"));
    const QString over = dir.filePath(QStringLiteral("compose.override.yaml"));
    QCOMPARE(session.files(), (QStringList{base, over, dir.filePath(QStringLiteral(".env"))}));
    const FieldValue level = session.value(QStringLiteral("api"), {QStringLiteral("environment"), QStringLiteral("LOG_LEVEL")});
    QCOMPARE(level.file, over);
    QCOMPARE(level.value, QStringLiteral("debug"));
    QCOMPARE(session.value(QStringLiteral("api"), {QStringLiteral("restart")}).file, base);
    QVERIFY(session.setValue(QStringLiteral("api"), {QStringLiteral("environment"), QStringLiteral("LOG_LEVEL")}, QStringLiteral("warning")).ok());
    QVERIFY(session.setValue(QStringLiteral("api"), {QStringLiteral("restart")}, QStringLiteral("always")).ok());
    QCOMPARE(session.changes().size(), 2);
    QVERIFY(session.text(over).contains("LOG_LEVEL: warning"));
    QVERIFY(session.text(base).contains("LOG_LEVEL: info"));
    QVERIFY(session.text(base).contains("restart: always"));
    QCOMPARE(session.project().variables.value(QStringLiteral("API_TOKEN")), QStringLiteral("abc123"));
    // A copy drops container_name (two containers cannot share one); the original keeps it.
    QVERIFY(session.duplicateService(QStringLiteral("db"), QStringLiteral("db-2")).ok());
    QVERIFY(session.text(base).contains("  db-2:\n    image: postgres:16\n"));
    QVERIFY(!session.value(QStringLiteral("db-2"), {QStringLiteral("container_name")}).isSet);
    QCOMPARE(session.value(QStringLiteral("db"), {QStringLiteral("container_name")}).value, QStringLiteral("app-db"));
    // Removing the only port removes ports: from the override file that writes it.
    QVERIFY(session.removeValue(QStringLiteral("api"), {QStringLiteral("ports"), QStringLiteral("0")}).ok());
    QVERIFY(!session.text(over).contains("ports"));
}

void TestEditSession::openInvalidYaml()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QVERIFY(writeFile(file, "services:\n  web:\n    image: [nginx\n"));
    EditSession session;
    ComposeLoadOptions options = optionsFor(dir);
    options.files = {QStringLiteral("compose.yaml")};
    QVERIFY(!session.open(options).ok());
    QVERIFY(!session.loadError().isEmpty());
    QCOMPARE(session.text(file), QByteArray("services:\n  web:\n    image: [nginx\n"));
    session.setText(file, "services:\n  web:\n    image: nginx\n");
    QVERIFY2(session.loadError().isEmpty(), qPrintable(session.loadError()));
    QVERIFY(session.project().service(QStringLiteral("web")) != nullptr);
}

void TestEditSession::invalidTextKeepsLastProject()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(dataFile(QStringLiteral("edit/spark-cluster.yml")), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QSignalSpy changed(&session, &EditSession::changed);
    const QByteArray broken = session.text(file) + "  broken: [unclosed\n    x: {\n";
    session.setText(file, broken);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.text(file), broken);
    QVERIFY(!session.loadError().isEmpty());
    QVERIFY2(session.loadError().contains(QRegularExpression(QStringLiteral("compose\\.yaml:\\d+:\\d+"))), qPrintable(session.loadError()));
    QVERIFY(session.hasErrors());
    QVERIFY(session.project().service(QStringLiteral("spark-master")) != nullptr);
    QCOMPARE(session.project().services.size(), 3);
    // Form edits refuse on text that does not parse, and change nothing.
    QVERIFY(!session.setValue(QStringLiteral("history"), {QStringLiteral("user")}, QStringLiteral("1002")).ok());
    QCOMPARE(session.text(file), broken);
    QVERIFY(!session.save(QStringLiteral("broken")).ok());
    QCOMPARE(readFile(file), session.loadedText(file));
}

void TestEditSession::secretGoesToEnvFile()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".env")), demoEnv()));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const QString env = dir.filePath(QStringLiteral(".env"));
    QCOMPARE(session.envFile(), env);
    const QString secret = QStringLiteral("sk-live 'quoted' #notacomment");
    const Status s = session.setSecret(QStringLiteral("streamlit"), QStringLiteral("OPENAI_API_TOKEN"), secret);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    const QString file = dir.filePath(QStringLiteral("compose.yaml"));
    QVERIFY(session.text(file).contains("OPENAI_API_TOKEN: ${OPENAI_API_TOKEN}"));
    QVERIFY(!session.text(file).contains(secret.toUtf8()));
    QVERIFY(session.text(env).startsWith(demoEnv()));
    QCOMPARE(session.project().variables.value(QStringLiteral("OPENAI_API_TOKEN")), secret);
    QCOMPARE(session.value(QStringLiteral("streamlit"), {QStringLiteral("environment"), QStringLiteral("OPENAI_API_TOKEN")}).resolved, secret);
    for (const QString &line : session.editLog())
        QVERIFY(!line.contains(secret));
    bool envMarkedSecret = false;
    for (const EditSession::FileChange &c : session.changes())
        envMarkedSecret = envMarkedSecret || (c.file == env && c.secret);
    QVERIFY(envMarkedSecret);
}

void TestEditSession::restoreRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(copyInto(demoDir(), dir));
    EditSession session;
    QVERIFY(session.open(optionsFor(dir)).ok());
    const EditSession::Texts original = session.texts();
    QVERIFY(session.setValue(QStringLiteral("redis"), {QStringLiteral("image")}, QStringLiteral("redis:7.4")).ok());
    const EditSession::Texts edited = session.texts();
    QVERIFY(edited != original);
    QVERIFY(session.isModified());
    QSignalSpy changed(&session, &EditSession::changed);
    session.restore(original);   // undo
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.texts(), original);
    QVERIFY(!session.isModified());
    QVERIFY(session.project().service(QStringLiteral("redis"))->image != QStringLiteral("redis:7.4"));
    session.restore(edited);     // redo
    QCOMPARE(session.project().service(QStringLiteral("redis"))->image, QStringLiteral("redis:7.4"));
}

void TestEditSession::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("password") << "POSTGRES_PASSWORD" << true;
    QTest::newRow("lower") << "db_passwd" << true;
    QTest::newRow("token") << "GITHUB_TOKEN" << true;
    QTest::newRow("api key") << "API_SECRET_KEY" << true;
    QTest::newRow("credential") << "AWS_CREDENTIALS" << true;
    QTest::newRow("plain") << "SPARK_WORKER_MEMORY" << false;
    QTest::newRow("mode") << "SPARK_MODE" << false;
}

void TestEditSession::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(EditSession::isSecretName(name), secret);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
