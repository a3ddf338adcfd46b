#include "models/health/stackhealth.h"
#include "models/live/healthmodel.h"
#include "ui/health/healthpalette.h"
#include "ui/health/healthpanel.h"
#include "ui/health/healthsummary.h"
#include "ui/health/probehistorylist.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

namespace {

const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);

ProbeResult result(HealthState state, const QString &message, int second, int latencyMs = 12)
{
    ProbeResult r;
    r.state = state;
    r.message = message;
    r.latency = std::chrono::milliseconds(latencyMs);
    r.checkedAt = base.addSecs(second);
    return r;
}

HealthRow row(const QString &service, const QString &kind, HealthState state, const QString &message,
              const QString &cause = {})
{
    HealthRow r;
    r.service = service;
    r.kind = kind;
    r.state = state;
    r.message = message;
    r.cause = cause;
    r.since = base.addSecs(600);
    for (int i = 0; i < 4; ++i)
        r.history.append(result(i < 2 ? HealthState::Healthy : state, i < 2 ? u"Answered."_s : message, i * 30, 10 + i));
    return r;
}

// The production stack with postgres down: 6 of 11 healthy, three services failing because of it, one unknown.
QList<HealthRow> stackRows()
{
    const QString pg = u"because postgres is down"_s;
    return {
        row(u"analytics"_s, u"http 127.0.0.1:8002/health"_s, HealthState::Unhealthy, u"HTTP 500 from /health."_s, pg),
        row(u"fastapi"_s, u"http 127.0.0.1:8000/health"_s, HealthState::Unhealthy, u"HTTP 503 from /health."_s, pg),
        row(u"grafana"_s, u"grafana"_s, HealthState::Unknown, u"Not probed yet."_s),
        row(u"minio"_s, u"http 127.0.0.1:9000/minio/health/live"_s, HealthState::Healthy, u"HTTP 200."_s),
        row(u"nginx"_s, u"http 127.0.0.1:80/"_s, HealthState::Unhealthy, u"HTTP 502 from /."_s, pg),
        row(u"postgres"_s, u"postgres"_s, HealthState::Down, u"Connection refused on 127.0.0.1:5432."_s),
        row(u"prometheus"_s, u"prometheus"_s, HealthState::Healthy, u"Prometheus is ready."_s),
        row(u"redis"_s, u"redis"_s, HealthState::Healthy, u"PONG in 1 ms."_s),
        row(u"spark-master"_s, u"spark-master"_s, HealthState::Healthy, u"ALIVE, 2 workers."_s),
        row(u"spark-worker"_s, u"tcp 127.0.0.1:8081"_s, HealthState::Healthy, u"Port open."_s),
        row(u"streamlit"_s, u"http 127.0.0.1:8501/_stcore/health"_s, HealthState::Healthy, u"HTTP 200."_s),
    };
}

QPoint cellCentre(QTableView *view, const QString &service, int column = HealthModel::ServiceColumn)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(HealthModel::ServiceRole).toString() == service)
            return view->visualRect(m->index(r, column)).center();
    }
    return {};
}

QColor iconCentre(const QIcon &icon)
{
    const QImage image = icon.pixmap(12, 12).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestHealthPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void viewModelPassesTester();
    void summaryLeadsWithRootCause();
    void panelText_data();
    void panelText();
    void statesAreColoured();
    void selectShowsHistoryNewestFirst();
    void historyMergesWhileSelected();
    void clickSelectsAndDoubleClickActivates();
    void enterActivates();
    void selectionSurvivesUpdates();
    void statusText_data();
    void statusText();
    void screenshot();

private:
    HealthModel *m_model = nullptr;
    HealthPanel *m_panel = nullptr;
};

