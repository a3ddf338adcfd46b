#include "formsfixture.h"

#include "models/edit/linediff.h"
#include "models/editor/editsession.h"
#include "ui/editor/sparkform.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

namespace {
const QStringList MemoryEnv{u"environment"_s, u"SPARK_WORKER_MEMORY"_s};
const QStringList MemoryLimit{u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s};
}

class TestSparkForm : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void containerLimit_data();
    void containerLimit();
    void detectsCluster();
    void workerMemoryWritesTheAnchor();
    void invalidMemoryKeepsText();
    void workerCount();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_file;
};

void TestSparkForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<EditSession>();
    m_undo = std::make_unique<QUndoStack>();
    const QString failed = FormsFixture::openDemo(*m_dir, *m_session);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_file = m_dir->filePath(u"compose.yaml"_s);
}

void TestSparkForm::cleanup()
{
    m_undo.reset();
    m_session.reset();
    m_dir.reset();
}

void TestSparkForm::containerLimit_data()
{
    QTest::addColumn<QString>("memory");
    QTest::addColumn<QString>("limit");
    QTest::newRow("4g") << u"4g"_s << u"4608M"_s;
    QTest::newRow("2g") << u"2g"_s << u"2560M"_s;
    QTest::newRow("8G: 10% overhead") << u"8G"_s << u"9088M"_s;
    QTest::newRow("1024m") << u"1024m"_s << u"1536M"_s;
    QTest::newRow("3584m -> whole G") << u"3584m"_s << u"4G"_s;
    QTest::newRow("bad") << u"lots"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSparkForm::containerLimit()
{
    QFETCH(QString, memory);
    QFETCH(QString, limit);
    QCOMPARE(SparkForm::containerLimitFor(memory), limit);
}

void TestSparkForm::detectsCluster()
{
    SparkForm form(m_session.get(), m_undo.get());
    QCOMPARE(form.master(), u"spark-master"_s);
    QCOMPARE(form.workers(), QStringList({u"spark-worker-1"_s, u"spark-worker-2"_s}));
    QCOMPARE(form.workerCountBox()->value(), 2);
    QCOMPARE(form.memoryEdit()->text(), u"2g"_s);
    QCOMPARE(form.coresEdit()->text(), u"2"_s);
    QCOMPARE(form.masterUrlEdit()->text(), u"spark://spark-master:7077"_s);
    QCOMPARE(form.uiPortEdit()->text(), u"8081"_s);
    QVERIFY2(form.sharedLabel()->text().contains(u"spark-worker-1, spark-worker-2"_s), qPrintable(form.sharedLabel()->text()));
    QVERIFY(form.sharedLabel()->text().contains(u"&spark-worker"_s));
}

void TestSparkForm::workerMemoryWritesTheAnchor()
{
    SparkForm form(m_session.get(), m_undo.get());
    form.show();
    const QByteArray loaded = m_session->loadedText(m_file);
    QLineEdit *memory = form.memoryEdit();
    memory->setFocus();
    memory->selectAll();
    QTest::keyClicks(memory, u"4g"_s);
    QTest::keyClick(memory, Qt::Key_Return);
    QVERIFY2(form.message().isEmpty(), qPrintable(form.message()));

    const QList<LineDiff::Line> diff = LineDiff::compare(loaded, m_session->text(m_file));
    QStringList removed, added;
    for (const LineDiff::Line &line : diff) {
        if (line.kind == LineDiff::Line::Kind::Removed)
            removed << QString::fromUtf8(line.text).trimmed();
        else if (line.kind == LineDiff::Line::Kind::Added)
            added << QString::fromUtf8(line.text).trimmed();
    }
    QCOMPARE(removed, QStringList({u"SPARK_WORKER_MEMORY: 2g"_s, u"memory: 3G"_s}));
    QCOMPARE(added.size(), 2);
    QVERIFY2(added.at(0).startsWith(u"SPARK_WORKER_MEMORY:"_s) && added.at(0).contains(u"4g"_s), qPrintable(added.at(0)));
    QCOMPARE(added.at(1), u"memory: 4608M"_s);
    // The lines are the anchor's (before the services: key).
    const int servicesLine = int(loaded.left(loaded.indexOf("\nservices:")).count('\n')) + 2;
    for (const LineDiff::Line &line : diff) {
        if (line.kind == LineDiff::Line::Kind::Removed)
            QVERIFY(line.oldLine < servicesLine);
    }
    for (const QString &worker : {u"spark-worker-1"_s, u"spark-worker-2"_s}) {
        QCOMPARE(m_session->value(worker, MemoryEnv).value, u"4g"_s);
        QCOMPARE(m_session->value(worker, MemoryLimit).value, u"4608M"_s);
    }
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QCOMPARE(m_session->text(m_file), loaded);
    QCOMPARE(form.memoryEdit()->text(), u"2g"_s);
}

void TestSparkForm::invalidMemoryKeepsText()
{
    SparkForm form(m_session.get(), m_undo.get());
    const QByteArray loaded = m_session->text(m_file);
    form.memoryEdit()->setText(u"lots"_s);
    QVERIFY(!form.setWorkerMemory(u"lots"_s).ok());
    QTest::keyClick(form.memoryEdit(), Qt::Key_Return);
    QVERIFY(!form.message().isEmpty());
    QCOMPARE(form.memoryEdit()->text(), u"lots"_s);
    QCOMPARE(m_session->text(m_file), loaded);
    QCOMPARE(m_undo->count(), 0);
}

void TestSparkForm::workerCount()
{
    SparkForm form(m_session.get(), m_undo.get());
    const QByteArray loaded = m_session->text(m_file);
    form.workerCountBox()->setValue(3);
    QVERIFY2(form.message().isEmpty(), qPrintable(form.message()));
    QVERIFY(m_session->project().service(u"spark-worker-3"_s));
    QCOMPARE(form.workers().size(), 3);
    QCOMPARE(m_session->value(u"spark-worker-3"_s, MemoryEnv).value, u"2g"_s);
    QVERIFY2(!m_session->hasErrors(), qPrintable([this] {
                 QStringList lines;
                 for (const Finding &f : m_session->findings())
                     if (f.severity == Severity::Error)
                         lines << f.toLine();
                 return lines.join(u'\n');
             }()));

    form.workerCountBox()->setValue(2);
    QVERIFY2(form.message().isEmpty(), qPrintable(form.message()));
    QVERIFY(!m_session->project().service(u"spark-worker-3"_s));
    QCOMPARE(form.workers().size(), 2);
    // Only blank lines may differ from the loaded text (the session's remove leaves the separator line).
    for (const LineDiff::Line &line : LineDiff::compare(loaded, m_session->text(m_file))) {
        if (line.kind != LineDiff::Line::Kind::Same)
            QVERIFY2(line.text.trimmed().isEmpty(),
                     qPrintable(LineDiff::unified(loaded, m_session->text(m_file), u"compose.yaml"_s)));
    }
    QVERIFY(!m_session->text(m_file).contains("spark-worker-3"));
    QCOMPARE(m_undo->count(), 2);
    m_undo->undo();
    QVERIFY(m_session->project().service(u"spark-worker-3"_s));
    m_undo->undo();
    QCOMPARE(m_session->text(m_file), loaded);
}

QTEST_MAIN(TestSparkForm)
#include "tst_sparkform.moc"
