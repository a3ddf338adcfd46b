#include "ui/main/mainwindow.h"

#include "models/live/findingmodel.h"
#include "models/live/healthmodel.h"
#include "models/live/livestack.h"
#include "models/live/logmodel.h"
#include "ui/common/codeview.h"
#include "ui/common/syntaxsupport.h"
#include "ui/gauges/resourcepanel.h"
#include "ui/health/healthpanel.h"
#include "ui/health/healthsummary.h"
#include "ui/inspector/serviceconfigsummary.h"
#include "ui/inspector/serviceinspector.h"
#include "ui/logs/logview.h"
#include "ui/main/demostack.h"
#include "ui/main/editorlauncher.h"
#include "ui/main/filespage.h"
#include "ui/main/findingpresentation.h"
#include "ui/main/recentprojects.h"
#include "ui/main/serviceactions.h"
#include "ui/main/stackopener.h"
#include "ui/topology/topologyscene.h"
#include "ui/topology/topologyview.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Stackdeck {

namespace {

QLabel *makeBanner(const char *objectName, const QString &style)
{
    auto *banner = new QLabel;
    banner->setObjectName(QLatin1String(objectName));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setStyleSheet(style);
    banner->hide();
    return banner;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_noLogs(new LogModel(this)),
      m_findingModel(new FindingModel(this)),
      m_findings(new FindingPresentation(this)),
      m_healthModel(new HealthModel(this)),
      m_actions(new ServiceActions(this)),
      m_editor(new EditorLauncher(this)),
      m_banner(makeBanner("messageBanner",
                          QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
                                         " padding: 6px; }"))),
      m_engineBanner(makeBanner("engineBanner",
                                QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid"
                                               " #ffd8a8; padding: 6px; }"))),
      m_topology(new TopologyView),
      m_inspector(new ServiceInspector),
      m_tabs(new QTabWidget),
      m_logView(new LogView),
      m_resources(new ResourcePanel),
      m_healthPanel(new HealthPanel),
      m_files(new FilesPage(m_findings)),
      m_engineLabel(new QLabel),
      m_healthLabel(new QLabel),
      m_statusLabel(new QLabel)
{
    setWindowTitle(tr("Stackdeck"));
    m_findings->setSourceModel(m_findingModel);
    m_topology->setObjectName(QStringLiteral("topologyView"));
    m_inspector->setObjectName(QStringLiteral("serviceInspector"));
    m_tabs->setObjectName(QStringLiteral("bottomTabs"));
    m_tabs->setDocumentMode(true);
    m_healthPanel->setModel(m_healthModel);
    m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    auto *graph = new QWidget;
    auto *graphLayout = new QVBoxLayout(graph);
    graphLayout->setContentsMargins(4, 4, 4, 0);
    graphLayout->setSpacing(4);
    graphLayout->addWidget(m_banner);
    graphLayout->addWidget(m_engineBanner);
    graphLayout->addWidget(m_topology, 1);

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->addWidget(graph);
    top->addWidget(m_inspector);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setSizes({940, 340});

    m_tabs->insertTab(LogsTab, m_logView, tr("Logs"));
    m_tabs->insertTab(ResourcesTab, m_resources, tr("Resources"));
    m_tabs->insertTab(HealthTab, m_healthPanel, tr("Health"));
    m_tabs->insertTab(FindingsTab, buildFindingsPage(), tr("Findings"));
    m_tabs->insertTab(FilesTab, m_files, tr("Files"));

    auto *main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(top);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({470, 330});
    setCentralWidget(main);

    statusBar()->addWidget(m_healthLabel, 1);
    statusBar()->addPermanentWidget(m_engineLabel);
    statusBar()->addPermanentWidget(m_statusLabel);
    buildMenus();

    connect(m_topology, &TopologyView::serviceSelected, this, &MainWindow::selectService);
    connect(m_topology, &TopologyView::openUrlRequested, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_inspector, &ServiceInspector::openUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_resources, &ResourcePanel::serviceSelected, this, &MainWindow::selectService);
    connect(m_healthPanel, &HealthPanel::serviceActivated, this, &MainWindow::selectService);
    connect(m_inspector, &ServiceInspector::actionRequested, this,
            [this](const QString &service, ServiceAction action) {
                if (action == ServiceAction::Logs) {
                    m_logView->showServices({service});
                    showTab(LogsTab);
                    return;
                }
                m_actions->run(action, service);
            });
    connect(m_actions, &ServiceActions::progress, this, [this](const QString &service, const QString &text, bool busy) {
        if (service.isEmpty() || service == m_inspector->service())
            m_inspector->setActionProgress(text, busy);
        statusBar()->showMessage(ServiceConfigSummary::redact(text, m_secrets), busy ? 0 : 8000);
    });
    connect(m_actions, &ServiceActions::finished, this, [this] {
        if (m_live)
            m_live->resync();
    });
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

QAbstractItemModel *MainWindow::serviceModel() const
{
    return m_files->serviceModel();
}

QAbstractItemModel *MainWindow::findingModel() const
{
    return m_findings;
}

CodeView *MainWindow::codeView() const
{
    return m_files->codeView();
}

void MainWindow::showFile(const QString &path)
{
    m_files->showFile(path);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QWidget *MainWindow::buildFindingsPage()
{
    m_findingsHeader = new QLabel(tr("Findings"));
    m_findingsHeader->setObjectName(QStringLiteral("findingsHeader"));
    QFont bold = m_findingsHeader->font();
    bold.setBold(true);
    m_findingsHeader->setFont(bold);
    m_findingsView = new QTreeView;
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setWordWrap(false);
    m_findingsView->setTextElideMode(Qt::ElideRight);
    m_fixLabel = new QLabel;
    m_fixLabel->setObjectName(QStringLiteral("fixLabel"));
    m_fixLabel->setWordWrap(true);
    m_fixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_findingsHeader);
    layout->addWidget(m_findingsView, 1);
    layout->addWidget(m_fixLabel);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString fix = current.data(FindingModel::SuggestionRole).toString();
                m_fixLabel->setText(fix.isEmpty() ? QString() : tr("Suggested fix: %1").arg(fix));
                m_files->jumpTo(current.data(FindingModel::FileRole).toString(),
                                current.data(FindingModel::LineRole).toInt(),
                                current.data(FindingModel::ColumnRole).toInt());
            });
    // Double-clicking a finding shows its line in the Files tab.
    connect(m_findingsView, &QTreeView::doubleClicked, this, [this] { showTab(FilesTab); });
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Compose &Files…"), this, &MainWindow::openFilesDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    QAction *reload = file->addAction(tr("&Reload"), this, [this] { openStack(m_options); });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *stack = menuBar()->addMenu(tr("&Stack"));
    stack->addAction(tr("&Start All (up -d)"), this, [this] { runOnStack(int(ServiceAction::Start)); });
    stack->addAction(tr("S&top All"), this, [this] { runOnStack(int(ServiceAction::Stop)); });
    stack->addAction(tr("&Restart All"), this, [this] { runOnStack(int(ServiceAction::Restart)); });
    stack->addSeparator();
    QAction *edit = stack->addAction(tr("&Edit Configuration…"), this, &MainWindow::editConfiguration);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(tr("&Fit Topology"), m_topology, &TopologyView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    const QList<std::pair<Tab, QString>> tabs{{LogsTab, tr("&Logs")}, {ResourcesTab, tr("R&esources")},
                                              {HealthTab, tr("&Health")}, {FindingsTab, tr("F&indings")},
                                              {FilesTab, tr("Fi&les")}};
    for (const auto &[tab, name] : tabs) {
        QAction *action = view->addAction(name, this, [this, tab = tab] { showTab(tab); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(tab))));
    }
}