void TestHealthPanel::init()
{
    m_model = new HealthModel(this);
    m_panel = new HealthPanel;
    m_panel->resize(900, 520);
    m_panel->setModel(m_model);
    m_model->setRows(stackRows());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestHealthPanel::cleanup()
{
    delete m_panel;
    delete m_model;
}

void TestHealthPanel::viewModelPassesTester()
{
    QAbstractItemModelTester tester(m_panel->tableView()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<HealthRow> rows = stackRows();
    rows[5].state = HealthState::Healthy;
    rows.removeAt(2);
    m_model->setRows(rows);
    m_model->setRows(stackRows());
    m_model->setRows({});
    m_model->setRows(stackRows());
    QCOMPARE(m_panel->tableView()->model()->rowCount(), 11);
    QCOMPARE(m_panel->tableView()->verticalHeader()->count(), 11);
}

void TestHealthPanel::summaryLeadsWithRootCause()
{
    QCOMPARE(m_panel->summaryText(), u"6 of 11 healthy · postgres is down (root cause) · 1 unknown"_s);
    auto *label = m_panel->findChild<QLabel *>(u"healthSummary"_s);
    QVERIFY(label);
    QVERIFY(label->text().contains(u"postgres is down"_s));
    QVERIFY(label->text().contains(HealthPalette::stateColour(HealthState::Down).name()));

    // postgres recovers: the next snapshot's summary follows without any reset.
    QList<HealthRow> rows = stackRows();
    for (HealthRow &r : rows) {
        r.state = HealthState::Healthy;
        r.cause.clear();
    }
    m_model->setRows(rows);
    QCOMPARE(m_panel->summaryText(), u"11 of 11 healthy"_s);
    QVERIFY(label->text().contains(HealthPalette::stateColour(HealthState::Healthy).name()));
}

void TestHealthPanel::panelText_data()
{
    QTest::addColumn<QString>("states"); // service:state[:cause]
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QString() << u"No services probed yet"_s;
    QTest::newRow("all healthy") << u"a:healthy b:healthy"_s << u"2 of 2 healthy"_s;
    QTest::newRow("one problem, no dependants") << u"a:healthy b:degraded"_s << u"1 of 2 healthy · b is degraded"_s;
    QTest::newRow("two roots") << u"a:down b:unhealthy c:unhealthy:x d:healthy"_s
                               << u"1 of 4 healthy · a is down, b is unhealthy (root causes)"_s;
    QTest::newRow("many roots") << u"a:down b:down c:down d:down"_s << u"0 of 4 healthy · a is down, b is down +2"_s;
    QTest::newRow("only explained") << u"a:unhealthy:x b:unknown"_s << u"0 of 2 healthy · a is unhealthy · 1 unknown"_s;
}

void TestHealthPanel::panelText()
{
    QFETCH(QString, states);
    QFETCH(QString, expected);
    QList<HealthRow> rows;
    for (const QString &s : states.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList p = s.split(u':');
        HealthRow r;
        r.service = p.at(0);
        for (HealthState st : {HealthState::Healthy, HealthState::Unknown, HealthState::Degraded, HealthState::Unhealthy,
                               HealthState::Down}) {
            if (healthStateName(st) == p.at(1))
                r.state = st;
        }
        r.cause = p.value(2);
        rows << r;
    }
    QCOMPARE(HealthSummary::panelText(rows), expected);
    m_model->setRows(rows);
    QCOMPARE(m_panel->summaryText(), expected);
}

void TestHealthPanel::statesAreColoured()
{
    const QAbstractItemModel *view = m_panel->tableView()->model();
    const int postgres = m_model->rowOf(u"postgres"_s), redis = m_model->rowOf(u"redis"_s);
    const QIcon down = view->index(postgres, HealthModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    const QIcon healthy = view->index(redis, HealthModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!down.isNull());
    QCOMPARE(iconCentre(down), HealthPalette::stateColour(HealthState::Down));
    QCOMPARE(iconCentre(healthy), HealthPalette::stateColour(HealthState::Healthy));
    QVERIFY(HealthPalette::stateColour(HealthState::Down) != HealthPalette::stateColour(HealthState::Unhealthy));
    // Failing rows are tinted across; healthy ones are not, and other cells carry no icon.
    QVERIFY(view->index(postgres, HealthModel::MessageColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(!view->index(redis, HealthModel::MessageColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!view->index(postgres, HealthModel::MessageColumn).data(Qt::DecorationRole).isValid());

    // A state change repaints the whole row's tint, not only the State cell the model reports.
    QSignalSpy changed(view, &QAbstractItemModel::dataChanged);
    QList<HealthRow> rows = stackRows();
    rows[postgres].state = HealthState::Healthy;
    m_model->setRows(rows);
    bool wholeRow = false;
    for (const QList<QVariant> &args : changed) {
        const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
        wholeRow |= tl.row() == postgres && tl.column() == 0 && br.column() == HealthModel::ColumnCount - 1;
    }
    QVERIFY(wholeRow);
    QVERIFY(!view->index(postgres, HealthModel::MessageColumn).data(Qt::BackgroundRole).isValid());
}

void TestHealthPanel::selectShowsHistoryNewestFirst()
{
    QSignalSpy current(m_panel, &HealthPanel::currentServiceChanged);
    m_panel->selectService(u"postgres"_s);
    QCOMPARE(m_panel->selectedService(), u"postgres"_s);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current[0][0].toString(), u"postgres"_s);
    ProbeHistoryList *history = m_panel->historyList();
    QCOMPARE(history->topLevelItemCount(), 4);
    const HealthRow *pg = m_model->row(u"postgres"_s);
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::TimeColumn), ProbeHistoryList::timeText(pg->history.at(3).checkedAt));
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::StateColumn), u"Down"_s);
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::LatencyColumn), u"13 ms"_s);
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::MessageColumn), u"Connection refused on 127.0.0.1:5432."_s);
    QCOMPARE(history->topLevelItem(3)->text(ProbeHistoryList::StateColumn), u"Healthy"_s);
    QCOMPARE(history->topLevelItem(3)->text(ProbeHistoryList::LatencyColumn), u"10 ms"_s);
    QVERIFY(m_panel->findChild<QLabel *>(u"healthHistoryTitle"_s)->text().startsWith(u"postgres"_s));

    m_panel->selectService(u"no-such-service"_s);
    QCOMPARE(m_panel->selectedService(), QString());
    QCOMPARE(history->topLevelItemCount(), 0);
}

