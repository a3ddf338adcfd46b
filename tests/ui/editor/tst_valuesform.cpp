#include "ui/editor/valuesform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stackdeck;
using namespace Qt::StringLiterals;

namespace {

QString copyChart(const QTemporaryDir &tmp)
{
    const QString source = QStringLiteral(STACKDECK_TEST_DATA "/helm/spark-chart");
    const QString target = tmp.filePath(u"spark-chart"_s);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target + u'/' + rel).absolutePath());
        QFile::copy(file, target + u'/' + rel);
    }
    return target;
}

// Replaces the field's text by typing, as a person would.
void retype(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

} // namespace

class TestValuesForm final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pickEnvironmentAndPreset();
    void typeUpdatesValueAndUndoRestoresBytes();
    void invalidValueShownInline();
    void targetLayerComboWritesThatFile();
    void writeBelowOverrideShowsOverride();

private:
    void openProdGpu();

    QTemporaryDir *m_tmp = nullptr;
    QString m_chart;
    ValuesEditSession *m_session = nullptr;
    QUndoStack *m_undo = nullptr;
    ValuesForm *m_form = nullptr;
};

void TestValuesForm::init()
{
    m_tmp = new QTemporaryDir;
    m_chart = copyChart(*m_tmp);
    m_session = new ValuesEditSession;
    QVERIFY(m_session->open(m_chart));
    m_undo = new QUndoStack;
    m_form = new ValuesForm(m_session, m_undo, nullptr);
    m_form->show();
}

void TestValuesForm::cleanup()
{
    delete m_form;
    delete m_undo;
    delete m_session;
    delete m_tmp;
}

void TestValuesForm::openProdGpu()
{
    QComboBox *env = m_form->environmentPicker();
    env->setCurrentIndex(env->findText(u"prod"_s));
    QCheckBox *gpu = m_form->presetBox(u"gpu"_s);
    QVERIFY(gpu);
    gpu->click();
    QCOMPARE(m_session->environment(), u"prod"_s);
    QCOMPARE(m_session->presets(), QStringList{u"gpu"_s});
}

void TestValuesForm::pickEnvironmentAndPreset()
{
    QCOMPARE(m_form->environmentPicker()->count(), 4); // (none), dev, prod, staging
    QVERIFY(m_form->presetBox(u"cost-optimized"_s));
    QVERIFY(m_form->presetBox(u"iceberg"_s));
    openProdGpu();
    QCOMPARE(m_session->layers().size(), 3);
    QCOMPARE(m_form->targetPicker()->count(), 3);
    QCOMPARE(m_form->targetLayer(), 1); // the environment by default
    auto *memory = qobject_cast<QLineEdit *>(m_form->field(u"connect.executor.memory"_s));
    QVERIFY(memory);
    QCOMPARE(memory->text(), u"8Gi"_s);
    QVERIFY(m_form->originText(u"connect.executor.memory"_s).startsWith(u"set by preset gpu (presets/gpu-values.yaml:8)"_s));
    QVERIFY(m_form->originText(u"connect.executor.memory"_s).contains(u"overrides environment prod = 8Gi"_s));
    auto *monitor = qobject_cast<QCheckBox *>(m_form->field(u"monitoring.serviceMonitor.enabled"_s));
    QVERIFY(monitor && monitor->isChecked());
    QVERIFY(m_form->field(u"autoscaling.keda.enabled"_s)->isVisibleTo(m_form));
    m_form->presetBox(u"cost-optimized"_s)->click(); // keda: ~ removes the block
    QVERIFY(!m_form->field(u"autoscaling.keda.enabled"_s)->isVisibleTo(m_form));
    QVERIFY(m_form->field(u"autoscaling.clusterAutoscaler.enabled"_s)->isVisibleTo(m_form));
}

void TestValuesForm::typeUpdatesValueAndUndoRestoresBytes()
{
    openProdGpu();
    const ValuesEditSession::Texts original = m_session->texts();
    const QString prod = QDir(m_chart).filePath(u"environments/prod/values.yaml"_s);
    auto *instances = qobject_cast<QLineEdit *>(m_form->field(u"connect.executor.instances"_s));
    QVERIFY(instances);
    QCOMPARE(instances->text(), u"4"_s);
    retype(instances, u"12"_s);
    QCOMPARE(instances->text(), u"12"_s);
    QCOMPARE(m_session->explain(u"connect.executor.instances"_s).value->value, u"12"_s);
    QVERIFY(m_form->originText(u"connect.executor.instances"_s)
                .startsWith(u"set by environment prod (environments/prod/values.yaml:5)"_s));
    QVERIFY(m_form->originText(u"connect.executor.instances"_s).contains(u"overrides base = 2"_s));
    QVERIFY(m_session->text(prod).contains("    instances: 12\n"));
    QCOMPARE(m_undo->count(), 1); // the keystrokes merged into one step

    m_undo->undo();
    QCOMPARE(m_session->texts(), original);
    QCOMPARE(instances->text(), u"4"_s);
    m_undo->redo();
    QCOMPARE(instances->text(), u"12"_s);
}

void TestValuesForm::invalidValueShownInline()
{
    openProdGpu();
    const ValuesEditSession::Texts original = m_session->texts();
    auto *instances = qobject_cast<QLineEdit *>(m_form->field(u"connect.executor.instances"_s));
    retype(instances, u"two"_s);
    QCOMPARE(instances->text(), u"two"_s); // what the person typed stays
    QVERIFY(m_form->errorText(u"connect.executor.instances"_s).contains(u"environments/prod/values.yaml:5:5"_s));
    QCOMPARE(m_session->texts(), original);
    retype(instances, u"3"_s);
    QVERIFY(m_form->errorText(u"connect.executor.instances"_s).isEmpty());
    QCOMPARE(m_session->explain(u"connect.executor.instances"_s).value->value, u"3"_s);
}

void TestValuesForm::targetLayerComboWritesThatFile()
{
    openProdGpu();
    const QString prod = QDir(m_chart).filePath(u"environments/prod/values.yaml"_s);
    const QString gpu = QDir(m_chart).filePath(u"presets/gpu-values.yaml"_s);
    const QByteArray prodBefore = m_session->text(prod);
    m_form->targetPicker()->setCurrentIndex(2);
    auto *memory = qobject_cast<QLineEdit *>(m_form->field(u"connect.executor.memory"_s));
    retype(memory, u"9Gi"_s);
    QCOMPARE(m_session->text(prod), prodBefore);
    QVERIFY(m_session->text(gpu).contains("    memory: \"9Gi\"\n"));
    const auto changes = m_session->changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].file, gpu);
    QVERIFY(m_form->originText(u"connect.executor.memory"_s).startsWith(u"set by preset gpu"_s));
}

void TestValuesForm::writeBelowOverrideShowsOverride()
{
    openProdGpu();
    m_form->setTargetLayer(0);
    auto *instances = qobject_cast<QLineEdit *>(m_form->field(u"connect.executor.instances"_s));
    retype(instances, u"6"_s);
    QCOMPARE(m_session->explain(u"connect.executor.instances"_s).value->value, u"4"_s);
    const QString origin = m_form->originText(u"connect.executor.instances"_s);
    QVERIFY2(origin.contains(u"overrides base = 6"_s), qPrintable(origin));
    QVERIFY2(origin.contains(u"an edit here goes to base, which environment prod overrides"_s), qPrintable(origin));
    emit instances->editingFinished();
    QCOMPARE(instances->text(), u"4"_s); // leaving the field shows the effective value
}

QTEST_MAIN(TestValuesForm)
#include "tst_valuesform.moc"