void MainWindow::editConfiguration()
{
    m_editor->open(m_options, m_selected);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<RecentProjects::Entry> entries = RecentProjects::load();
    for (const RecentProjects::Entry &entry : entries) {
        const ComposeLoadOptions options = entry.options;
        m_recentMenu->addAction(RecentProjects::describe(entry), this, [this, options] { openStack(options); });
    }
    if (entries.isEmpty()) {
        m_recentMenu->addAction(tr("No recent stacks"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { RecentProjects::clear(); });
}

void MainWindow::openStack(const ComposeLoadOptions &options)
{
    m_options = options;
    m_stack = StackOpener::open(options);
    if (m_stack.ok) {
        m_banner->hide();
        setWindowTitle(tr("%1 — Stackdeck").arg(m_stack.project.name));
        if (QDir::cleanPath(m_stack.project.projectDir) != QDir::cleanPath(DemoStack::defaultDir()))
            RecentProjects::remember(options, m_stack.project.name);
    } else {
        showBanner(tr("Could not open the stack: %1").arg(m_stack.error));
        setWindowTitle(tr("Stackdeck"));
    }
    m_secrets = ServiceConfigSummary::projectSecrets(m_stack.project.services, m_stack.project.variables);
    m_inspector->setProjectSecrets(m_secrets);
    m_files->setSecretFiles(m_options.envFiles);
    m_files->setStack(m_stack);
    fillFindings();
    m_topology->topologyScene()->setServices(m_stack.project.services);
    m_resources->setServices(m_stack.project.services);
    m_inspector->clear();
    m_selected.clear();
    ComposeTarget target;
    target.projectName = m_stack.project.name;
    target.files = m_stack.project.files;
    target.projectDirectory = m_stack.project.projectDir;
    m_actions->setTarget(target);
    startLive();
    updateStatus();
    // The first finding is where a person looks first: show it, with its line marked.
    if (m_findings->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findings->index(0, 0));
    m_topology->fitAll();
    if (!m_stack.project.services.isEmpty())
        selectService(m_stack.project.services.constFirst().name);
    emit stackOpened();
}

void MainWindow::startLive()
{
    // The new model is shown before the old one goes, so the log view never points at a deleted model.
    std::unique_ptr<LiveStack> previous = std::move(m_live);
    if (!m_stack.ok) {
        m_logView->setModel(m_noLogs);
        previous.reset();
        m_healthModel->setRows({});
        m_resources->setSnapshot({});
        return;
    }
    LiveStack::Options options;
    options.project = m_stack.project.name;
    options.services = m_stack.project.services;
    options.endpoint = m_endpoint;
    m_live = std::make_unique<LiveStack>(options);
    m_logView->setModel(m_live->logModel());
    QStringList names;
    for (const ServiceSpec &service : std::as_const(m_stack.project.services))
        names << service.name;
    m_logView->addServices(names);
    previous.reset();
    connect(m_live.get(), &LiveStack::statusChanged, this, [this](const QString &service) { onStatus(service); });
    connect(m_live.get(), &LiveStack::snapshotChanged, m_resources, &ResourcePanel::setSnapshot);
    connect(m_live.get(), &LiveStack::healthChanged, this, &MainWindow::onHealth);
    connect(m_live.get(), &LiveStack::engineStateChanged, this, &MainWindow::onEngineState);
    for (const ServiceSpec &service : std::as_const(m_stack.project.services))
        onStatus(service.name);
    onHealth(m_live->report());
    m_live->start();
}

void MainWindow::onStatus(const QString &service)
{
    const ServiceLiveStatus status = m_live->status(service);
    m_topology->topologyScene()->setStatus(service, status);
    m_resources->setStatus(service, status);
    if (service == m_inspector->service())
        m_inspector->setStatus(status);
}

void MainWindow::onHealth(const StackHealthReport &report)
{
    // Probe messages can quote a healthcheck's output: mask the project's secrets in them.
    QList<HealthRow> rows = m_live->healthRows();
    for (HealthRow &row : rows) {
        row.message = ServiceConfigSummary::redact(row.message, m_secrets);
        row.cause = ServiceConfigSummary::redact(row.cause, m_secrets);
        for (ProbeResult &result : row.history)
            result.message = ServiceConfigSummary::redact(result.message, m_secrets);
    }
    m_healthModel->setRows(rows);
    // A stack nobody started is not "down": say so, and how to start it.
    const QHash<QString, ServiceLiveStatus> statuses = m_live->statuses();
    const bool nothingCreated = !statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [](const ServiceLiveStatus &s) {
        return s.state == ServiceLiveStatus::State::NotCreated;
    });
    // Running services without any health check are fine, not "unknown".
    int unchecked = 0;
    const bool allWell = !statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [&](const ServiceLiveStatus &s) {
        unchecked += s.health == ServiceLiveStatus::Health::None || s.health == ServiceLiveStatus::Health::Unknown;
        return s.state == ServiceLiveStatus::State::Running && s.health != ServiceLiveStatus::Health::Starting
               && s.health != ServiceLiveStatus::Health::Degraded && s.health != ServiceLiveStatus::Health::Unhealthy;
    });
    QString text;
    if (nothingCreated)
        text = tr("Not running: none of the %n service(s) has a container yet — Stack → Start All (docker compose up -d).",
                  nullptr, int(statuses.size()));
    else if (allWell && report.state != HealthState::Down && report.state != HealthState::Unhealthy
             && report.state != HealthState::Degraded)
        text = unchecked == 0 ? tr("Stack healthy — all %n service(s) running and passing their checks.", nullptr,
                                   int(statuses.size()))
                              : tr("Stack healthy — all %1 services running; %2 without a health check.")
                                    .arg(statuses.size())
                                    .arg(unchecked);
    else
        text = HealthSummary::statusText(report);
    m_healthLabel->setText(text);
    m_healthLabel->setToolTip(text);
    if (!m_inspector->service().isEmpty())
        m_inspector->setProbeHistory(m_live->probeHistory(m_inspector->service()));
}

