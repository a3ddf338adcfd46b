#include "models/compose/composeloader.h"
#include "tests/ui/inspector/inspectorfixtures.h"
#include "ui/inspector/serviceconfigsummary.h"
#include "ui/inspector/serviceinspector.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

using namespace Stackdeck::InspectorFixtures;


class TestServiceInspector final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placeholderUntilAService();
    void showsTheSpec();
    void secretsNeverShown();
    void productionFixture();
    void portLinksOpenUrls();
    void buttonsFollowState_data();
    void buttonsFollowState();
    void buttonsEmitActions();
    void actionsDisabledWithReason();
    void progressIsInline();
    void statusAndCause();
    void probeHistoryNewestFirst();
    void anotherServiceStartsBlank();
    void narrowDockLayout();

private:
    ServiceInspector *m_inspector = nullptr;
};

void TestServiceInspector::init()
{
    m_inspector = new ServiceInspector;
    m_inspector->resize(320, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
}

void TestServiceInspector::cleanup()
{
    delete m_inspector;
}

void TestServiceInspector::placeholderUntilAService()
{
    QVERIFY(label(m_inspector, u"inspectorPlaceholder"_s)->isVisible());
    QCOMPARE(m_inspector->service(), QString());
    m_inspector->setService(warehouse());
    QCOMPARE(m_inspector->service(), u"warehouse"_s);
    QVERIFY(!label(m_inspector, u"inspectorPlaceholder"_s)->isVisible());
    QCOMPARE(plain(label(m_inspector, u"inspectorName"_s)->text()), u"warehouse"_s);
    m_inspector->clear();
    QCOMPARE(m_inspector->service(), QString());
    QVERIFY(label(m_inspector, u"inspectorPlaceholder"_s)->isVisible());
    QVERIFY(configRows(m_inspector).isEmpty());
}

void TestServiceInspector::showsTheSpec()
{
    m_inspector->setService(warehouse());
    const QMap<QString, QString> rows = configRows(m_inspector);
    QCOMPARE(rows.value(u"Image"_s), u"ghcr.io/acme-data/warehouse-ingestion-service:2.3.1"_s);
    QCOMPARE(rows.value(u"Command"_s), u"python -m warehouse --workers 4 --label 'nightly batch'"_s);
    QCOMPARE(rows.value(u"Restart"_s), u"on-failure:3"_s);
    QCOMPARE(rows.value(u"Replicas"_s), u"2"_s);
    QCOMPARE(rows.value(u"CPU"_s), u"limit 1.5 · reserved 0.5"_s);
    QCOMPARE(rows.value(u"Memory"_s), u"limit 768M · reserved 256M"_s);
    QCOMPARE(rows.value(u"Depends on"_s), u"postgres (healthy), redis (started), migrate (completed), optional"_s);
    QCOMPARE(rows.value(u"Networks"_s), u"backend, database"_s);
    QCOMPARE(rows.value(u"Volumes"_s), u"/var/lib/warehouse\n/etc/warehouse/config.yml (read-only)"_s);
    QCOMPARE(rows.value(u"Environment"_s),
             u"WAREHOUSE_DB_PASSWORD, API_TOKEN, LOG_LEVEL, DATABASE_URL, GF_SECURITY_ADMIN_PASSWORD__FILE"_s);
    QCOMPARE(rows.value(u"Healthcheck"_s),
             u"curl -fsS -H 'Authorization: Bearer ••••••' http://localhost:8080/health\nevery 15s · timeout 3s · 4 retries"_s);

    // A bare service says what the defaults are instead of leaving gaps.
    ServiceSpec bare;
    bare.name = u"tiny"_s;
    bare.buildContext = u"./tiny"_s;
    m_inspector->setService(bare);
    const QMap<QString, QString> defaults = configRows(m_inspector);
    QCOMPARE(defaults.value(u"Image"_s), u"built from ./tiny"_s);
    QCOMPARE(defaults.value(u"Command"_s), u"image default"_s);
    QCOMPARE(defaults.value(u"Restart"_s), u"no (default)"_s);
    QCOMPARE(defaults.value(u"Replicas"_s), u"1"_s);
    QCOMPARE(defaults.value(u"CPU"_s), u"no limit"_s);
    QCOMPARE(defaults.value(u"Healthcheck"_s), u"none"_s);
    QCOMPARE(plain(portLabels(m_inspector).constFirst()->text()), u"No published ports."_s);
}

void TestServiceInspector::secretsNeverShown()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus status;
    status.state = ServiceLiveStatus::State::Exited;
    status.reason = u"Exited with code 1: FATAL password \""_s + dbPassword + u"\" rejected"_s;
    m_inspector->setStatus(status);
    m_inspector->setProbeHistory({probe(HealthState::Down, u"401 for token "_s + apiToken, 5, 20)});
    m_inspector->setActionProgress(u"docker compose up failed: "_s + urlPassword, false);
    const QStringList texts = allTexts(m_inspector);
    for (const QString &secret : {dbPassword, apiToken, urlPassword, plainValue, u"admin-value-0815"_s, QString(u"wh:"_s + urlPassword)})
        QVERIFY2(!anyContains(texts, secret), qPrintable(u"shown: "_s + secret));
    // The names are there, and the masked sentences still say what happened.
    QVERIFY(anyContains(texts, u"WAREHOUSE_DB_PASSWORD"_s));
    QVERIFY(anyContains(texts, u"FATAL password \"••••••\" rejected"_s));
    QVERIFY(anyContains(texts, u"401 for token ••••••"_s));
}