void TestHealthPanel::historyMergesWhileSelected()
{
    m_panel->selectService(u"postgres"_s);
    ProbeHistoryList *history = m_panel->historyList();
    QTreeWidgetItem *previousNewest = history->topLevelItem(0);
    const QString secondOldest = history->topLevelItem(2)->text(ProbeHistoryList::TimeColumn);
    QList<HealthRow> rows = stackRows();
    HealthRow &pg = rows[m_model->rowOf(u"postgres"_s)];
    pg.history.removeFirst(); // the bounded history drops its oldest result as a new one comes in
    pg.history.append(result(HealthState::Down, u"Still refused."_s, 200, 850));
    QSignalSpy removedRows(history->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(history->model(), &QAbstractItemModel::modelReset);
    m_model->setRows(rows);
    QCOMPARE(history->topLevelItemCount(), 4);
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::MessageColumn), u"Still refused."_s);
    QCOMPARE(history->topLevelItem(0)->text(ProbeHistoryList::LatencyColumn), u"850 ms"_s);
    QCOMPARE(history->topLevelItem(1), previousNewest); // the same item, merged rather than rebuilt
    QCOMPARE(history->topLevelItem(3)->text(ProbeHistoryList::TimeColumn), secondOldest); // the oldest went
    QCOMPARE(removedRows.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void TestHealthPanel::clickSelectsAndDoubleClickActivates()
{
    QTableView *view = m_panel->tableView();
    QSignalSpy current(m_panel, &HealthPanel::currentServiceChanged);
    QSignalSpy activated(m_panel, &HealthPanel::serviceActivated);
    const QPoint redis = cellCentre(view, u"redis"_s, HealthModel::MessageColumn);
    QVERIFY(!redis.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, redis);
    QCOMPARE(m_panel->selectedService(), u"redis"_s);
    QCOMPARE(current.size(), 1);
    QCOMPARE(activated.size(), 0);
    QCOMPARE(m_panel->historyList()->topLevelItemCount(), 4);

    // What a real double-click delivers to a widget: press, release, double-click, release.
    const QPoint fastapi = cellCentre(view, u"fastapi"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, fastapi);
    QCOMPARE(activated.size(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, fastapi);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, fastapi);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), u"fastapi"_s);
}

