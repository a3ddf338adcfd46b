#include "models/editor/editsession.h"
#include "ui/common/codeview.h"
#include "ui/editor/yamleditview.h"

#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

const QByteArray compose = "services:\n"
                           "  web:\n"
                           "    image: nginx:1.25\n"
                           "    restart: unless-stopped\n"
                           "    deploy:\n"
                           "      resources:\n"
                           "        limits:\n"
                           "          memory: 256M\n"
                           "  worker:\n"
                           "    image: busybox:1.36\n"
                           "    command: [\"sleep\", \"infinity\"]\n";

} // namespace

class TestYamlEditView final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void typingReachesSessionAfterDebounce();
    void invalidYamlShowsErrorAndKeepsText_data();
    void invalidYamlShowsErrorAndKeepsText();
    void formChangeUpdatesTextKeepingCursor();

private:
    QString writeProject();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestYamlEditView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestYamlEditView::writeProject()
{
    const QString path = m_dir->filePath(u"compose.yaml"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(compose) != compose.size())
        return {};
    return path;
}

void TestYamlEditView::typingReachesSessionAfterDebounce()
{
    const QString path = writeProject();
    EditSession session;
    ComposeLoadOptions options;
    options.files = {path};
    options.workingDir = m_dir->path();
    options.useProcessEnvironment = false;
    QVERIFY(session.open(options));
    YamlEditView view(&session, path);
    QUndoStack undo;
    view.setUndoStack(&undo);
    view.show();
    QCOMPARE(view.editor()->toPlainText().toUtf8(), compose);
    QVERIFY(!view.editor()->isReadOnly());

    QTextCursor cursor(view.editor()->document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    view.editor()->setTextCursor(cursor);
    view.editor()->setFocus();
    QSignalSpy changed(&session, &EditSession::changed);
    // "nginx:1.25" -> "nginx:1.26": one backspace and a key, typed for real.
    QTest::keyClick(view.editor(), Qt::Key_Backspace);
    QTest::keyClicks(view.editor(), u"6"_s);
    // Not before the pause: the session still has the loaded text.
    QCOMPARE(session.text(path), compose);
    QTRY_VERIFY_WITH_TIMEOUT(session.text(path).contains("image: nginx:1.26\n"), 3000);
    QVERIFY(changed.count() >= 1);
    QVERIFY(session.isModified());
    QCOMPARE(session.project().service(u"web"_s)->image, u"nginx:1.26"_s);
    QVERIFY(view.errorText().isEmpty());
    // The pause made one undoable step; undoing it puts the text back in the session and the view.
    QCOMPARE(undo.count(), 1);
    undo.undo();
    QCOMPARE(session.text(path), compose);
    QCOMPARE(view.editor()->toPlainText().toUtf8(), compose);
    QVERIFY(!session.isModified());
}

void TestYamlEditView::invalidYamlShowsErrorAndKeepsText_data()
{
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed flow sequence") << "services:\n  web:\n    image: nginx\n    command: [\"a\", \"b\"\n"_ba << 4;
    QTest::newRow("bad indentation") << "services:\n  web:\n    image: nginx\n   restart: always\n"_ba << 4;
    QTest::newRow("tab indentation") << "services:\n  web:\n\timage: nginx\n"_ba << 3;
}

void TestYamlEditView::invalidYamlShowsErrorAndKeepsText()
{
    QFETCH(QByteArray, broken);
    QFETCH(int, line);
    const QString path = writeProject();
    EditSession session;
    ComposeLoadOptions options;
    options.files = {path};
    options.workingDir = m_dir->path();
    options.useProcessEnvironment = false;
    QVERIFY(session.open(options));
    YamlEditView view(&session, path);
    view.show();
    view.editor()->selectAll();
    view.editor()->insertPlainText(QString::fromUtf8(broken));
    QTRY_VERIFY_WITH_TIMEOUT(!view.errorText().isEmpty(), 3000);
    const QString error = view.errorText();
    // file:line:column, the line the parser stopped at (or just before it).
    QVERIFY2(error.contains(u"compose.yaml:"_s), qPrintable(error));
    const QRegularExpression position(u"compose\\.yaml:(\\d+):(\\d+)"_s);
    const QRegularExpressionMatch match = position.match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    QVERIFY2(qAbs(match.captured(1).toInt() - line) <= 1, qPrintable(error));
    QVERIFY(match.captured(2).toInt() >= 1);
    // The text is kept, in the view and in the session; the project keeps its last loadable state.
    QCOMPARE(view.editor()->toPlainText().toUtf8(), broken);
    QCOMPARE(session.text(path), broken);
    QVERIFY(session.project().service(u"worker"_s) != nullptr);
    // Fixing it clears the error.
    view.editor()->selectAll();
    view.editor()->insertPlainText(QString::fromUtf8(compose));
    QTRY_VERIFY_WITH_TIMEOUT(view.errorText().isEmpty(), 3000);
}

void TestYamlEditView::formChangeUpdatesTextKeepingCursor()
{
    const QString path = writeProject();
    EditSession session;
    ComposeLoadOptions options;
    options.files = {path};
    options.workingDir = m_dir->path();
    options.useProcessEnvironment = false;
    QVERIFY(session.open(options));
    YamlEditView view(&session, path);
    view.resize(500, 120);
    view.show();
    QTextCursor cursor(view.editor()->document()->findBlockByNumber(9));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 6);
    view.editor()->setTextCursor(cursor);
    const int scroll = view.editor()->verticalScrollBar()->value();
    // What a form does: a value through the session.
    QVERIFY(session.setValue(u"web"_s, {u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"512M"_s));
    QVERIFY(view.editor()->toPlainText().contains(u"memory: 512M"_s));
    QVERIFY(!view.editor()->toPlainText().contains(u"256M"_s));
    QCOMPARE(view.editor()->textCursor().blockNumber(), 9);
    QCOMPARE(view.editor()->textCursor().positionInBlock(), 6);
    QCOMPARE(view.editor()->verticalScrollBar()->value(), scroll);
    // The form change does not bounce back as a text edit.
    QTest::qWait(YamlEditView::DebounceMs + 100);
    QCOMPARE(session.text(path), view.editor()->toPlainText().toUtf8());
}

QTEST_MAIN(TestYamlEditView)
#include "tst_yamleditview.moc"
