#include "ui/editor/diffview.h"

#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestDiffView final : public QObject
{
    Q_OBJECT
private slots:
    void rows_data();
    void rows();
    void filePerTab();
    void envMasked();
    void maskEnv_data();
    void maskEnv();
    void literalSecretInComposeHidden();
};

void TestDiffView::rows_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("sideFillers");
    QTest::newRow("one changed line") << "a: 1\nb: 2\nc: 3\n"_ba << "a: 1\nb: 5\nc: 3\n"_ba << 1 << 1 << 0;
    QTest::newRow("added lines") << "a: 1\n"_ba << "a: 1\nb: 2\nc: 3\n"_ba << 0 << 2 << 2;
    QTest::newRow("removed lines") << "a: 1\nb: 2\nc: 3\n"_ba << "c: 3\n"_ba << 2 << 0 << 2;
    QTest::newRow("two blocks, uneven") << "x\ny\nz\nw\n"_ba << "X\ny\nZ1\nZ2\nw\n"_ba << 2 << 3 << 1;
    QTest::newRow("identical") << "same\n"_ba << "same\n"_ba << 0 << 0 << 0;
    QTest::newRow("new file") << QByteArray() << "a\nb\n"_ba << 0 << 2 << 2;
}

void TestDiffView::rows()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, sideFillers);
    DiffView view;
    view.setFiles({{u"compose.yaml"_s, before, after, false}});
    QCOMPARE(view.mode(), DiffView::Mode::SideBySide);
    QCOMPARE(view.rowCount(0, DiffView::RemovedRow), removed);
    QCOMPARE(view.rowCount(0, DiffView::AddedRow), added);
    QCOMPARE(view.rowCount(0, DiffView::FillerRow), sideFillers);
    // Both sides of a side-by-side view have the same number of rows.
    const auto panes = view.tabs()->widget(0)->findChildren<QPlainTextEdit *>();
    QCOMPARE(panes.size(), 2);
    QCOMPARE(panes[0]->blockCount(), panes[1]->blockCount());

    view.setMode(DiffView::Mode::Unified);
    QCOMPARE(view.rowCount(0, DiffView::RemovedRow), removed);
    QCOMPARE(view.rowCount(0, DiffView::AddedRow), added);
    QCOMPARE(view.rowCount(0, DiffView::FillerRow), 0);
    const auto unified = view.tabs()->widget(0)->findChildren<QPlainTextEdit *>();
    QVERIFY(qobject_cast<QPlainTextEdit *>(view.tabs()->widget(0)));
    QVERIFY(unified.isEmpty());
    const QString text = view.shownText(0);
    int plus = 0;
    for (const QString &line : text.split(u'\n'))
        plus += line.size() > 10 && line.at(10) == u'+' ? 1 : 0;
    QCOMPARE(plus, added);
}

void TestDiffView::filePerTab()
{
    DiffView view;
    view.setFiles({{u"compose.yaml"_s, "a: 1\n", "a: 2\n", false}, {u"compose.override.yaml"_s, "", "b: 1\n", false}});
    QCOMPARE(view.fileCount(), 2);
    QCOMPARE(view.tabs()->count(), 2);
    QCOMPARE(view.tabs()->tabText(1), u"compose.override.yaml"_s);
    QCOMPARE(view.rowCount(1, DiffView::AddedRow), 1);
}

void TestDiffView::envMasked()
{
    DiffView view;
    const QByteArray before = "# generated\nPOSTGRES_PASSWORD=hunter2-old\nREDIS_PASSWORD=keep-me\n";
    const QByteArray after = "# generated\nPOSTGRES_PASSWORD=s3cr3t-new\nREDIS_PASSWORD=keep-me\n";
    view.setFiles({{u".env"_s, before, after, true}});
    for (DiffView::Mode mode : {DiffView::Mode::SideBySide, DiffView::Mode::Unified}) {
        view.setMode(mode);
        const QString shown = view.shownText(0);
        QVERIFY2(!shown.contains(u"hunter2"_s) && !shown.contains(u"s3cr3t"_s) && !shown.contains(u"keep-me"_s),
                 qPrintable(shown));
        QVERIFY(shown.contains(u"POSTGRES_PASSWORD=********"_s));
        QVERIFY(shown.contains(u"# generated"_s));
        // The changed secret still shows as a change, only masked.
        QCOMPARE(view.rowCount(0, DiffView::RemovedRow), 1);
        QCOMPARE(view.rowCount(0, DiffView::AddedRow), 1);
    }
}

void TestDiffView::maskEnv_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << "A=1\n"_ba << "A=********\n"_ba;
    QTest::newRow("comment and blank") << "# x=1\n\nB=2"_ba << "# x=1\n\nB=********"_ba;
    QTest::newRow("crlf") << "C=3\r\n"_ba << "C=********\r\n"_ba;
    QTest::newRow("export") << "export D=\"q\"\n"_ba << "export D=********\n"_ba;
    // Not NAME=...: it may continue a quoted multi-line value (a PEM key), so it is hidden whole.
    QTest::newRow("no value sign") << "garbage\n"_ba << "********\n"_ba;
    QTest::newRow("multi-line value") << "KEY=\"-----BEGIN KEY-----\nMIIEvQIBADANBg==\n-----END KEY-----\"\n"_ba
                                      << "KEY=********\n********\n********\n"_ba;
}

void TestDiffView::maskEnv()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(DiffView::maskEnv(in), out);
}

QTEST_MAIN(TestDiffView)
// Moving a literal secret out of a compose file: the removed line must not show the value.
void TestDiffView::literalSecretInComposeHidden()
{
    DiffView view;
    const QByteArray before = "services:\n  db:\n    environment:\n      DB_PASSWORD: hunter2-literal\n      - API_TOKEN=tok-literal-1\n      MODE: fast\n"_ba;
    const QByteArray after = "services:\n  db:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n      - API_TOKEN=${API_TOKEN}\n      MODE: slow\n"_ba;
    for (const DiffView::Mode mode : {DiffView::Mode::SideBySide, DiffView::Mode::Unified}) {
        view.setMode(mode);
        view.setFiles({{u"compose.yaml"_s, before, after, false}});
        const QString shown = view.shownText(0);
        QVERIFY(!shown.contains(u"hunter2-literal"_s));
        QVERIFY(!shown.contains(u"tok-literal-1"_s));
        QVERIFY(shown.contains(u"DB_PASSWORD: ********"_s));
        QVERIFY(shown.contains(u"${DB_PASSWORD}"_s));
        QVERIFY(shown.contains(u"MODE: fast"_s)); // ordinary values still show
    }
}

#include "tst_diffview.moc"
