#include "gaugefixtures.h"

#include "models/core/quantity.h"
#include "ui/gauges/resourceformat.h"
#include "ui/gauges/resourcegauge.h"
#include "ui/gauges/resourcehistorychart.h"
#include "ui/gauges/resourcepanel.h"
#include "ui/gauges/resourcerow.h"
#include "ui/gauges/resourcetotals.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <functional>

using namespace Stackdeck;
using namespace Stackdeck::GaugeFixtures;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2024-05-14T10:30:00Z"), Qt::ISODate);

QString outputDir()
{
    const QString dir = qEnvironmentVariable("STACKDECK_BINARY_DIR", QStringLiteral(STACKDECK_BINARY_DIR))
                        + QStringLiteral("/screenshots/gauges");
    QDir().mkpath(dir);
    return dir;
}

// A one-service stack: its spec and a snapshot with one running replica at the given figures.
struct OneService
{
    QList<ServiceSpec> specs;
    StackSnapshotPtr snapshot;
};

OneService oneService(const QString &cpus, const QString &memory, double cpuPercent, qint64 used)
{
    DemoService demo{QStringLiteral("web"), cpus, memory, cpuPercent, used};
    return {specs({demo}), snapshot({demo}, kNow, 120)};
}

} // namespace

class TestGauges : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void gaugeLevels_data();
    void gaugeLevels();
    void rowMemoryThreshold_data();
    void rowMemoryThreshold();
    void noLimit();
    void oomAndRestartLoop();
    void notRunningAndNoEngine();
    void totalsEqualSums();
    void historyChart();
    void historyChartWindowAndThrottle();
    void clickSelects();
    void snapshotsReuseWidgets();
    void render_data();
    void render();
    void renderGaugeStates();
};

void TestGauges::formats_data()
{
    QTest::addColumn<bool>("memory");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("limit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cpu") << false << 0.42 << 1.0 << QStringLiteral("0.42 / 1 CPU");
    QTest::newRow("cpu half") << false << 0.049 << 0.5 << QStringLiteral("0.05 / 0.5 CPU");
    QTest::newRow("cpu no limit") << false << 1.3 << 0.0 << QStringLiteral("1.30 CPU · no limit");
    QTest::newRow("memory") << true << double(612 * mib) << double(gib) << QStringLiteral("612 MiB / 1 GiB (60 %)");
    QTest::newRow("memory GiB") << true << double(qint64(2.83 * gib)) << double(3 * gib)
                                << QStringLiteral("2.8 GiB / 3 GiB (94 %)");
    QTest::newRow("memory no limit") << true << double(612 * mib) << 0.0 << QStringLiteral("612 MiB · no limit");
    QTest::newRow("memory rounds up to GiB") << true << double(gib - 100 * 1024) << 0.0
                                             << QStringLiteral("1 GiB · no limit");
}

void TestGauges::formats()
{
    QFETCH(bool, memory);
    QFETCH(double, value);
    QFETCH(double, limit);
    QFETCH(QString, expected);
    const QString text = memory ? ResourceFormat::memoryText(qint64(value), qint64(limit))
                                : ResourceFormat::cpuText(value, limit);
    QCOMPARE(text, expected);
    ResourceGauge gauge(memory ? ResourceGauge::Unit::Bytes : ResourceGauge::Unit::Cores);
    gauge.setValue(value, limit);
    QCOMPARE(gauge.text(), expected);
}

void TestGauges::gaugeLevels_data()
{
    QTest::addColumn<bool>("memory");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("level");
    QTest::newRow("memory 50 %") << true << 0.5 << int(ResourceGauge::Level::Normal);
    QTest::newRow("memory 89 %") << true << 0.89 << int(ResourceGauge::Level::Normal);
    QTest::newRow("memory 91 %") << true << 0.91 << int(ResourceGauge::Level::Warning);
    QTest::newRow("memory 120 %") << true << 1.2 << int(ResourceGauge::Level::Warning);
    QTest::newRow("cpu 95 % is no warning") << false << 0.95 << int(ResourceGauge::Level::Normal);
}

