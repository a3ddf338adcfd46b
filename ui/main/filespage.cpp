#include "ui/main/filespage.h"

#include "models/live/servicelistmodel.h"
#include "ui/common/codeview.h"
#include "ui/main/findingpresentation.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stackdeck {

namespace {

// .env files hold the stack's secrets: never on screen (or in screenshots).
bool holdsSecrets(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == u".env" || name.startsWith(QStringLiteral(".env.")) || name.endsWith(QStringLiteral(".env"));
}

} // namespace

FilesPage::FilesPage(const FindingPresentation *paths, QWidget *parent)
    : QWidget(parent),
      m_paths(paths),
      m_services(new QStandardItemModel(this)),
      m_servicesView(new QTreeView),
      m_servicesHeader(new QLabel(tr("Services"))),
      m_fileTabs(new QTabBar),
      m_codeView(new CodeView)
{
    m_servicesView->setObjectName(QStringLiteral("servicesView"));
    m_servicesView->setModel(m_services);
    m_servicesView->setRootIsDecorated(false);
    m_servicesView->setUniformRowHeights(true);
    m_servicesView->setAlternatingRowColors(true);
    m_servicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_servicesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servicesHeader->setObjectName(QStringLiteral("servicesHeader"));
    QFont bold = m_servicesHeader->font();
    bold.setBold(true);
    m_servicesHeader->setFont(bold);
    m_codeView->setObjectName(QStringLiteral("codeView"));
    m_fileTabs->setObjectName(QStringLiteral("fileTabs"));
    m_fileTabs->setDocumentMode(true);
    m_fileTabs->setExpanding(false);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_servicesHeader);
    leftLayout->addWidget(m_servicesView, 1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(m_fileTabs);
    rightLayout->addWidget(m_codeView, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_fileTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            showFile(m_fileTabs->tabData(index).toString());
    });
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                jumpTo(current.data(FileRole).toString(), current.data(LineRole).toInt(),
                       current.data(ColumnRole).toInt());
            });
}

QAbstractItemModel *FilesPage::serviceModel() const
{
    return m_services;
}

void FilesPage::setStack(const LoadedStack &stack)
{
    m_stack = &stack;
    fillServices();
    fillFiles();
}

void FilesPage::fillServices()
{
    m_services->clear();
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Image"), tr("Published ports")});
    for (const ServiceSpec &service : std::as_const(m_stack->project.services)) {
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
    m_servicesHeader->setText(tr("Services (%1)").arg(m_stack->project.services.size()));
    // Names and ports stay whole; a long image name is what gets elided.
    QHeaderView *header = m_servicesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void FilesPage::fillFiles()
{
    const QSignalBlocker blocker(m_fileTabs);
    while (m_fileTabs->count() > 0)
        m_fileTabs->removeTab(0);
    for (const QString &file : std::as_const(m_stack->project.files)) {
        const int index = m_fileTabs->addTab(QFileInfo(file).fileName());
        m_fileTabs->setTabData(index, file);
        m_fileTabs->setTabToolTip(index, file);
    }
    m_codeView->showFile(QString(), QString());
    if (!m_stack->project.files.isEmpty())
        showFile(m_stack->project.files.constFirst());
}

void FilesPage::selectService(const QString &service)
{
    for (int row = 0; row < m_services->rowCount(); ++row) {
        if (m_services->index(row, 0).data().toString() == service) {
            m_servicesView->setCurrentIndex(m_services->index(row, 0));
            return;
        }
    }
}

void FilesPage::showFile(const QString &path)
{
    if (path.isEmpty() || path == m_codeView->fileName())
        return;
    for (int i = 0; i < m_fileTabs->count(); ++i) {
        if (m_fileTabs->tabData(i).toString() == path) {
            const QSignalBlocker blocker(m_fileTabs);
            m_fileTabs->setCurrentIndex(i);
        }
    }
    if (holdsSecrets(path) || m_secretFiles.contains(path)) {
        m_codeView->showFile(QString(), tr("# %1 holds secrets and is not shown here.\n").arg(m_paths->displayPath(path)));
        return;
    }
    if (m_stack) {
        for (const YamlDocument &doc : std::as_const(m_stack->project.documents)) {
            if (doc.file == path) {
                m_codeView->showFile(path, QString::fromUtf8(doc.text));
                return;
            }
        }
    }
    // A file a finding names but the project did not keep (an extends target, say): read it from disk.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() < 8 * 1024 * 1024)
        m_codeView->showFile(path, QString::fromUtf8(file.readAll()));
    else
        m_codeView->showFile(QString(),
                             tr("# %1 cannot be shown: %2\n").arg(m_paths->displayPath(path), file.errorString()));
}

void FilesPage::jumpTo(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    showFile(file);
    if (m_codeView->fileName() == file)
        m_codeView->goTo(line, column);
}

} // namespace Stackdeck
