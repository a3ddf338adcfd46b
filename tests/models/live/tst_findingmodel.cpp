#include "models/live/findingmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestFindingModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rolesAndColumns();
    void firstSnapshotInsertsRows();
    void updateIsRowByRow();
    void merges_data();
    void merges();
    void randomSnapshots();
    void duplicateKeysKeepTheirRows();

private:
    FindingModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

// A finding per letter: "a" is at a.yaml:1:1 with rule rule.a; a suffix after '=' is its message.
static Finding f(const QString &spec)
{
    const QString id = spec.section(u'=', 0, 0);
    const QString message = spec.contains(u'=') ? spec.section(u'=', 1) : u"message "_s + id;
    Finding x;
    x.severity = id.startsWith(u'w') ? Severity::Warning : Severity::Error;
    x.location = SourceLocation{id + u".yaml"_s, int(id.at(0).unicode()) % 50 + 1, 3, -1};
    x.path = u"services."_s + id;
    x.ruleId = u"rule."_s + id;
    x.message = message;
    x.suggestion = u"fix "_s + id;
    return x;
}

static Findings fs(const QString &specs)
{
    Findings out;
    for (const QString &s : specs.split(u' ', Qt::SkipEmptyParts))
        out.append(f(s));
    return out;
}

static QString messages(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, FindingModel::MessageColumn).data().toString();
    return out.join(u'|');
}

static QString messagesOf(const Findings &list)
{
    QStringList out;
    for (const Finding &x : list)
        out << x.message;
    return out.join(u'|');
}

void TestFindingModel::init()
{
    m_model = new FindingModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestFindingModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestFindingModel::rolesAndColumns()
{
    Finding x = f(u"b"_s);
    x.location = SourceLocation{u"compose.yaml"_s, 12, 7, 140};
    m_model->setFindings({x});
    QCOMPARE(m_model->columnCount(), 4);
    const QModelIndex row = m_model->index(0, 0);
    QCOMPARE(m_model->index(0, FindingModel::SeverityColumn).data().toString(), u"error"_s);
    QCOMPARE(m_model->index(0, FindingModel::LocationColumn).data().toString(), u"compose.yaml:12:7"_s);
    QCOMPARE(m_model->index(0, FindingModel::MessageColumn).data().toString(), u"message b"_s);
    QCOMPARE(m_model->index(0, FindingModel::RuleColumn).data().toString(), u"rule.b"_s);
    QCOMPARE(row.data(FindingModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(row.data(FindingModel::FileRole).toString(), u"compose.yaml"_s);
    QCOMPARE(row.data(FindingModel::LineRole).toInt(), 12);
    QCOMPARE(row.data(FindingModel::ColumnRole).toInt(), 7);
    QCOMPARE(row.data(FindingModel::RuleRole).toString(), u"rule.b"_s);
    QCOMPARE(row.data(FindingModel::PathRole).toString(), u"services.b"_s);
    QCOMPARE(row.data(FindingModel::SuggestionRole).toString(), u"fix b"_s);
    QVERIFY(!row.data(Qt::DecorationRole).isValid()); // icons and colours belong to ui/
    QVERIFY(!row.data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->headerData(FindingModel::RuleColumn, Qt::Horizontal).toString(), u"Rule"_s);
    QCOMPARE(m_model->roleNames().value(FindingModel::SuggestionRole), QByteArray("suggestion"));
}

void TestFindingModel::firstSnapshotInsertsRows()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setFindings(fs(u"a b c"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(messages(*m_model), u"message a|message b|message c"_s);
}

void TestFindingModel::updateIsRowByRow()
{
    m_model->setFindings(fs(u"a b c d"_s));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);

    // b and c go, a's message changes, e and g arrive after d.
    m_model->setFindings(fs(u"a=changed d e g"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 1);
    QCOMPARE(removed[0][2].toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 0);
    QCOMPARE(changed[0][0].toModelIndex().column(), 0);
    QCOMPARE(changed[0][1].toModelIndex().row(), 0);
    QCOMPARE(changed[0][1].toModelIndex().column(), FindingModel::ColumnCount - 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 2);
    QCOMPARE(inserted[0][2].toInt(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(messages(*m_model), u"changed|message d|message e|message g"_s);

    // The same snapshot again changes nothing.
    m_model->setFindings(fs(u"a=changed d e g"_s));
    QCOMPARE(inserted.size() + removed.size() + changed.size(), 3);
}

void TestFindingModel::merges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("removes");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("changes");
    QTest::newRow("empty to some") << u""_s << u"a b"_s << 1 << 0 << 0 << 0;
    QTest::newRow("some to empty") << u"a b c"_s << u""_s << 0 << 1 << 0 << 0;
    QTest::newRow("insert in the middle") << u"a c"_s << u"a b c"_s << 1 << 0 << 0 << 0;
    QTest::newRow("two separate removals") << u"a b c d e"_s << u"a c e"_s << 0 << 2 << 0 << 0;
    QTest::newRow("swap") << u"a b"_s << u"b a"_s << 0 << 0 << 1 << 0;
    QTest::newRow("reverse") << u"a b c d"_s << u"d c b a"_s << 0 << 0 << 3 << 0;
    QTest::newRow("change only") << u"a b c"_s << u"a b=new c"_s << 0 << 0 << 0 << 1;
    QTest::newRow("identical snapshot") << u"a b"_s << u"a b"_s << 0 << 0 << 0 << 0;
    QTest::newRow("replace all") << u"a b"_s << u"c d"_s << 1 << 1 << 0 << 0;
    QTest::newRow("mixed") << u"a b c d e"_s << u"e x b=new y a"_s << 2 << 1 << 2 << 1;
}

void TestFindingModel::merges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, inserts);
    QFETCH(int, removes);
    QFETCH(int, moves);
    QFETCH(int, changes);
    m_model->setFindings(fs(from));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setFindings(fs(to));
    QCOMPARE(messages(*m_model), messagesOf(fs(to)));
    QCOMPARE(inserted.size(), inserts);
    QCOMPARE(removed.size(), removes);
    QCOMPARE(moved.size(), moves);
    QCOMPARE(changed.size(), changes);
    QCOMPARE(reset.size(), 0);
}

void TestFindingModel::randomSnapshots()
{
    // Many random transitions under the Fatal tester: the model always ends equal to the snapshot.
    QRandomGenerator random(20261122);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const QString letters = u"abcdefghijklmnopqrstuvwxyz"_s;
    for (int round = 0; round < 300; ++round) {
        Findings next;
        for (const QChar c : letters) {
            if (random.bounded(3) == 0)
                continue;
            Finding x = f(QString(c));
            if (random.bounded(4) == 0)
                x.message = u"round %1"_s.arg(round);
            next.append(x);
        }
        for (qsizetype i = next.size() - 1; i > 0; --i)
            next.swapItemsAt(i, random.bounded(int(i + 1)));
        m_model->setFindings(next);
        QCOMPARE(messages(*m_model), messagesOf(next));
        QCOMPARE(m_model->findings().size(), next.size());
    }
    QCOMPARE(reset.size(), 0);
}

void TestFindingModel::duplicateKeysKeepTheirRows()
{
    Finding one = f(u"a"_s), two = f(u"a"_s);
    two.message = u"second"_s;
    m_model->setFindings({one, two});
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setFindings({one});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestFindingModel)
#include "tst_findingmodel.moc"