void TestGauges::gaugeLevels()
{
    QFETCH(bool, memory);
    QFETCH(double, fraction);
    QFETCH(int, level);
    ResourceGauge gauge(memory ? ResourceGauge::Unit::Bytes : ResourceGauge::Unit::Cores);
    const double limit = memory ? double(gib) : 2.0;
    gauge.setValue(limit * fraction, limit);
    QCOMPARE(int(gauge.level()), level);
    QCOMPARE(gauge.fraction(), fraction);
    gauge.setAlert(QStringLiteral("OOM killed"));
    QCOMPARE(gauge.level(), ResourceGauge::Level::Critical);
    gauge.setAlert(QString());
    QCOMPARE(int(gauge.level()), level);
    gauge.setValue(limit * fraction, 0);
    QCOMPARE(gauge.level(), ResourceGauge::Level::Unlimited);
    gauge.setOff(QStringLiteral("not running"));
    QCOMPARE(gauge.level(), ResourceGauge::Level::Off);
    QVERIFY(gauge.sizeHint().height() >= gauge.fontMetrics().height());
    QVERIFY(gauge.minimumSizeHint().width() < gauge.sizeHint().width());
}

void TestGauges::rowMemoryThreshold_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<bool>("warn");
    QTest::newRow("under 90 %") << 0.62 << false;
    QTest::newRow("at 90 %") << 0.90 << false;
    QTest::newRow("over 90 %") << 0.95 << true;
}

void TestGauges::rowMemoryThreshold()
{
    QFETCH(double, share);
    QFETCH(bool, warn);
    const qint64 used = qint64(double(gib) * share);
    const OneService one = oneService(QStringLiteral("1"), QStringLiteral("1G"), 42.0, used);
    ResourcePanel panel;
    panel.setServices(one.specs);
    panel.setSnapshot(one.snapshot);
    ResourceRow *row = panel.row(QStringLiteral("web"));
    QVERIFY(row);
    QCOMPARE(row->memoryGauge()->text(), ResourceFormat::memoryText(used, gib));
    QCOMPARE(row->memoryGauge()->level(), warn ? ResourceGauge::Level::Warning : ResourceGauge::Level::Normal);
    QCOMPARE(row->cpuGauge()->text(), QStringLiteral("0.42 / 1 CPU"));
    QCOMPARE(row->warningText().contains(QStringLiteral("memory at")), warn);
    if (warn)
        QVERIFY2(row->warningText().contains(ResourceFormat::percent(share)), qPrintable(row->warningText()));
}

void TestGauges::noLimit()
{
    const OneService one = oneService(QString(), QString(), 130.0, 612 * mib);
    ResourcePanel panel;
    panel.setServices(one.specs);
    panel.setSnapshot(one.snapshot);
    const ResourceRow *row = panel.row(QStringLiteral("web"));
    QCOMPARE(row->memoryGauge()->text(), QStringLiteral("612 MiB · no limit"));
    QCOMPARE(row->memoryGauge()->level(), ResourceGauge::Level::Unlimited);
    QCOMPARE(row->cpuGauge()->text(), QStringLiteral("1.30 CPU · no limit"));
    QVERIFY(!row->memoryGauge()->hasLimit());
    QVERIFY(row->warningText().isEmpty());
    // The declared total skips it and says so.
    QCOMPARE(panel.totalDeclaredMemory(), 0);
}

