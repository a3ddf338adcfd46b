#include "models/core/yamlreader.h"
#include "models/helm/valuesemitter.h"
#include "models/helm/valuesstack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// The seeds' Spark 4.1 chart from ../shared/corpus/helm, laid out as a chart in a temporary folder:
// every environment x preset combination loads, and explain agrees with a plain reading of the files.
class TestValuesCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCombination();

private:
    QTemporaryDir m_chart;
    int m_files = 0;
};

void TestValuesCorpus::initTestCase()
{
    const QString corpus = QStringLiteral(STACKDECK_SHARED_DIR "/corpus/helm");
    QFile manifest(corpus + u"/MANIFEST.tsv"_s);
    if (!manifest.open(QIODevice::ReadOnly))
        QSKIP("../shared/corpus/helm/MANIFEST.tsv is absent: the Helm corpus is not available here");
    QVERIFY(m_chart.isValid());
    // MANIFEST.tsv: stored file name, repository, path in the repository, ...
    const QString prefix = u"charts/spark-4.1/"_s;
    while (!manifest.atEnd()) {
        const QStringList cols = QString::fromUtf8(manifest.readLine()).trimmed().split(u'\t');
        if (cols.size() < 3 || cols[1] != u"fall-out-bug/spark_k8s" || !cols[2].startsWith(prefix) || !cols[2].endsWith(u".yaml"))
            continue;
        const QString target = m_chart.filePath(cols[2].mid(prefix.size()));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY2(QFile::copy(corpus + u'/' + cols[0], target), qPrintable(cols[0]));
        ++m_files;
    }
    if (m_files == 0)
        QSKIP("the Helm corpus has no fall-out-bug/spark_k8s spark-4.1 files");
}

// The last layer whose own file sets `path` (no merge keys on these paths), walking the raw trees.
static QString expectedSetter(const ValuesStack &stack, const QStringList &path, QString *value)
{
    QString label;
    for (const ValuesLayer &layer : stack.layers()) {
        Result<YamlDocument> doc = YamlReader::parse(layer.document.text, layer.document.file);
        if (!doc)
            return u"unreadable"_s;
        YamlNodePtr n = doc->root;
        for (const QString &key : path)
            n = n && n->isMap() ? n->get(key) : nullptr;
        if (n && !n->isNull()) {
            label = layer.label();
            *value = n->value;
        }
    }
    return label;
}

void TestValuesCorpus::everyCombination()
{
    const QStringList envs = ValuesStack::availableEnvironments(m_chart.path());
    const QStringList presets = ValuesStack::availablePresets(m_chart.path());
    QCOMPARE(envs, (QStringList{u"dev"_s, u"prod"_s, u"staging"_s}));
    QVERIFY(presets.contains(u"gpu"_s) && presets.contains(u"cost-optimized"_s) && presets.contains(u"iceberg"_s));

    const QList<QStringList> keys = {{u"connect"_s, u"enabled"_s},
                                     {u"connect"_s, u"replicas"_s},
                                     {u"connect"_s, u"dynamicAllocation"_s, u"maxExecutors"_s},
                                     {u"connect"_s, u"executor"_s, u"memory"_s},
                                     {u"monitoring"_s, u"serviceMonitor"_s, u"enabled"_s},
                                     {u"security"_s, u"podSecurityStandards"_s}};
    int combos = 0, explained = 0, findings = 0;
    QStringList choices = presets;
    choices.prepend(QString());
    for (const QString &env : envs) {
        for (const QString &preset : std::as_const(choices)) {
            const QStringList chosen = preset.isEmpty() ? QStringList() : QStringList{preset};
            const Result<ValuesStack> stack = ValuesStack::loadChart(m_chart.path(), env, chosen);
            QVERIFY2(stack.ok(), qPrintable(env + u'+' + preset + u": "_s + (stack.ok() ? QString() : stack.error().toString())));
            QVERIFY(stack->effective()->isMap());
            QVERIFY(!ValuesEmitter::toYaml(stack->effective()).isEmpty());
            findings += int(stack->findings().size());
            ++combos;
            for (const QStringList &key : keys) {
                QString value;
                const QString setter = expectedSetter(*stack, key, &value);
                const ValueExplanation e = stack->explain(key.join(u'.'));
                const QString what = env + u'+' + preset + u' ' + key.join(u'.');
                QCOMPARE(e.isSet, !setter.isEmpty());
                if (!e.isSet)
                    continue;
                QVERIFY2(e.setBy.layerLabel == setter, qPrintable(what + u": "_s + e.setBy.layerLabel + u" vs "_s + setter));
                QVERIFY2(e.value->value == value, qPrintable(what));
                QVERIFY(e.setBy.location.isValid());
                for (const ValueOrigin &o : e.overridden)
                    QVERIFY2(o.layer < e.setBy.layer, qPrintable(what));
                ++explained;
            }
        }
    }
    qInfo("helm corpus: %d files, %d env x preset combinations loaded, %d keys explained, %d findings",
          m_files, combos, explained, findings);
}

QTEST_GUILESS_MAIN(TestValuesCorpus)
#include "tst_valuescorpus.moc"