void MainWindow::onEngineState(const EngineState &state)
{
    if (state.isConnected()) {
        m_engineBanner->hide();
        m_engineLabel->setText(tr("Engine: connected (API %1)").arg(state.apiVersion));
        m_inspector->setActionsEnabled(true);
        return;
    }
    const QString why = state.hint.isEmpty() ? state.message : tr("%1 %2").arg(state.message, state.hint);
    m_engineLabel->setText(state.kind == EngineState::Kind::Unknown ? tr("Engine: connecting…")
                                                                    : tr("Engine: unavailable"));
    if (state.kind != EngineState::Kind::Unknown) {
        m_engineBanner->setText(tr("Docker engine unavailable — the topology shows the stack as written. %1").arg(why));
        m_engineBanner->show();
    }
    m_inspector->setActionsEnabled(false, tr("Docker engine unavailable"));
}

void MainWindow::selectService(const QString &service)
{
    const ServiceSpec *spec = m_stack.project.service(service);
    if (!spec || service == m_selected)
        return;
    m_selected = service;
    m_topology->topologyScene()->selectService(service);
    m_inspector->setService(*spec);
    if (m_live) {
        m_inspector->setStatus(m_live->status(service));
        m_inspector->setProbeHistory(m_live->probeHistory(service));
        m_inspector->setActionsEnabled(m_live->engineState().isConnected(), tr("Docker engine unavailable"));
    }
    m_resources->selectService(service);
    m_healthPanel->selectService(service);
}