void TestGauges::oomAndRestartLoop()
{
    const OneService one = oneService(QStringLiteral("1"), QStringLiteral("1G"), 20.0, 300 * mib);
    ResourcePanel panel;
    panel.setServices(one.specs);
    panel.setSnapshot(one.snapshot);
    const ResourceRow *row = panel.row(QStringLiteral("web"));
    QVERIFY(row->warningText().isEmpty());
    QCOMPARE(row->memoryGauge()->level(), ResourceGauge::Level::Normal);

    ServiceLiveStatus status;
    status.state = ServiceLiveStatus::State::Running;
    status.oomKilled = true;
    panel.setStatus(QStringLiteral("web"), status);
    QCOMPARE(row->memoryGauge()->level(), ResourceGauge::Level::Critical);
    QCOMPARE(row->memoryGauge()->alert(), QStringLiteral("OOM killed"));
    QVERIFY(row->cpuGauge()->alert().isEmpty());
    QVERIFY(row->warningText().contains(QStringLiteral("OOM killed")));

    status.restartLoop = true;
    status.restarts = 5;
    panel.setStatus(QStringLiteral("web"), status);
    QCOMPARE(row->cpuGauge()->level(), ResourceGauge::Level::Critical);
    QCOMPARE(row->cpuGauge()->alert(), QStringLiteral("restart loop"));
    QVERIFY2(row->warningText().contains(QStringLiteral("restart loop, 5 restarts")), qPrintable(row->warningText()));
    QVERIFY(row->hasCriticalWarning());

    panel.setStatus(QStringLiteral("web"), ServiceLiveStatus{});
    QVERIFY(row->warningText().isEmpty());
    QCOMPARE(row->memoryGauge()->level(), ResourceGauge::Level::Normal);
    QCOMPARE(row->cpuGauge()->level(), ResourceGauge::Level::Normal);
}

void TestGauges::notRunningAndNoEngine()
{
    QList<DemoService> demo = demoServices();
    ResourcePanel panel;
    panel.setServices(specs(demo));
    const ResourceRow *nginx = panel.row(QStringLiteral("nginx"));
    QVERIFY(nginx);
    // No snapshot yet: no engine, and the totals say so rather than 0.
    QCOMPARE(nginx->cpuGauge()->level(), ResourceGauge::Level::Off);
    QCOMPARE(nginx->cpuGauge()->text(), QStringLiteral("no engine"));
    QVERIFY(panel.totals()->cpuGauge()->isOff());

    panel.setSnapshot(snapshot(demo, kNow, 60));
    QCOMPARE(nginx->cpuGauge()->text(), QStringLiteral("not running"));
    QCOMPARE(nginx->memoryGauge()->text(), QStringLiteral("not running"));
    QVERIFY(!panel.totals()->cpuGauge()->isOff());
    const ResourceRow *analytics = panel.row(QStringLiteral("analytics"));
    QCOMPARE(analytics->memoryGauge()->text(), QStringLiteral("not running"));
    QCOMPARE(analytics->memoryGauge()->alert(), QStringLiteral("OOM killed"));
    QCOMPARE(analytics->cpuGauge()->alert(), QStringLiteral("restart loop"));

    panel.setSnapshot(nullptr);
    QCOMPARE(panel.row(QStringLiteral("fastapi"))->memoryGauge()->text(), QStringLiteral("no engine"));
    QVERIFY(panel.totals()->memoryGauge()->isOff());
}

void TestGauges::totalsEqualSums()
{
    const QList<DemoService> demo = demoServices();
    ResourcePanel panel;
    panel.setMachine(8, 16 * gib);
    panel.setServices(specs(demo));
    const StackSnapshotPtr snap = snapshot(demo, kNow, 60);
    panel.setSnapshot(snap);

    double cpu = 0.0;
    qint64 memory = 0;
    for (const ServiceSnapshot &s : snap->services) {
        if (!s.containers.isEmpty() && s.containers.first().running) {
            cpu += s.total.cpuPercent / 100.0;
            memory += s.total.memoryUsed;
        }
    }
    qint64 declared = 0;
    for (const DemoService &d : demo) {
        if (!d.memory.isEmpty())
            declared += Quantity::parseMemory(d.memory).value();
    }
    QVERIFY(cpu > 0 && memory > 0 && declared > 0);
    QCOMPARE(panel.totalCpuCores(), cpu);
    QCOMPARE(panel.totalMemoryUsed(), memory);
    QCOMPARE(panel.totalDeclaredMemory(), declared);
    const ResourceTotals *totals = panel.totals();
    QCOMPARE(totals->cpuGauge()->value(), cpu);
    QCOMPARE(totals->cpuGauge()->limit(), 8.0);
    QCOMPARE(totals->memoryGauge()->text(), ResourceFormat::memoryText(memory, 16 * gib));
    QCOMPARE(totals->declaredGauge()->text(), ResourceFormat::memoryText(declared, 16 * gib));
    QVERIFY(totals->declaredGauge()->alert().isEmpty());

    // Declared limits past the machine are overcommitted.
    panel.setMachine(8, declared - gib);
    QCOMPARE(totals->declaredGauge()->alert(), QStringLiteral("overcommitted"));
    QCOMPARE(totals->declaredGauge()->level(), ResourceGauge::Level::Warning);
}