void TestServiceInspector::productionFixture()
{
    ComposeLoadOptions options;
    options.workingDir = QString::fromUtf8(STACKDECK_TEST_DATA) + u"/compose/production"_s;
    options.useProcessEnvironment = false;
    const Result<ComposeProject> loaded = ComposeLoader::load(options);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const ComposeProject &project = loaded.value();
    const QString password = project.variables.value(u"POSTGRES_PASSWORD"_s);
    QVERIFY(!password.isEmpty());
    QCOMPARE(project.services.size(), 8);
    for (const ServiceSpec &spec : project.services) {
        m_inspector->setService(spec);
        const QStringList texts = allTexts(m_inspector);
        QVERIFY2(!anyContains(texts, password), qPrintable(spec.name));
        for (const EnvVar &e : spec.environment)
            QVERIFY2(anyContains(texts, e.name), qPrintable(spec.name + u' ' + e.name));
    }
    m_inspector->setService(*project.service(u"postgres"_s));
    QMap<QString, QString> rows = configRows(m_inspector);
    QCOMPARE(rows.value(u"Image"_s), u"postgres:16-alpine"_s);
    QCOMPARE(rows.value(u"Environment"_s), u"POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD"_s);
    QCOMPARE(rows.value(u"Healthcheck"_s), u"pg_isready -U app -d app\nevery 10s · timeout 5s · 5 retries"_s);
    QCOMPARE(rows.value(u"Memory"_s), u"limit 2G"_s);

    m_inspector->setService(*project.service(u"fastapi"_s));
    rows = configRows(m_inspector);
    QCOMPARE(rows.value(u"Image"_s), u"stackdeck/fastapi:1.4.2 (built from .)"_s);
    QCOMPARE(rows.value(u"Depends on"_s), u"postgres (healthy), redis (healthy)"_s);
    QCOMPARE(rows.value(u"Command"_s), u"uvicorn app.main:app --host 0.0.0.0 --port 8000 --reload"_s);
    QVERIFY(portLabels(m_inspector).constFirst()->text().contains(u"href=\"http://localhost:8000\""_s));

    m_inspector->setService(*project.service(u"prometheus"_s));
    QCOMPARE(plain(portLabels(m_inspector).constFirst()->text()), u"http://localhost:9090 127.0.0.1:9090 → 9090"_s);
}

