#include "models/edit/linediff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// The diff `stackdeck set` prints and the corpus test counts lines with.
class TestLineDiff final : public QObject
{
    Q_OBJECT

private slots:
    void stats_data();
    void stats();
    void unified_data();
    void unified();
};

void TestLineDiff::stats_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("blocks");
    QTest::newRow("identical") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << 0 << 0 << 0;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << 0 << 0 << 0;
    QTest::newRow("one changed") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << 1 << 1 << 1;
    QTest::newRow("inserted run") << QByteArray("a\nc\n") << QByteArray("a\nb1\nb2\nc\n") << 0 << 2 << 1;
    QTest::newRow("two places") << QByteArray("a\nb\nc\nd\ne\n") << QByteArray("A\nb\nc\nd\nE\n") << 2 << 2 << 2;
    QTest::newRow("final newline added") << QByteArray("a\nb") << QByteArray("a\nb\n") << 1 << 1 << 1;
    QTest::newRow("crlf to lf is a change") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\n") << 1 << 1 << 1;
    QTest::newRow("repeated lines") << QByteArray("x\nx\nx\n") << QByteArray("x\nx\ny\nx\n") << 0 << 1 << 1;
}

void TestLineDiff::stats()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, blocks);
    const QList<LineDiff::Line> lines = LineDiff::compare(before, after);
    const LineDiff::Stats s = LineDiff::stats(lines);
    QCOMPARE(s.removed, removed);
    QCOMPARE(s.added, added);
    QCOMPARE(s.blocks, blocks);
    // Rebuilding both sides from the diff gives the inputs back.
    QByteArray a, b;
    for (const LineDiff::Line &l : lines) {
        if (l.kind != LineDiff::Line::Kind::Added)
            a += l.text;
        if (l.kind != LineDiff::Line::Kind::Removed)
            b += l.text;
    }
    QCOMPARE(a, before);
    QCOMPARE(b, after);
}

void TestLineDiff::unified_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no change") << QByteArray("a\n") << QByteArray("a\n") << QString();
    QTest::newRow("middle") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nV\n6\n7\n8\n9\n")
                            << u"--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+V\n 6\n 7\n 8\n"_s;
    QTest::newRow("insert at end, no final newline") << QByteArray("a\nb") << QByteArray("a\nb\nc")
                            << u"--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n\\ No newline at end of file\n"_s;
    QTest::newRow("crlf shown without \\r") << QByteArray("a\r\n") << QByteArray("b\r\n") << u"--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n"_s;
}

void TestLineDiff::unified()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QCOMPARE(LineDiff::unified(before, after, u"f"_s), expected);
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