void TestGauges::historyChart()
{
    ResourceHistoryChart chart;
    QChart *const original = chart.chart();
    const auto ring = history(600, kNow, 150.0, 700 * mib, 3);
    chart.setLimits(0, 0);
    chart.setHistory(ring, kNow);
    QCOMPARE(chart.cpuSeries()->count(), ring->size());
    QCOMPARE(chart.memorySeries()->count(), ring->size());
    const ContainerStats &latest = ring->latest();
    QCOMPARE(chart.cpuSeries()->at(ring->size() - 1), QPointF(0.0, latest.cpuPercent));
    QCOMPARE(chart.memorySeries()->at(ring->size() - 1).y(), double(latest.memoryUsed) / chart.memoryUnitBytes());
    QCOMPARE(chart.cpuSeries()->at(0).x(), (ring->size() - 1) / 60.0);
    QVERIFY(!chart.cpuRelativeToLimit());
    QVERIFY(chart.cpuAxis()->max() >= latest.cpuPercent);

    // With a limit, CPU reads as % of it and the memory axis tops at the limit.
    chart.setLimits(2.0, 3 * gib);
    chart.setHistory(ring, kNow.addSecs(1));
    QTRY_COMPARE(chart.cpuSeries()->at(ring->size() - 1).y(), latest.cpuPercent / 2.0);
    QVERIFY(chart.cpuRelativeToLimit());
    QCOMPARE(chart.memoryAxis()->max() * chart.memoryUnitBytes(), double(3 * gib));
    QCOMPARE(chart.chart(), original);
    QCOMPARE(chart.chart()->series().size(), 2);
    QCOMPARE(chart.chart()->axes().size(), 3);
}

void TestGauges::historyChartWindowAndThrottle()
{
    ResourceHistoryChart chart;
    // A full ring holds 16 minutes; the chart shows the last 15.
    const auto full = history(StatsHistory::defaultCapacity, kNow, 50.0, 200 * mib, 5);
    QCOMPARE(full->size(), StatsHistory::defaultCapacity);
    chart.setHistory(full, kNow);
    QCOMPARE(chart.cpuSeries()->count(), ResourceHistoryChart::windowSeconds + 1);
    QCOMPARE(chart.cpuSeries()->at(chart.cpuSeries()->count() - 1).y(), full->latest().cpuPercent);

    // A second history within the second waits, then lands.
    const int before = chart.updateCount();
    const auto shorter = history(30, kNow, 10.0, 100 * mib, 6);
    chart.setHistory(shorter, kNow);
    QCOMPARE(chart.updateCount(), before);
    QCOMPARE(chart.cpuSeries()->count(), ResourceHistoryChart::windowSeconds + 1);
    QTRY_COMPARE_WITH_TIMEOUT(chart.cpuSeries()->count(), shorter->size(), 3000);
    QCOMPARE(chart.updateCount(), before + 1);

    chart.setHistory(nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(chart.cpuSeries()->count(), 0, 3000);
}

void TestGauges::clickSelects()
{
    const QList<DemoService> demo = demoServices();
    ResourcePanel panel;
    panel.setServices(specs(demo));
    const StackSnapshotPtr snap = snapshot(demo, kNow, 300);
    panel.setSnapshot(snap);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.selectedService(), demo.first().name);

    QSignalSpy spy(&panel, &ResourcePanel::serviceSelected);
    ResourceRow *row = panel.row(QStringLiteral("postgres"));
    QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(20, row->height() / 2));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("postgres"));
    QCOMPARE(panel.selectedService(), QStringLiteral("postgres"));
    QVERIFY(row->isSelected());
    QVERIFY(!panel.row(demo.first().name)->isSelected());
    // The chart follows the selection at once.
    const ContainerStats &latest = snap->service(QStringLiteral("postgres"))->history->latest();
    const QLineSeries *memory = panel.historyChart()->memorySeries();
    QCOMPARE(memory->count(), 300);
    QCOMPARE(memory->at(memory->count() - 1).y() * panel.historyChart()->memoryUnitBytes(), double(latest.memoryUsed));

    // Clicking the selected row again changes nothing; arrows move the selection.
    QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(20, row->height() / 2));
    QCOMPARE(spy.count(), 1);
    QTest::keyClick(&panel, Qt::Key_Down);
    QCOMPARE(panel.selectedService(), QStringLiteral("redis"));
    QCOMPARE(spy.count(), 2);
}