void TestServiceInspector::portLinksOpenUrls()
{
    m_inspector->setService(warehouse());
    QTest::qWait(20);
    const QList<QLabel *> ports = portLabels(m_inspector);
    QCOMPARE(ports.size(), 7);
    QStringList texts;
    for (QLabel *l : ports)
        texts << plain(l->text());
    QCOMPARE(texts, (QStringList{u"http://localhost:8080 8080 → 8080"_s, u"http://localhost:9464 127.0.0.1:9464 → 9464"_s,
                                 u"192.168.1.20:5000 → 5000"_s, u"5353 → 53/udp"_s, u"9000-9001 → 9000-9001"_s,
                                 u"7000 (not published)"_s, u"8125 (to other services only)"_s}));
    // Only ports reachable on localhost over TCP are links.
    for (int i = 0; i < ports.size(); ++i)
        QCOMPARE(ports.at(i)->text().contains(u"<a "_s), i < 2);

    QSignalSpy open(m_inspector, &ServiceInspector::openUrlRequested);
    for (int i = 0; i < 2; ++i) {
        QLabel *link = ports.at(i);
        m_inspector->findChild<QScrollArea *>()->ensureWidgetVisible(link);
        // The link text starts the label: click inside its first characters.
        const QPoint inside(link->fontMetrics().horizontalAdvance(u"http://lo"_s), link->fontMetrics().height() / 2 + 1);
        QTest::mouseClick(link, Qt::LeftButton, {}, inside);
    }
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0][0].toUrl(), QUrl(u"http://localhost:8080"_s));
    QCOMPARE(open[1][0].toUrl(), QUrl(u"http://localhost:9464"_s));
    // A click on plain text opens nothing.
    QTest::mouseClick(ports.at(2), Qt::LeftButton, {}, QPoint(10, 5));
    QCOMPARE(open.size(), 2);
}

void TestServiceInspector::buttonsFollowState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("enabled"); // S, T (stop), R, L
    using S = ServiceLiveStatus::State;
    QTest::newRow("not created") << int(S::NotCreated) << u"S L"_s;
    QTest::newRow("created") << int(S::Created) << u"S R L"_s;
    QTest::newRow("running") << int(S::Running) << u"T R L"_s;
    QTest::newRow("restarting") << int(S::Restarting) << u"T R L"_s;
    QTest::newRow("exited") << int(S::Exited) << u"S R L"_s;
    QTest::newRow("engine unavailable") << int(S::EngineUnavailable) << u"L"_s;
}

void TestServiceInspector::buttonsFollowState()
{
    QFETCH(int, state);
    QFETCH(QString, enabled);
    m_inspector->setService(warehouse());
    ServiceLiveStatus status;
    status.state = ServiceLiveStatus::State(state);
    status.reason = u"Cannot connect to the Docker daemon: start it with `sudo systemctl start docker`."_s;
    m_inspector->setStatus(status);
    const QStringList on = enabled.split(u' ');
    QCOMPARE(m_inspector->actionButton(ServiceAction::Start)->isEnabled(), on.contains(u"S"_s));
    QCOMPARE(m_inspector->actionButton(ServiceAction::Stop)->isEnabled(), on.contains(u"T"_s));
    QCOMPARE(m_inspector->actionButton(ServiceAction::Restart)->isEnabled(), on.contains(u"R"_s));
    QCOMPARE(m_inspector->actionButton(ServiceAction::Logs)->isEnabled(), on.contains(u"L"_s));
    // A disabled button says why.
    for (ServiceAction a : {ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart}) {
        QToolButton *b = m_inspector->actionButton(a);
        if (!b->isEnabled())
            QVERIFY2(!b->toolTip().isEmpty() && !b->toolTip().startsWith(b->text()), qPrintable(b->toolTip()));
    }
}

void TestServiceInspector::buttonsEmitActions()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus running;
    running.state = ServiceLiveStatus::State::Running;
    m_inspector->setStatus(running);
    QSignalSpy requested(m_inspector, &ServiceInspector::actionRequested);
    QTest::mouseClick(m_inspector->actionButton(ServiceAction::Stop), Qt::LeftButton);
    QTest::mouseClick(m_inspector->actionButton(ServiceAction::Restart), Qt::LeftButton);
    QTest::mouseClick(m_inspector->actionButton(ServiceAction::Logs), Qt::LeftButton);
    QTest::mouseClick(m_inspector->actionButton(ServiceAction::Start), Qt::LeftButton); // disabled while running
    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested[0][0].toString(), u"warehouse"_s);
    QCOMPARE(requested[0][1].value<ServiceAction>(), ServiceAction::Stop);
    QCOMPARE(requested[1][1].value<ServiceAction>(), ServiceAction::Restart);
    QCOMPARE(requested[2][1].value<ServiceAction>(), ServiceAction::Logs);

    ServiceLiveStatus exited;
    exited.state = ServiceLiveStatus::State::Exited;
    m_inspector->setStatus(exited);
    QTest::mouseClick(m_inspector->actionButton(ServiceAction::Start), Qt::LeftButton);
    QCOMPARE(requested.size(), 4);
    QCOMPARE(requested[3][1].value<ServiceAction>(), ServiceAction::Start);
}

