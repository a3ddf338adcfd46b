#include "ui/main/mainwindow.h"

#include "ui/common/codeview.h"
#include "ui/common/syntaxsupport.h"
#include "models/live/findingmodel.h"
#include "models/live/servicelistmodel.h"
#include "ui/main/findingpresentation.h"
#include "ui/main/stackopener.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stackdeck {

namespace {

QWidget *panel(QLabel *header, QWidget *body, QWidget *extra = nullptr)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    QFont f = header->font();
    f.setBold(true);
    header->setFont(f);
    layout->addWidget(header);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(body, 1);
    return w;
}

QTreeView *makeList(const char *objectName, QAbstractItemModel *model)
{
    auto *view = new QTreeView;
    view->setObjectName(QLatin1String(objectName));
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(false);
    return view;
}

// .env files hold the stack's secrets: never on screen (or in screenshots).
bool holdsSecrets(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == u".env" || name.startsWith(QStringLiteral(".env.")) || name.endsWith(QStringLiteral(".env"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_services(new QStandardItemModel(this)),
      m_findingModel(new FindingModel(this)),
      m_findings(new FindingPresentation(this)),
      m_servicesView(makeList("servicesView", m_services)),
      m_findingsView(makeList("findingsView", m_findings)),
      m_servicesHeader(new QLabel(tr("Services"))),
      m_findingsHeader(new QLabel(tr("Findings"))),
      m_banner(new QLabel),
      m_fileTabs(new QTabBar),
      m_codeView(new CodeView),
      m_statusLabel(new QLabel),
      m_fixLabel(new QLabel)
{
    setWindowTitle(tr("Stackdeck"));
    m_codeView->setObjectName(QStringLiteral("codeView"));
    m_fileTabs->setObjectName(QStringLiteral("fileTabs"));
    m_fileTabs->setDocumentMode(true);
    m_fileTabs->setExpanding(false);
    m_findings->setSourceModel(m_findingModel);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; padding: 6px; }"));
    m_banner->hide();
    m_servicesHeader->setObjectName(QStringLiteral("servicesHeader"));
    m_findingsHeader->setObjectName(QStringLiteral("findingsHeader"));
    m_findingsView->setWordWrap(false);
    m_fixLabel->setObjectName(QStringLiteral("fixLabel"));
    m_fixLabel->setWordWrap(true);
    m_fixLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsView->setTextElideMode(Qt::ElideRight);

    auto *filePanel = new QWidget;
    auto *fileLayout = new QVBoxLayout(filePanel);
    fileLayout->setContentsMargins(6, 6, 6, 6);
    fileLayout->setSpacing(4);
    fileLayout->addWidget(m_banner);
    fileLayout->addWidget(m_fileTabs);
    fileLayout->addWidget(m_codeView, 1);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(panel(m_servicesHeader, m_servicesView));
    top->addWidget(filePanel);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setSizes({500, 780});

    auto *main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(top);
    QWidget *findingsPanel = panel(m_findingsHeader, m_findingsView);
    findingsPanel->layout()->addWidget(m_fixLabel);
    main->addWidget(findingsPanel);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({580, 180});
    setCentralWidget(main);

    statusBar()->addWidget(m_statusLabel, 1);
    buildMenus();

    connect(m_fileTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            showFile(m_fileTabs->tabData(index).toString());
    });
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                jumpTo(current.data(FileRole).toString(), current.data(LineRole).toInt(),
                       current.data(ColumnRole).toInt());
            });
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString fix = current.data(FindingModel::SuggestionRole).toString();
                m_fixLabel->setText(fix.isEmpty() ? QString() : tr("Suggested fix: %1").arg(fix));
                jumpTo(current.data(FindingModel::FileRole).toString(), current.data(FindingModel::LineRole).toInt(),
                       current.data(FindingModel::ColumnRole).toInt());
            });
    resize(1280, 800);
}

QAbstractItemModel *MainWindow::serviceModel() const
{
    return m_services;
}

