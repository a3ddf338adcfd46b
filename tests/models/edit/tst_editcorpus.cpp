#include "memoryedit.h"

#include "models/core/yamlreader.h"
#include "models/edit/linediff.h"
#include "models/edit/pathresolver.h"
#include "models/edit/safewriter.h"
#include "models/edit/yamlpatcher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Every file of ../shared/corpus/compose: a no-op save is byte-identical, and one memory-limit edit
// touches only its own lines. Prints the figures the issue asks for.
class TestEditCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
    void everyScalarReplacesOneLine();
};

// Paths of scalar leaves, not entering aliases (their values live in the anchor).
static void scalarPaths(const YamlNodePtr &node, const QStringList &prefix, QList<QStringList> &out, int cap)
{
    if (!node || node->isAlias() || out.size() >= cap)
        return;
    if (node->isScalar() && !prefix.isEmpty()) {
        out.append(prefix);
        return;
    }
    for (qsizetype i = 0; i < node->items.size(); ++i)
        scalarPaths(node->items.at(i), prefix + QStringList{QString::number(i)}, out, cap);
    for (const YamlPair &p : node->pairs) {
        if (p.key && p.key->isScalar() && p.key->value != "<<"_L1 && !p.key->value.contains(QLatin1Char('.')))
            scalarPaths(p.value, prefix + QStringList{p.key->value}, out, cap);
    }
}

static QStringList corpusFiles()
{
    const QDir dir(QStringLiteral(STACKDECK_SHARED_DIR "/corpus/compose"));
    QStringList files;
    for (const QString &name : dir.entryList({u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void TestEditCorpus::corpus()
{
    const QStringList files = corpusFiles();
    if (files.isEmpty())
        QSKIP("../shared/corpus/compose is absent (STACKDECK_SHARED_DIR): no corpus to try");
    QTemporaryDir project;
    QVERIFY(project.isValid());

    int loaded = 0, identical = 0, edited = 0, replaced = 0, inserted = 0, ownLines = 0;
    QStringList refused, failures;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray original = source.readAll();
        const Result<YamlDocument> doc = YamlReader::parse(original, name);
        if (!doc.ok()) {
            refused.append(u"%1: does not load: %2"_s.arg(name, doc.error().toString()));
            continue;
        }
        ++loaded;

        // No-op save through the safe writer, on a copy in a scratch project.
        const QString copy = QDir(project.path()).filePath(name);
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const Result<YamlDocument> unchanged = YamlPatcher::applyAll(*doc, {});
        QVERIFY(unchanged.ok());
        const Result<SaveReport> saved = SafeWriter::save(copy, original, unchanged->text, SaveOptions{project.path(), u"no-op"_s});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QFile written(copy);
        QVERIFY(written.open(QIODevice::ReadOnly));
        if (written.readAll() == original && !saved->changed)
            ++identical;
        else
            failures.append(u"%1: no-op save is not byte-identical"_s.arg(name));

        QString why;
        const std::optional<MemoryEdit> edit = chooseMemoryEdit(*doc, &why);
        if (!edit) {
            refused.append(u"%1: %2"_s.arg(name, why));
            continue;
        }
        const Result<QByteArray> out = YamlPatcher::apply(*doc, edit->edit);
        if (!out.ok()) {
            refused.append(u"%1: %2"_s.arg(name, out.error().toString()));
            continue;
        }
        ++edited;
        (edit->replace ? replaced : inserted)++;
        const QString problem = checkMemoryEdit(*doc, *edit, *out);
        if (problem.isEmpty())
            ++ownLines;
        else
            failures.append(u"%1 (%2): %3"_s.arg(name, DocumentEdit::joinPath(edit->edit.path), problem));
    }

    qInfo().noquote() << u"corpus files tried: %1, loaded: %2"_s.arg(files.size()).arg(loaded);
    qInfo().noquote() << u"no-op saves byte-identical: %1 of %2"_s.arg(identical).arg(loaded);
    qInfo().noquote() << u"one-value edits made: %1 (%2 replaced, %3 inserted); touched only their own lines: %4 of %1"_s
                             .arg(edited).arg(replaced).arg(inserted).arg(ownLines);
    qInfo().noquote() << u"refused: %1"_s.arg(refused.size());
    for (const QString &r : std::as_const(refused))
        qInfo().noquote() << u"  refused: "_s + r;
    for (const QString &f : std::as_const(failures))
        qWarning().noquote() << u"  FAILED: "_s + f;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    QVERIFY(loaded > 0);
    QVERIFY(edited > 0);
}

void TestEditCorpus::everyScalarReplacesOneLine()
{
    const QStringList files = corpusFiles();
    if (files.isEmpty())
        QSKIP("../shared/corpus/compose is absent (STACKDECK_SHARED_DIR): no corpus to try");
    int tried = 0, oneBlock = 0;
    QMap<QString, int> refusedWhy;
    QStringList failures;
    for (const QString &path : files) {
        const Result<YamlDocument> doc = YamlReader::readFile(path);
        QVERIFY(doc.ok());
        QList<QStringList> paths;
        scalarPaths(doc->root, {}, paths, 150);
        for (const QStringList &p : std::as_const(paths)) {
            ++tried;
            const Result<ResolvedPath> where = PathResolver::resolve(*doc, p);
            QVERIFY(where.ok() && where->found());
            const QString value = where->target->value + u"9"_s;
            const Result<QByteArray> out = YamlPatcher::apply(*doc, DocumentEdit::set(p, value));
            if (!out.ok()) {
                refusedWhy[out.error().message.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 1, 4)]++;
                continue;
            }
            const LineDiff::Stats stats = LineDiff::stats(LineDiff::compare(doc->text, *out));
            if (stats.blocks == 1 && stats.added == 1 && stats.removed >= 1)
                ++oneBlock;
            else
                failures.append(u"%1 %2: -%3 +%4 in %5 places"_s.arg(QFileInfo(path).fileName(), DocumentEdit::joinPath(p))
                                    .arg(stats.removed).arg(stats.added).arg(stats.blocks));
        }
    }
    qInfo().noquote() << u"scalars replaced: %1 of %2 tried, each changing only its own line(s): %3"_s
                             .arg(tried - std::accumulate(refusedWhy.cbegin(), refusedWhy.cend(), 0)).arg(tried).arg(oneBlock);
    for (auto it = refusedWhy.cbegin(); it != refusedWhy.cend(); ++it)
        qInfo().noquote() << u"  refused %1x: ...%2..."_s.arg(it.value()).arg(it.key());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestEditCorpus)
#include "tst_editcorpus.moc"
