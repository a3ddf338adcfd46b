#include "models/live/healthmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

ProbeResult result(HealthState state, const QString &message, int secondsAgo)
{
    ProbeResult r;
    r.state = state;
    r.message = message;
    r.latency = std::chrono::milliseconds(10 + secondsAgo);
    r.checkedAt = now.addSecs(-secondsAgo);
    return r;
}

// A row per word: "postgres" is healthy; "postgres:down" is down; history holds one result per state change.
HealthRow row(const QString &spec)
{
    HealthRow r;
    r.service = spec.section(u':', 0, 0);
    const QString state = spec.section(u':', 1, 1);
    r.state = state == u"down"_s        ? HealthState::Down
              : state == u"unhealthy"_s ? HealthState::Unhealthy
              : state == u"degraded"_s  ? HealthState::Degraded
              : state == u"unknown"_s   ? HealthState::Unknown
                                        : HealthState::Healthy;
    r.kind = u"tcp "_s + r.service + u":80"_s;
    r.since = now.addSecs(-90);
    r.message = r.state == HealthState::Healthy ? u"Port open."_s : u"Connection refused."_s;
    r.history = {result(HealthState::Healthy, u"Port open."_s, 120), result(r.state, r.message, 90)};
    return r;
}

QList<HealthRow> rows(const QString &specs)
{
    QList<HealthRow> out;
    for (const QString &s : specs.split(u' ', Qt::SkipEmptyParts))
        out.append(row(s));
    return out;
}

QString services(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, HealthModel::ServiceColumn).data().toString();
    return out.join(u' ');
}

QString servicesOf(const QList<HealthRow> &list)
{
    QStringList out;
    for (const HealthRow &r : list)
        out << r.service;
    return out.join(u' ');
}

} // namespace

class TestHealthModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void columnTexts_data();
    void columnTexts();
    void roles();
    void lookup();
    void firstSnapshotInserts();
    void mergeKeepsRows();
    void onlyChangedCellsAreReported();
    void historyOnlyChangeIsItsOwnSignal();
    void insertAndRemove();
    void sinceMovesOn();
    void randomSnapshots();

private:
    HealthModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestHealthModel::init()
{
    m_model = new HealthModel(this);
    m_model->setReferenceTime(now);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestHealthModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestHealthModel::columnTexts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<QString>("sinceText");
    QTest::addColumn<QString>("messageText");
    QTest::newRow("healthy, seconds") << int(HealthState::Healthy) << 42 << u"Accepting connections."_s << QString()
                                      << u"Healthy"_s << u"42 s"_s << u"Accepting connections."_s;
    QTest::newRow("down, minutes") << int(HealthState::Down) << 200 << u"Connection refused."_s << QString()
                                   << u"Down"_s << u"3 min"_s << u"Connection refused."_s;
    QTest::newRow("unhealthy with cause")
        << int(HealthState::Unhealthy) << 5 * 3600 + 59 << u"HTTP 502 from /api/health."_s
        << u"because postgres is down"_s << u"Unhealthy"_s << u"5 h"_s
        << u"HTTP 502 from /api/health (because postgres is down)"_s;
    QTest::newRow("cause without message") << int(HealthState::Down) << 3 * 86400 << QString()
                                           << u"because redis is down"_s << u"Down"_s << u"3 d"_s
                                           << u"because redis is down"_s;
    QTest::newRow("degraded, just changed") << int(HealthState::Degraded) << 0 << u"1 of 2 workers alive."_s
                                            << QString() << u"Degraded"_s << u"0 s"_s << u"1 of 2 workers alive."_s;
    QTest::newRow("unknown, clock skew") << int(HealthState::Unknown) << -30 << u"Not probed yet."_s << QString()
                                         << u"Unknown"_s << u"0 s"_s << u"Not probed yet."_s;
    QTest::newRow("one hour boundary") << int(HealthState::Healthy) << 3600 << u"ok"_s << QString() << u"Healthy"_s
                                       << u"1 h"_s << u"ok"_s;
    QTest::newRow("two days boundary") << int(HealthState::Healthy) << 48 * 3600 << u"ok"_s << QString()
                                       << u"Healthy"_s << u"2 d"_s << u"ok"_s;
}