QAbstractItemModel *MainWindow::findingModel() const
{
    return m_findings;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Compose &Files…"), this, &MainWindow::openFilesDialog);
    QAction *reload = file->addAction(tr("&Reload"), this, [this] { openStack(m_options); });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::openStack(const ComposeLoadOptions &options)
{
    m_options = options;
    m_stack = StackOpener::open(options);
    if (m_stack.ok) {
        m_banner->hide();
        setWindowTitle(tr("%1 — Stackdeck").arg(m_stack.project.name));
    } else {
        showBanner(tr("Could not open the stack: %1").arg(m_stack.error));
        setWindowTitle(tr("Stackdeck"));
    }
    fillServices();
    fillFindings();
    fillFiles();
    updateStatus();
    // The first finding is where a person looks first: show it, with its line marked.
    if (m_findings->rowCount() > 0)
        m_findingsView->setCurrentIndex(m_findings->index(0, 0));
    emit stackOpened();
}

void MainWindow::fillServices()
{
    m_services->clear();
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Image"), tr("Published ports")});
    for (const ServiceSpec &service : std::as_const(m_stack.project.services)) {
        QStringList ports;
        for (const PortSpec &port : service.ports) {
            if (!port.published.isEmpty())
                ports << ServiceListModel::portText(port);
        }
        QString image = service.image;
        if (image.isEmpty() && !service.buildContext.isEmpty())
            image = tr("build: %1").arg(service.buildContext);
        QList<QStandardItem *> row{new QStandardItem(service.name), new QStandardItem(image),
                                   new QStandardItem(ports.join(QStringLiteral(", ")))};
        for (QStandardItem *item : row) {
            item->setData(service.location.file, FileRole);
            item->setData(service.location.line, LineRole);
            item->setData(service.location.column, ColumnRole);
            item->setToolTip(item->text());
        }
        m_services->appendRow(row);
    }
    m_servicesHeader->setText(tr("Services (%1)").arg(m_stack.project.services.size()));
    // Names and ports stay whole; a long image name is what gets elided.
    QHeaderView *header = m_servicesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void MainWindow::fillFindings()
{
    m_findings->setProjectDir(m_stack.project.projectDir);
    m_findingModel->setFindings(m_stack.findings);
    const Findings &f = m_stack.findings;
    m_findingsHeader->setText(tr("Findings — errors: %1 · warnings: %2 · info: %3")
                                  .arg(countSeverity(f, Severity::Error))
                                  .arg(countSeverity(f, Severity::Warning))
                                  .arg(countSeverity(f, Severity::Info)));
    // The message takes the room that is left; the short columns fit their contents.
    QHeaderView *header = m_findingsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingModel::LocationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingModel::RuleColumn, QHeaderView::ResizeToContents);
    m_fixLabel->clear();
}

void MainWindow::fillFiles()
{
    const QSignalBlocker blocker(m_fileTabs);
    while (m_fileTabs->count() > 0)
        m_fileTabs->removeTab(0);
    for (const QString &file : std::as_const(m_stack.project.files)) {
        const int index = m_fileTabs->addTab(QFileInfo(file).fileName());
        m_fileTabs->setTabData(index, file);
        m_fileTabs->setTabToolTip(index, file);
    }
    if (!m_stack.project.files.isEmpty())
        showFile(m_stack.project.files.constFirst());
    else
        m_codeView->showFile(QString(), QString());
}

void MainWindow::showFile(const QString &path)
{
    if (path.isEmpty() || path == m_codeView->fileName())
        return;
    for (int i = 0; i < m_fileTabs->count(); ++i) {
        if (m_fileTabs->tabData(i).toString() == path) {
            const QSignalBlocker blocker(m_fileTabs);
            m_fileTabs->setCurrentIndex(i);
        }
    }
    if (holdsSecrets(path)) {
        m_codeView->showFile(QString(), tr("# %1 holds secrets and is not shown here.\n").arg(displayPath(path)));
        return;
    }
    for (const YamlDocument &doc : std::as_const(m_stack.project.documents)) {
        if (doc.file == path) {
            m_codeView->showFile(path, QString::fromUtf8(doc.text));
            return;
        }
    }
    // A file a finding names but the project did not keep (an extends target, say): read it from disk.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() < 8 * 1024 * 1024)
        m_codeView->showFile(path, QString::fromUtf8(file.readAll()));
    else
        m_codeView->showFile(QString(), tr("# %1 cannot be shown: %2\n").arg(displayPath(path), file.errorString()));
}

void MainWindow::jumpTo(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    showFile(file);
    if (m_codeView->fileName() == file)
        m_codeView->goTo(line, column);
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
        return;
    }
    m_statusLabel->setText(tr("%1 — services: %2 · files: %3 — %4 — highlighting: %5")
                               .arg(m_stack.project.name)
                               .arg(m_stack.project.services.size())
                               .arg(m_stack.project.files.size())
                               .arg(QDir::toNativeSeparators(m_stack.project.projectDir),
                                    SyntaxSupport::engineName()));
}

QString MainWindow::displayPath(const QString &path) const
{
    return m_findings->displayPath(path);
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