void TestServiceInspector::actionsDisabledWithReason()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus running;
    running.state = ServiceLiveStatus::State::Running;
    m_inspector->setStatus(running);
    QLabel *note = label(m_inspector, u"inspectorActionNote"_s);
    QVERIFY(!note->isVisible());

    m_inspector->setActionsEnabled(false, u"Docker engine unavailable"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Docker engine unavailable"_s);
    QSignalSpy requested(m_inspector, &ServiceInspector::actionRequested);
    for (ServiceAction a : {ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart}) {
        QVERIFY(!m_inspector->actionButton(a)->isEnabled());
        QCOMPARE(m_inspector->actionButton(a)->toolTip(), u"Docker engine unavailable"_s);
        QTest::mouseClick(m_inspector->actionButton(a), Qt::LeftButton);
    }
    QCOMPARE(requested.size(), 0);
    // Logs only switches the view, so it stays available.
    QVERIFY(m_inspector->actionButton(ServiceAction::Logs)->isEnabled());

    m_inspector->setActionsEnabled(true);
    QVERIFY(!note->isVisible());
    QVERIFY(m_inspector->actionButton(ServiceAction::Stop)->isEnabled());
    QVERIFY(!m_inspector->actionButton(ServiceAction::Start)->isEnabled());
}

void TestServiceInspector::progressIsInline()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus running;
    running.state = ServiceLiveStatus::State::Running;
    m_inspector->setStatus(running);
    QLabel *text = label(m_inspector, u"inspectorProgress"_s);
    auto *bar = m_inspector->findChild<QProgressBar *>(u"inspectorProgressBar"_s);
    QVERIFY(!text->isVisible());
    QVERIFY(!bar->isVisible());

    m_inspector->setActionProgress(u"Restarting warehouse…"_s, true);
    QVERIFY(text->isVisible());
    QVERIFY(bar->isVisible());
    QCOMPARE(text->text(), u"Restarting warehouse…"_s);
    QVERIFY(!m_inspector->actionButton(ServiceAction::Stop)->isEnabled());
    QVERIFY(!m_inspector->actionButton(ServiceAction::Restart)->isEnabled());

    m_inspector->setActionProgress(u"Restarted warehouse in 2.1 s."_s, false);
    QVERIFY(text->isVisible());
    QVERIFY(!bar->isVisible());
    QVERIFY(m_inspector->actionButton(ServiceAction::Stop)->isEnabled());
}

void TestServiceInspector::statusAndCause()
{
    m_inspector->setService(warehouse());
    QLabel *problems = label(m_inspector, u"inspectorProblems"_s);
    QVERIFY(!problems->isVisible());
    ServiceLiveStatus status;
    status.state = ServiceLiveStatus::State::Running;
    status.health = ServiceLiveStatus::Health::Unhealthy;
    status.replicasRunning = 1;
    status.restarts = 3;
    status.cpuPercent = 12.4;
    status.memoryUsed = 220LL * 1024 * 1024;
    status.memoryLimit = 768LL * 1024 * 1024;
    status.cause = u"postgres is down"_s;
    status.oomKilled = true;
    m_inspector->setStatus(status);
    QCOMPARE(plain(label(m_inspector, u"inspectorStatus"_s)->text()), u"● Running · unhealthy · 1/2 replicas · 3 restarts"_s);
    QCOMPARE(label(m_inspector, u"inspectorUsage"_s)->text(), u"CPU 12% · memory 220 MiB of 768 MiB"_s);
    QVERIFY(problems->isVisible());
    const QString shown = plain(problems->text());
    QVERIFY2(shown.startsWith(u"Cause: postgres is down\n"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"out of memory"_s));
}