void TestHealthModel::columnTexts()
{
    QFETCH(int, state);
    QFETCH(int, secondsAgo);
    QFETCH(QString, message);
    QFETCH(QString, cause);
    QFETCH(QString, stateText);
    QFETCH(QString, sinceText);
    QFETCH(QString, messageText);
    HealthRow r;
    r.service = u"fastapi"_s;
    r.kind = u"http 127.0.0.1:8000/health"_s;
    r.state = HealthState(state);
    r.since = now.addSecs(-secondsAgo);
    r.message = message;
    r.cause = cause;
    m_model->setRows({r});
    QCOMPARE(m_model->index(0, HealthModel::ServiceColumn).data().toString(), u"fastapi"_s);
    QCOMPARE(m_model->index(0, HealthModel::ProbeColumn).data().toString(), u"http 127.0.0.1:8000/health"_s);
    QCOMPARE(m_model->index(0, HealthModel::StateColumn).data().toString(), stateText);
    QCOMPARE(m_model->index(0, HealthModel::SinceColumn).data().toString(), sinceText);
    QCOMPARE(m_model->index(0, HealthModel::MessageColumn).data().toString(), messageText);
    // The absolute time is the Since cell's tooltip.
    QCOMPARE(m_model->index(0, HealthModel::SinceColumn).data(Qt::ToolTipRole).toString(),
             r.since.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void TestHealthModel::roles()
{
    HealthRow r = row(u"grafana:unhealthy"_s);
    r.cause = u"because prometheus is down"_s;
    m_model->setRows({row(u"prometheus:down"_s), r});
    QCOMPARE(m_model->columnCount(), 5);
    const QModelIndex i = m_model->index(1, HealthModel::MessageColumn);
    QCOMPARE(i.data(HealthModel::ServiceRole).toString(), u"grafana"_s);
    QCOMPARE(i.data(HealthModel::StateRole).toInt(), int(HealthState::Unhealthy));
    QCOMPARE(i.data(HealthModel::SinceRole).toDateTime(), now.addSecs(-90));
    QCOMPARE(i.data(HealthModel::CauseRole).toString(), u"because prometheus is down"_s);
    QCOMPARE(i.data(HealthModel::HistoryCountRole).toInt(), 2);
    QCOMPARE(i.data(HealthModel::KindRole).toString(), u"tcp grafana:80"_s);
    QCOMPARE(i.data(HealthModel::MessageRole).toString(), u"Connection refused."_s);
    QCOMPARE(i.data(Qt::ToolTipRole).toString(), u"Connection refused (because prometheus is down)"_s);
    QCOMPARE(m_model->index(0, 0).data(HealthModel::CauseRole).toString(), QString());
    // Colours and icons belong to ui/.
    QVERIFY(!i.data(Qt::DecorationRole).isValid());
    QVERIFY(!i.data(Qt::ForegroundRole).isValid());
    QVERIFY(!i.data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_model->headerData(HealthModel::SinceColumn, Qt::Horizontal).toString(), u"Since"_s);
    QCOMPARE(m_model->roleNames().value(HealthModel::HistoryCountRole), QByteArray("historyCount"));
}

void TestHealthModel::lookup()
{
    m_model->setRows(rows(u"postgres:down redis grafana:unhealthy"_s));
    QCOMPARE(m_model->rowOf(u"redis"_s), 1);
    QCOMPARE(m_model->rowOf(u"nginx"_s), -1);
    QVERIFY(!m_model->row(u"nginx"_s));
    const HealthRow *g = m_model->row(u"grafana"_s);
    QVERIFY(g);
    QCOMPARE(g->state, HealthState::Unhealthy);
    QCOMPARE(g->history.size(), 2);
}

void TestHealthModel::firstSnapshotInserts()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setRows(rows(u"postgres redis fastapi"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 0);
    QCOMPARE(inserted[0][2].toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(services(*m_model), u"postgres redis fastapi"_s);
}

void TestHealthModel::mergeKeepsRows()
{
    m_model->setRows(rows(u"nginx postgres redis fastapi"_s));
    const QPersistentModelIndex kept(m_model->index(2, HealthModel::StateColumn)); // redis
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);

    // nginx goes, redis turns unhealthy, grafana arrives in front: redis's index follows it.
    m_model->setRows(rows(u"grafana postgres redis:unhealthy fastapi"_s));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 2);
    QCOMPARE(kept.data(HealthModel::ServiceRole).toString(), u"redis"_s);
    QCOMPARE(kept.data().toString(), u"Unhealthy"_s);

    m_model->setRows(rows(u"redis:down grafana"_s));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 0);
    QCOMPARE(kept.data().toString(), u"Down"_s);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);

    m_model->setRows({});
    QVERIFY(!kept.isValid());
    QCOMPARE(reset.size(), 0);
}