void TestGauges::snapshotsReuseWidgets()
{
    const QList<DemoService> demo = demoServices();
    ResourcePanel panel;
    panel.setServices(specs(demo));
    panel.setSnapshot(snapshot(demo, kNow, 60));
    panel.resize(1000, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QList<QWidget *> before = panel.findChildren<QWidget *>();
    QChart *const chart = panel.historyChart()->chart();
    const QLineSeries *cpuSeries = panel.historyChart()->cpuSeries();

    // Four snapshots a second; the histories gain a sample each second, as the engine monitor does.
    QList<std::shared_ptr<StatsHistory>> rings;
    for (const DemoService &d : demo)
        rings.append(history(60, kNow, d.cpuPercent, d.memoryUsed, 11));
    auto base = snapshot(demo, kNow, 1);
    for (int i = 0; i < 1000; ++i) {
        auto snap = std::make_shared<StackSnapshot>(*base);
        snap->sequence = quint64(i + 2);
        snap->taken = kNow.addMSecs(250 * i);
        for (int s = 0; s < snap->services.size(); ++s) {
            ServiceSnapshot &service = snap->services[s];
            if (i % 4 == 0) {
                ContainerStats sample = rings[s]->latest();
                sample.read = snap->taken;
                sample.cpuPercent = demo[s].cpuPercent * (1.0 + 0.1 * ((i / 4) % 5));
                rings[s]->append(sample);
            }
            service.history = std::make_shared<const StatsHistory>(*rings[s]);
            service.total = service.history->latest();
        }
        panel.setSnapshot(snap);
    }
    QCOMPARE(panel.findChildren<QWidget *>(), before);
    QCOMPARE(panel.historyChart()->chart(), chart);
    QCOMPARE(panel.historyChart()->cpuSeries(), cpuSeries);
    // 1000 snapshots in far less than 1000 s: the chart redrew only a few times.
    QVERIFY2(panel.historyChart()->updateCount() < 100, qPrintable(QString::number(panel.historyChart()->updateCount())));
    const double expected = demo.first().cpuPercent * (1.0 + 0.1 * ((999 / 4) % 5)) / 100.0;
    QCOMPARE(panel.row(demo.first().name)->reading().cpuCores, expected);
}

void TestGauges::render_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("engine");
    QTest::newRow("1000x420") << QSize(1000, 420) << true;
    QTest::newRow("700x360") << QSize(700, 360) << true;
    QTest::newRow("700x360 no engine") << QSize(700, 360) << false;
}