void TestHealthPanel::enterActivates()
{
    QSignalSpy activated(m_panel, &HealthPanel::serviceActivated);
    m_panel->selectService(u"nginx"_s);
    m_panel->tableView()->setFocus();
    QTest::keyClick(m_panel->tableView(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), u"nginx"_s);
    QTest::keyClick(m_panel->tableView(), Qt::Key_Down);
    QCOMPARE(m_panel->selectedService(), u"postgres"_s);
    QTest::keyClick(m_panel->tableView(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated[1][0].toString(), u"postgres"_s);
}

void TestHealthPanel::selectionSurvivesUpdates()
{
    m_panel->selectService(u"redis"_s);
    QList<HealthRow> rows = stackRows();
    rows.removeAt(0);                                                                  // analytics goes
    rows.insert(3, row(u"kafka"_s, u"tcp 127.0.0.1:9092"_s, HealthState::Healthy, u"Port open."_s)); // before redis
    for (HealthRow &r : rows) {
        if (r.service == u"redis"_s)
            r.state = HealthState::Degraded;
    }
    m_model->setRows(rows);
    QCOMPARE(m_panel->selectedService(), u"redis"_s);
    QCOMPARE(m_panel->tableView()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_panel->tableView()->selectionModel()->selectedRows().first().data(HealthModel::ServiceRole).toString(),
             u"redis"_s);
}

void TestHealthPanel::statusText_data()
{
    QTest::addColumn<QString>("states"); // service:state
    QTest::addColumn<QString>("deps");   // service>dependency
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString() << u"No services to watch"_s;
    QTest::newRow("healthy") << u"a:healthy b:healthy"_s << QString() << u"Stack healthy — all 2 services healthy"_s;
    QTest::newRow("unknown") << u"a:healthy b:unknown c:unknown"_s << QString()
                             << u"Stack health unknown — no verdict yet for b, c"_s;
    QTest::newRow("root cause with dependants")
        << u"postgres:down grafana:unhealthy fastapi:unhealthy redis:healthy"_s
        << u"grafana>postgres fastapi>postgres fastapi>redis"_s
        << u"Stack down — root cause: postgres is down (fastapi, grafana affected)"_s;
    QTest::newRow("deepest cause") << u"db:down api:unhealthy web:unhealthy"_s << u"web>api api>db"_s
                                   << u"Stack down — root cause: db is down (api, web affected)"_s;
    QTest::newRow("degraded alone") << u"spark:degraded web:healthy"_s << QString()
                                    << u"Stack degraded — spark is degraded"_s;
    QTest::newRow("two roots") << u"db:down api:unhealthy cache:unhealthy"_s << u"api>db"_s
                               << u"Stack down — root causes: db is down (api affected); cache is unhealthy"_s;
    QTest::newRow("many roots") << u"a:down b:down c:down d:unhealthy e:unhealthy f:unhealthy g:unhealthy h:unhealthy"_s
                                << u"d>a e>a f>a g>a h>b"_s
                                << u"Stack down — root causes: a is down (d, e, f +1 affected); b is down (h affected); +1 more"_s;
}

void TestHealthPanel::statusText()
{
    QFETCH(QString, states);
    QFETCH(QString, deps);
    QFETCH(QString, expected);
    QMap<QString, QStringList> graph;
    QMap<QString, ProbeResult> results;
    for (const QString &s : states.split(u' ', Qt::SkipEmptyParts)) {
        const QString name = s.section(u':', 0, 0), state = s.section(u':', 1);
        graph[name];
        for (HealthState st : {HealthState::Healthy, HealthState::Unknown, HealthState::Degraded, HealthState::Unhealthy,
                               HealthState::Down}) {
            if (healthStateName(st) == state && st != HealthState::Unknown)
                results.insert(name, ProbeResult::make(st, state));
        }
    }
    for (const QString &d : deps.split(u' ', Qt::SkipEmptyParts))
        graph[d.section(u'>', 0, 0)] << d.section(u'>', 1);
    const StackHealthReport report = StackHealth::evaluate(graph, results);
    QCOMPARE(HealthSummary::statusText(report), expected);
}

void TestHealthPanel::screenshot()
{
    m_panel->selectService(u"postgres"_s);
    QTest::qWait(50);
    const QImage image = m_panel->grab().toImage();
    // All eleven rows fit at this size: no scroll bar, no phantom sections below the last row.
    QCOMPARE(m_panel->tableView()->verticalHeader()->count(), 11);
    QCOMPARE(m_panel->tableView()->verticalScrollBar()->maximum(), 0);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, "the rendered panel is nearly blank");
    // Every column's text fits or is elided by the view; the header shows all five columns.
    const QHeaderView *header = m_panel->tableView()->horizontalHeader();
    for (int c = 0; c < HealthModel::ColumnCount; ++c)
        QVERIFY2(header->sectionViewportPosition(c) < m_panel->tableView()->viewport()->width(), qPrintable(QString::number(c)));
    // The short columns are as wide as their widest text: "spark-master", "Unhealthy" are never clipped.
    const QAbstractItemModel *model = m_panel->tableView()->model();
    for (int c : {HealthModel::ServiceColumn, HealthModel::StateColumn, HealthModel::SinceColumn}) {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, c);
            QVERIFY2(header->sectionSize(c) >= m_panel->tableView()->sizeHintForIndex(i).width(),
                     qPrintable(i.data().toString()));
        }
    }

    QString dir = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QString::fromUtf8(STACKDECK_BINARY_DIR) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/health-panel.png"_s;
    QVERIFY2(image.save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