void TestHealthModel::onlyChangedCellsAreReported()
{
    QList<HealthRow> snapshot = rows(u"postgres redis"_s);
    m_model->setRows(snapshot);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    m_model->setRows(snapshot);
    QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);

    // Only the state of redis: one signal for exactly that cell.
    snapshot[1].state = HealthState::Degraded;
    m_model->setRows(snapshot);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(1, HealthModel::StateColumn));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(1, HealthModel::StateColumn));

    // Since and cause of postgres: one run of the two neighbouring cells, State left alone.
    changed.clear();
    snapshot[0].since = now.addSecs(-5);
    snapshot[0].cause = u"because the disk is full"_s;
    m_model->setRows(snapshot);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(0, HealthModel::SinceColumn));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(0, HealthModel::MessageColumn));
    QCOMPARE(m_model->index(0, HealthModel::MessageColumn).data().toString(),
             u"Port open (because the disk is full)"_s);

    // Probe and message apart: two runs, the cells between them untouched.
    changed.clear();
    snapshot[0].kind = u"postgres"_s;
    snapshot[0].message = u"Accepting connections."_s;
    m_model->setRows(snapshot);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(0, HealthModel::ProbeColumn));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(0, HealthModel::ProbeColumn));
    QCOMPARE(changed[1][0].toModelIndex(), m_model->index(0, HealthModel::MessageColumn));
    QCOMPARE(changed[1][1].toModelIndex(), m_model->index(0, HealthModel::MessageColumn));
    QCOMPARE(inserted.size() + removed.size(), 0);
}

void TestHealthModel::historyOnlyChangeIsItsOwnSignal()
{
    QList<HealthRow> snapshot = rows(u"postgres redis"_s);
    m_model->setRows(snapshot);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    snapshot[1].history.append(result(HealthState::Healthy, u"Port open."_s, 1));
    m_model->setRows(snapshot);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][2].value<QList<int>>(), QList<int>{HealthModel::HistoryCountRole});
    QCOMPARE(m_model->index(1, 0).data(HealthModel::HistoryCountRole).toInt(), 3);

    // A bounded history that drops its oldest entry while gaining one keeps its size: still reported.
    changed.clear();
    snapshot[1].history.removeFirst();
    snapshot[1].history.append(result(HealthState::Healthy, u"Port open."_s, 0));
    m_model->setRows(snapshot);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->row(u"redis"_s)->history.constLast().checkedAt, now);
}

void TestHealthModel::insertAndRemove()
{
    m_model->setRows(rows(u"a c e"_s));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->setRows(rows(u"a b c d e"_s));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted[0][1].toInt(), 1);
    QCOMPARE(inserted[0][2].toInt(), 1);
    QCOMPARE(inserted[1][1].toInt(), 3);
    QCOMPARE(inserted[1][2].toInt(), 3);
    QCOMPARE(services(*m_model), u"a b c d e"_s);

    m_model->setRows(rows(u"a e"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 1);
    QCOMPARE(removed[0][2].toInt(), 3);
    QCOMPARE(services(*m_model), u"a e"_s);
    QCOMPARE(reset.size(), 0);
}

void TestHealthModel::sinceMovesOn()
{
    m_model->setRows(rows(u"postgres redis"_s));
    QCOMPARE(m_model->index(0, HealthModel::SinceColumn).data().toString(), u"1 min"_s);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setReferenceTime(now.addSecs(3600));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(0, HealthModel::SinceColumn));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(1, HealthModel::SinceColumn));
    QCOMPARE(m_model->index(1, HealthModel::SinceColumn).data().toString(), u"1 h"_s);
    // Without a fixed reference the current time counts.
    m_model->setReferenceTime({});
    QVERIFY(qAbs(m_model->referenceTime().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QVERIFY(m_model->index(1, HealthModel::SinceColumn).data().toString().endsWith(u" d"_s));
}

void TestHealthModel::randomSnapshots()
{
    // Many random transitions under the Fatal tester: the model always ends equal to the snapshot.
    QRandomGenerator random(20240501);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const QStringList names = u"nginx fastapi streamlit analytics postgres redis prometheus grafana spark worker"_s.split(u' ');
    const QStringList states{u""_s, u"down"_s, u"unhealthy"_s, u"degraded"_s, u"unknown"_s};
    for (int round = 0; round < 300; ++round) {
        QList<HealthRow> next;
        for (const QString &n : names) {
            if (random.bounded(3) == 0)
                continue;
            next.append(row(n + u':' + states.at(random.bounded(int(states.size())))));
        }
        for (qsizetype i = next.size() - 1; i > 0; --i)
            next.swapItemsAt(i, random.bounded(int(i + 1)));
        m_model->setRows(next);
        QCOMPARE(services(*m_model), servicesOf(next));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->index(r, 0).data(HealthModel::StateRole).toInt(), int(next.at(r).state));
    }
    QCOMPARE(reset.size(), 0);
}

QTEST_GUILESS_MAIN(TestHealthModel)
#include "tst_healthmodel.moc"
