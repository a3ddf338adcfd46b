#include "models/editor/appliedhistory.h"
#include "models/editor/editsession.h"
#include "ui/common/codeview.h"
#include "ui/editor/diffview.h"
#include "ui/editor/editorwindow.h"
#include "ui/editor/historypanel.h"
#include "ui/editor/reviewpanel.h"
#include "ui/editor/sessioncommand.h"
#include "ui/editor/yamleditview.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEditorWindow final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void reviewAndSave();
    void undoRedo();
    void findingJumpsToLine();
    void historyListsVersions();

private:
    ComposeLoadOptions options() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_compose;
};

void TestEditorWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(QStringLiteral(STACKDECK_TEST_DATA "/../../resources/demo"), m_dir->path()));
    // The demo's secrets come from .env (compose.yaml requires them with ${VAR:?...}).
    QFile env(m_dir->filePath(u".env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("POSTGRES_PASSWORD=pg-test-secret\nREDIS_PASSWORD=redis-test-secret\n"
              "API_SECRET_KEY=api-test-secret\nGRAFANA_ADMIN_PASSWORD=grafana-test-secret\n");
    env.close();
    m_compose = m_dir->filePath(u"compose.yaml"_s);
}

ComposeLoadOptions TestEditorWindow::options() const
{
    ComposeLoadOptions options;
    options.workingDir = m_dir->path();
    options.useProcessEnvironment = false;
    return options;
}

void TestEditorWindow::reviewAndSave()
{
    EditorWindow window;
    QVERIFY(window.open(options()));
    window.show();
    QVERIFY(window.windowTitle().contains(window.session()->project().name));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.serviceList()->count() >= 5);
    QVERIFY(window.yamlView(m_compose));
    const QByteArray before = readAll(m_compose);

    QVERIFY(window.session()->setValue(u"fastapi"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"2G"_s));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.yamlView(m_compose)->editor()->toPlainText().contains(u"memory: 2G"_s));

    window.review();
    QCOMPARE(window.page(), EditorWindow::ReviewPage);
    DiffView *diff = window.reviewPanel()->diffView();
    QCOMPARE(diff->fileNames(), QStringList{u"compose.yaml"_s});
    QCOMPARE(diff->rowCount(0, DiffView::RemovedRow), 1);
    QCOMPARE(diff->rowCount(0, DiffView::AddedRow), 1);
    QVERIFY(window.reviewPanel()->saveButton()->isEnabled());
    QTest::mouseClick(window.reviewPanel()->saveButton(), Qt::LeftButton);
    QVERIFY2(window.reviewPanel()->message() == u"Saved."_s, qPrintable(window.reviewPanel()->message()));
    QVERIFY(!window.isWindowModified());
    const QByteArray after = readAll(m_compose);
    QVERIFY(after != before);
    QVERIFY(after.contains("memory: 2G"));
    QCOMPARE(after.size() - before.size(), qsizetype(0)); // "1G" -> "2G": same length, one line
    QVERIFY(!after.contains("pg-test-secret"));
}

void TestEditorWindow::undoRedo()
{
    EditorWindow window;
    QVERIFY(window.open(options()));
    window.show();
    QVERIFY(!window.undoAction()->isEnabled());
    const QByteArray loaded = window.session()->text(m_compose);
    // What a form does: edit the session, push the command; the toolbar's Undo/Redo swap the texts.
    const EditSession::Texts before = window.session()->texts();
    QVERIFY(window.session()->setValue(u"fastapi"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"4G"_s));
    window.undoStack()->push(new SessionCommand(window.session(), before, u"memory"_s));
    const QByteArray edited = window.session()->text(m_compose);
    QVERIFY(edited != loaded);
    QVERIFY(window.undoAction()->isEnabled());
    QCOMPARE(window.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    window.undoAction()->trigger();
    QCOMPARE(window.session()->text(m_compose), loaded);
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.yamlView(m_compose)->editor()->toPlainText().contains(u"memory: 4G"_s));
    window.redoAction()->trigger();
    QCOMPARE(window.session()->text(m_compose), edited);
    QVERIFY(window.isWindowModified());
}

void TestEditorWindow::findingJumpsToLine()
{
    EditorWindow window;
    QVERIFY(window.open(options()));
    window.show();
    // A memory limit that is not a size is an error the validator names on its line.
    QVERIFY(window.session()->setValue(u"fastapi"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"lots"_s));
    QTreeWidget *findings = window.findingsList();
    int row = -1;
    for (int i = 0; i < window.session()->findings().size(); ++i) {
        const Finding &f = window.session()->findings().at(i);
        if (f.location.isValid() && f.location.file == m_compose && f.path.startsWith(u"services.fastapi"_s))
            row = i;
    }
    if (row < 0)
        QSKIP("the validator reports no located finding for the edit");
    QCOMPARE(findings->topLevelItemCount(), int(window.session()->findings().size()));
    const Finding finding = window.session()->findings().at(row);
    YamlEditView *view = window.yamlView(m_compose);
    QVERIFY(view->markedLines().contains(finding.location.line));
    window.showFinding(row);
    QCOMPARE(window.fileTabs()->currentWidget(), view);
    QCOMPARE(view->editor()->markedLine(), finding.location.line);
    QCOMPARE(view->editor()->textCursor().blockNumber() + 1, finding.location.line);
    QCOMPARE(window.serviceList()->currentItem()->text(), u"fastapi"_s);
}

void TestEditorWindow::historyListsVersions()
{
    EditorWindow window;
    QVERIFY(window.open(options()));
    AppliedHistory history(m_dir->path());
    const QStringList files = window.session()->files();
    const Result<AppliedVersion> first = history.record(files, u"first version"_s);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(window.session()->setValue(u"fastapi"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"3G"_s));
    QVERIFY(window.session()->save(u"memory 3G"_s));
    QTest::qWait(1100); // distinct ids/times
    const Result<AppliedVersion> second = history.record(files, u"fastapi memory 3G"_s);
    QVERIFY(second);

    window.showPage(EditorWindow::HistoryPage);
    window.historyPanel()->refresh();
    HistoryPanel *panel = window.historyPanel();
    QCOMPARE(panel->versionCount(), 2);
    QCOMPARE(panel->versionIds(), (QStringList{first->id, second->id}));
    QCOMPARE(panel->list()->topLevelItem(1)->text(2), u"fastapi memory 3G"_s);
    panel->compare(first->id, second->id);
    QCOMPARE(panel->diffView()->fileNames(), QStringList{u"compose.yaml"_s});
    QCOMPARE(panel->diffView()->rowCount(0, DiffView::AddedRow), 1);
    QVERIFY(panel->diffView()->shownText(0).contains(u"memory: 3G"_s));
}

QTEST_MAIN(TestEditorWindow)
#include "tst_editorwindow.moc"