void TestServiceInspector::probeHistoryNewestFirst()
{
    m_inspector->setService(warehouse());
    QLabel *history = label(m_inspector, u"inspectorHistory"_s);
    QCOMPARE(plain(history->text()), u"No probe results yet."_s);
    QList<ProbeResult> results;
    for (int i = 0; i < 12; ++i) // oldest first, as the scheduler keeps them
        results << probe(i < 10 ? HealthState::Healthy : HealthState::Down, u"result %1"_s.arg(i), 120 - i * 10, 100 + i);
    m_inspector->setProbeHistory(results);
    const QString shown = plain(history->text());
    QVERIFY2(shown.indexOf(u"result 11"_s) < shown.indexOf(u"result 10"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Down · 111 ms"_s));
    QVERIFY(shown.contains(u"result 2"_s));
    QVERIFY(!shown.contains(u"result 1\n"_s) && !shown.contains(u"result 0"_s)); // only the newest ten
    QVERIFY(shown.contains(u"2 older results"_s));
}

void TestServiceInspector::anotherServiceStartsBlank()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus running;
    running.state = ServiceLiveStatus::State::Running;
    running.cause = u"postgres is down"_s;
    m_inspector->setStatus(running);
    m_inspector->setProbeHistory({probe(HealthState::Healthy, u"fine"_s, 1, 5)});
    // The same service reloaded keeps its live state.
    ServiceSpec reloaded = warehouse();
    reloaded.restart = u"always"_s;
    m_inspector->setService(reloaded);
    QVERIFY(m_inspector->actionButton(ServiceAction::Stop)->isEnabled());
    QVERIFY(plain(label(m_inspector, u"inspectorHistory"_s)->text()).contains(u"fine"_s));
    QCOMPARE(configRows(m_inspector).value(u"Restart"_s), u"always"_s);
    // Another service does not inherit it.
    ServiceSpec other = warehouse();
    other.name = u"other"_s;
    m_inspector->setService(other);
    QVERIFY(!m_inspector->actionButton(ServiceAction::Stop)->isEnabled());
    QVERIFY(!label(m_inspector, u"inspectorProblems"_s)->isVisible());
    QCOMPARE(plain(label(m_inspector, u"inspectorHistory"_s)->text()), u"No probe results yet."_s);
}

void TestServiceInspector::narrowDockLayout()
{
    m_inspector->setService(warehouse());
    ServiceLiveStatus status;
    status.state = ServiceLiveStatus::State::Running;
    status.health = ServiceLiveStatus::Health::Unhealthy;
    status.replicasRunning = 2;
    status.cpuPercent = 3.2;
    status.memoryUsed = 300LL * 1024 * 1024;
    status.cause = u"postgres is down"_s;
    m_inspector->setStatus(status);
    QList<ProbeResult> results;
    for (int i = 0; i < 4; ++i)
        results << probe(i < 2 ? HealthState::Healthy : HealthState::Unhealthy,
                         i < 2 ? u"HTTP 200 from /health."_s
                               : u"HTTP 503 from http://localhost:8080/health: database connection pool exhausted."_s,
                         60 - i * 15, 40 + i * 300);
    m_inspector->setProbeHistory(results);
    m_inspector->setActionsEnabled(false, u"Docker engine unavailable: start it with `sudo systemctl start docker`."_s);
    m_inspector->resize(320, 1400);
    QTest::qWait(50);

    auto *scroll = m_inspector->findChild<QScrollArea *>();
    QWidget *viewport = scroll->viewport();
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    // Nothing sticks out at the right or is cut short at the bottom: long words wrap.
    const QList<QWidget *> children = scroll->widget()->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (!w->isVisible())
            continue;
        const QRect r(w->mapTo(viewport, QPoint(0, 0)), w->size());
        QVERIFY2(r.right() < viewport->width(), qPrintable(w->objectName() + u' ' + QString::number(r.right())));
        if (auto *l = qobject_cast<QLabel *>(w); l && l->wordWrap())
            QVERIFY2(l->height() >= l->heightForWidth(l->width()), qPrintable(plain(l->text())));
    }
    QString dir = qEnvironmentVariable("STACKDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QString::fromUtf8(STACKDECK_BINARY_DIR) + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/service-inspector.png"_s;
    QVERIFY2(m_inspector->grab().save(file), qPrintable(file));
    qInfo("screenshot: %s", qPrintable(file));

    // In a short dock the content scrolls vertically, never sideways.
    m_inspector->resize(320, 420);
    QTest::qWait(50);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    const QString shortFile = dir + u"/service-inspector-short.png"_s;
    QVERIFY2(m_inspector->grab().save(shortFile), qPrintable(shortFile));
}

QTEST_MAIN(TestServiceInspector)
#include "tst_serviceinspector.moc"