void MainWindow::runOnStack(int action)
{
    if (m_stack.ok)
        m_actions->run(ServiceAction(action), QString());
}

void MainWindow::fillFindings()
{
    m_findings->setProjectDir(m_stack.project.projectDir);
    m_findingModel->setFindings(m_stack.findings);
    const Findings &f = m_stack.findings;
    const int errors = countSeverity(f, Severity::Error);
    const int warnings = countSeverity(f, Severity::Warning);
    m_findingsHeader->setText(tr("Findings — errors: %1 · warnings: %2 · info: %3")
                                  .arg(errors)
                                  .arg(warnings)
                                  .arg(countSeverity(f, Severity::Info)));
    m_tabs->setTabText(FindingsTab, f.isEmpty() ? tr("Findings") : tr("Findings (%1)").arg(f.size()));
    // The message takes the room that is left; the short columns fit their contents.
    QHeaderView *header = m_findingsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingModel::LocationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingModel::RuleColumn, QHeaderView::ResizeToContents);
    m_fixLabel->clear();
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::updateStatus()
{
    if (!m_stack.ok) {
        m_statusLabel->setText(tr("No stack loaded"));
        m_healthLabel->clear();
        m_engineLabel->clear();
        return;
    }
    m_statusLabel->setText(tr("%1 · %2 services · highlighting: %3")
                               .arg(m_stack.project.name)
                               .arg(m_stack.project.services.size())
                               .arg(SyntaxSupport::engineName()));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_stack.project.projectDir));
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Stack Folder"), m_stack.project.projectDir);
    if (dir.isEmpty())
        return;
    ComposeLoadOptions options;
    options.workingDir = dir;
    openStack(options);
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Compose Files"),
                                                            m_stack.project.projectDir,
                                                            tr("Compose files (*.yaml *.yml);;All files (*)"));
    if (files.isEmpty())
        return;
    ComposeLoadOptions options;
    options.files = files;
    openStack(options);
}

} // namespace Stackdeck