void TestGauges::render()
{
    QFETCH(QSize, size);
    QFETCH(bool, engine);
    const QList<DemoService> demo = demoServices();
    ResourcePanel panel;
    panel.setMachine(8, 16 * gib);
    panel.setServices(specs(demo));
    panel.setSnapshot(engine ? snapshot(demo, kNow, 900) : nullptr);
    ServiceLiveStatus analytics;
    analytics.state = ServiceLiveStatus::State::Restarting;
    analytics.oomKilled = true;
    analytics.restartLoop = true;
    analytics.restarts = 4;
    panel.setStatus(QStringLiteral("analytics"), analytics);
    panel.selectService(QStringLiteral("spark-worker-1"));
    panel.resize(size);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    const QPixmap pixmap = panel.grab();
    QCOMPARE(pixmap.size(), size);
    const QString path = outputDir()
                         + QStringLiteral("/resources-%1x%2%3.png")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(engine ? QString() : QStringLiteral("-noengine"));
    QVERIFY(pixmap.save(path));
    qInfo("rendered %s", qPrintable(path));
    // Every row fits its gauges at a readable height; wide and low, the chart moves aside so all rows show.
    const bool wide = size.width() >= 2 * size.height();
    for (const QString &name : panel.services()) {
        const ResourceRow *row = panel.row(name);
        QVERIFY(row->memoryGauge()->height() >= row->memoryGauge()->fontMetrics().height());
        QVERIFY(row->memoryGauge()->width() >= row->memoryGauge()->minimumSizeHint().width());
        QVERIFY(row->cpuGauge()->width() >= row->cpuGauge()->minimumSizeHint().width());
        if (wide)
            QVERIFY2(row->visibleRegion().boundingRect() == row->rect(), qPrintable(name));
    }
    QVERIFY(panel.historyChart()->height() >= panel.historyChart()->minimumHeight());
}

void TestGauges::renderGaugeStates()
{
    // Every look at three widths, from roomy down to the minimum size hint.
    QWidget sheet;
    auto *grid = new QGridLayout(&sheet);
    const int widths[] = {240, 150, 0};
    const auto place = [&](int row, const std::function<void(ResourceGauge &)> &setUp, ResourceGauge::Unit unit) {
        for (int col = 0; col < 3; ++col) {
            auto *gauge = new ResourceGauge(unit, &sheet);
            setUp(*gauge);
            gauge->setFixedWidth(widths[col] > 0 ? widths[col] : gauge->minimumSizeHint().width());
            grid->addWidget(gauge, row, col);
        }
    };
    place(0, [](ResourceGauge &g) { g.setValue(0.42, 1); }, ResourceGauge::Unit::Cores);
    place(1, [](ResourceGauge &g) { g.setValue(double(612 * mib), double(gib)); }, ResourceGauge::Unit::Bytes);
    place(2, [](ResourceGauge &g) { g.setValue(double(970 * mib), double(gib)); }, ResourceGauge::Unit::Bytes);
    place(3, [](ResourceGauge &g) { g.setValue(double(612 * mib), 0); }, ResourceGauge::Unit::Bytes);
    place(4, [](ResourceGauge &g) {
        g.setValue(double(1010 * mib), double(gib));
        g.setAlert(QStringLiteral("OOM killed"));
    }, ResourceGauge::Unit::Bytes);
    place(5, [](ResourceGauge &g) {
        g.setOff(QStringLiteral("not running"));
        g.setAlert(QStringLiteral("restart loop"));
    }, ResourceGauge::Unit::Cores);
    place(6, [](ResourceGauge &g) {
        g.setCaption(QStringLiteral("CPU"));
        g.setValue(3.2, 8);
    }, ResourceGauge::Unit::Cores);
    sheet.resize(sheet.sizeHint());
    sheet.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sheet));
    const QString path = outputDir() + QStringLiteral("/gauge-states.png");
    QVERIFY(sheet.grab().save(path));
    qInfo("rendered %s", qPrintable(path));
    for (const ResourceGauge *gauge : sheet.findChildren<ResourceGauge *>())
        QVERIFY(gauge->height() >= gauge->fontMetrics().height());
}

QTEST_MAIN(TestGauges)
#include "tst_gauges.moc"
