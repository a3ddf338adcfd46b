#include "ui/editor/editorwindow.h"

#include "models/docker/composerunner.h"
#include "models/edit/safewriter.h"
#include "models/editor/appliedhistory.h"
#include "models/editor/editsession.h"
#include "models/editor/valuesedit.h"
#include "ui/editor/applypanel.h"
#include "ui/editor/historypanel.h"
#include "ui/editor/reviewpanel.h"
#include "ui/editor/yamleditview.h"
#ifdef STACKDECK_HAVE_SERVICEFORM
#include "ui/editor/serviceform.h"
#endif
#ifdef STACKDECK_HAVE_STACKFORM
#include "ui/editor/stackform.h"
#endif
#ifdef STACKDECK_HAVE_SPARKFORM
#include "ui/editor/sparkform.h"
#endif
#ifdef STACKDECK_HAVE_VALUESFORM
#include "ui/editor/valuesform.h"
#endif

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

[[maybe_unused]] QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

// A Helm chart beside the compose files (Chart.yaml in the project folder or one level below).
QString findChartDir(const QString &projectDir)
{
    if (QFileInfo::exists(projectDir + u"/Chart.yaml"_s))
        return projectDir;
    const QDir dir(projectDir);
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(dir.filePath(sub) + u"/Chart.yaml"_s))
            return dir.filePath(sub);
    return {};
}

} // namespace

EditorWindow::EditorWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new EditSession(this)), m_undo(new QUndoStack(this)),
      m_runner(new ComposeRunner(this)), m_pages(new QStackedWidget(this)), m_services(new QListWidget(this)),
      m_forms(new QTabWidget(this)), m_files(new QTabWidget(this)), m_findings(new QTreeWidget(this)),
      m_banner(new QLabel(this)), m_review(new ReviewPanel(m_session, this)),
      m_apply(new ApplyPanel(m_session, m_runner, this)), m_history(new HistoryPanel(this))
{
    buildToolbar();
    m_pages->addWidget(buildEditPage());
    m_pages->addWidget(withBackButton(m_review));
    m_pages->addWidget(withBackButton(m_apply));
    m_pages->addWidget(withBackButton(m_history));
    setCentralWidget(m_pages);
    resize(1280, 820);
    connect(m_session, &EditSession::changed, this, &EditorWindow::refresh);
    connect(m_session, &EditSession::saved, this, [this]() {
        updateTitle();
        emit stackChanged(m_session->options());
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, &EditorWindow::updateTitle);
    connect(m_apply, &ApplyPanel::filesChanged, this, [this]() {
        // Saved, applied or rolled back: undoing past this point would rewrite files behind the engine's back.
        m_undo->clear();
        rebuildFiles();
        emit stackChanged(m_session->options());
    });
    connect(m_apply, &ApplyPanel::finished, this, [this]() {
        m_history->refresh();
        emit stackChanged(m_session->options());
    });
    connect(m_history, &HistoryPanel::restoreRequested, this, &EditorWindow::restoreVersion);
    updateTitle();
}

EditorWindow::~EditorWindow()
{
    // Children go after this body: the undo stack's last cleanChanged() must not reach a half-destroyed window.
    disconnect(m_undo, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

void EditorWindow::buildToolbar()
{
    QToolBar *bar = addToolBar(tr("Editor"));
    bar->setObjectName(u"editorToolbar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // Form edits are undone here; the YAML view's own typing keeps its local undo while focused.
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    m_reviewAction = bar->addAction(tr("Review changes…"), this, &EditorWindow::review);
    m_applyAction = bar->addAction(tr("Apply…"), this, [this]() {
        flushTyping();
        showPage(ApplyPage);
        m_apply->prepare();
    });
    m_historyAction = bar->addAction(tr("History"), this, [this]() {
        m_history->refresh();
        showPage(HistoryPage);
    });
    bar->addSeparator();
    bar->addWidget(m_banner);
    m_banner->setObjectName(u"editorBanner"_s);
}

QWidget *EditorWindow::buildEditPage()
{
    auto *left = new QSplitter(Qt::Vertical, this);
    m_services->setObjectName(u"editorServices"_s);
    left->addWidget(m_services);
    left->addWidget(m_forms);
    left->setStretchFactor(1, 4);
    left->setSizes({160, 640});
#ifdef STACKDECK_HAVE_SERVICEFORM
    m_serviceForm = new ServiceForm(m_session, m_undo, m_forms);
    m_forms->addTab(m_serviceForm, tr("Service"));
#else
    m_forms->addTab(placeholder(tr("The service form is not built in."), m_forms), tr("Service"));
#endif
#ifdef STACKDECK_HAVE_STACKFORM
    auto *stackForm = new StackForm(m_session, m_undo, m_forms);
    connect(stackForm, &StackForm::serviceActivated, this, &EditorWindow::selectService);
    m_forms->addTab(stackForm, tr("Stack"));
#else
    m_forms->addTab(placeholder(tr("The stack form is not built in."), m_forms), tr("Stack"));
#endif
#ifdef STACKDECK_HAVE_SPARKFORM
    m_forms->addTab(new SparkForm(m_session, m_undo, m_forms), tr("Spark"));
#else
    m_forms->addTab(placeholder(tr("The Spark form is not built in."), m_forms), tr("Spark"));
#endif
    connect(m_services, &QListWidget::currentTextChanged, this, [this](const QString &service) {
        if (service.isEmpty())
            return;
#ifdef STACKDECK_HAVE_SERVICEFORM
        m_serviceForm->setService(service);
        m_forms->setCurrentWidget(m_serviceForm);
#endif
        // The YAML view follows: the service's key in its file.
        const ServiceSpec *spec = m_session->project().service(service);
        if (spec && spec->location.isValid()) {
            if (YamlEditView *view = yamlView(spec->location.file)) {
                m_files->setCurrentWidget(view);
                view->goTo(spec->location.line, spec->location.column);
            }
        }
    });

    m_findings->setHeaderLabels({tr("Severity"), tr("Where"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setObjectName(u"editorFindings"_s);
    connect(m_findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showFinding(m_findings->indexOfTopLevelItem(item)); });
    connect(m_findings, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showFinding(m_findings->indexOfTopLevelItem(item)); });

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(m_files);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *page = new QSplitter(Qt::Vertical, this);
    page->addWidget(top);
    page->addWidget(m_findings);
    page->setStretchFactor(0, 5);
    page->setStretchFactor(1, 1);
    page->setSizes({700, 110});
    return page;
}

QWidget *EditorWindow::withBackButton(QWidget *content)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *back = new QPushButton(tr("← Back to editing"), page);
    connect(back, &QPushButton::clicked, this, [this]() { showPage(EditPage); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(content, 1);
    return page;
}

Status EditorWindow::open(const ComposeLoadOptions &options)
{
    m_undo->clear();
    const Status status = m_session->open(options);
    m_chartDir = status ? findChartDir(m_session->projectDir()) : QString();
#ifdef STACKDECK_HAVE_VALUESFORM
    if (!m_chartDir.isEmpty() && !m_values) {
        // The chart's values files are a session of their own; its edits share the window's undo stack.
        m_values = new ValuesEditSession(this);
        const Status chart = m_values->open(m_chartDir);
        if (chart)
            m_forms->addTab(new ValuesForm(m_values, m_undo, m_forms), tr("Helm values"));
        else
            m_forms->addTab(placeholder(tr("The chart's values do not load: %1").arg(chart.error().toString()), m_forms),
                            tr("Helm values"));
    }
#endif
    m_history->setProjectDir(m_session->projectDir());
    rebuildFiles();
    refresh();
    if (!status)
        m_banner->setText(tr("Cannot open: %1").arg(status.error().toString()));
    showPage(EditPage);
    return status;
}

void EditorWindow::setRunningProvider(std::function<QStringList()> provider)
{
    m_apply->setRunningProvider(std::move(provider));
}

void EditorWindow::rebuildFiles()
{
    const QString current = m_files->currentIndex() >= 0 ? m_files->tabToolTip(m_files->currentIndex()) : QString();
    while (m_files->count() > 0) {
        QWidget *view = m_files->widget(0);
        m_files->removeTab(0);
        delete view;
    }
    for (const QString &file : m_session->files()) {
        // Env files hold secrets: they are edited through the masked fields, never shown as text.
        if (file == m_session->envFile() || SafeWriter::isSecretFile(file))
            continue;
        auto *view = new YamlEditView(m_session, file, m_files);
        view->setUndoStack(m_undo);
        const int index = m_files->addTab(view, QDir(m_session->projectDir()).relativeFilePath(file));
        m_files->setTabToolTip(index, file);
        if (file == current)
            m_files->setCurrentIndex(index);
    }
}

YamlEditView *EditorWindow::yamlView(const QString &file) const
{
    const QString clean = QDir::cleanPath(file);
    for (int i = 0; i < m_files->count(); ++i)
        if (auto *view = qobject_cast<YamlEditView *>(m_files->widget(i)); view && QDir::cleanPath(view->file()) == clean)
            return view;
    return nullptr;
}

void EditorWindow::refresh()
{
    const QString selected = m_services->currentItem() ? m_services->currentItem()->text() : QString();
    QStringList names;
    for (const ServiceSpec &service : m_session->project().services)
        names.append(service.name);
    QStringList shown;
    for (int i = 0; i < m_services->count(); ++i)
        shown.append(m_services->item(i)->text());
    if (names != shown) {
        m_services->blockSignals(true);
        m_services->clear();
        m_services->addItems(names);
        m_services->blockSignals(false);
        const qsizetype keep = names.indexOf(selected);
        m_services->setCurrentRow(keep >= 0 ? int(keep) : (names.isEmpty() ? -1 : 0));
    }
    m_findings->clear();
    for (const Finding &finding : m_session->findings()) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, severityName(finding.severity));
        item->setText(1, finding.location.isValid()
                             ? QStringLiteral("%1:%2:%3").arg(QFileInfo(finding.location.file).fileName())
                                   .arg(finding.location.line).arg(finding.location.column)
                             : finding.path);
        item->setText(2, finding.suggestion.isEmpty() ? finding.message : finding.message + u" — "_s + finding.suggestion);
        item->setToolTip(2, finding.toLine());
        if (finding.severity == Severity::Error)
            item->setForeground(0, QColor(0xb0, 0x20, 0x20));
    }
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
    const QString error = m_session->loadError();
    m_banner->setText(!error.isEmpty() ? tr("The YAML does not load: %1").arg(error)
                      : m_session->hasErrors() ? tr("%n error(s) to fix before saving", nullptr,
                                                    countSeverity(m_session->findings(), Severity::Error))
                                               : QString());
    updateTitle();
}

void EditorWindow::updateTitle()
{
    const QString name = m_session->project().name.isEmpty() ? tr("no project") : m_session->project().name;
    setWindowTitle(tr("%1 — Edit configuration[*] — Stackdeck").arg(name));
    setWindowModified(m_session->isModified());
}

void EditorWindow::flushTyping()
{
    for (int i = 0; i < m_files->count(); ++i)
        if (auto *view = qobject_cast<YamlEditView *>(m_files->widget(i)))
            view->flush();
}

EditorWindow::Page EditorWindow::page() const
{
    return Page(m_pages->currentIndex());
}

void EditorWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_undoAction->setEnabled(page == EditPage && m_undo->canUndo());
    m_redoAction->setEnabled(page == EditPage && m_undo->canRedo());
}

void EditorWindow::review()
{
    flushTyping();
    m_review->refresh();
    showPage(ReviewPage);
}

void EditorWindow::selectService(const QString &service)
{
    const QList<QListWidgetItem *> items = m_services->findItems(service, Qt::MatchExactly);
    if (!items.isEmpty())
        m_services->setCurrentItem(items.first());
}

void EditorWindow::showFinding(int row)
{
    if (row < 0 || row >= m_session->findings().size())
        return;
    const Finding finding = m_session->findings().at(row);
    showPage(EditPage);
    // "services.<name>.<path>": the service's form, at that field.
    const QStringList parts = finding.path.split(u'.');
    if (parts.size() >= 2 && parts.first() == u"services"_s) {
        selectService(parts.at(1));
#ifdef STACKDECK_HAVE_SERVICEFORM
        if (m_serviceForm && parts.size() > 2)
            m_serviceForm->focusField(parts.mid(2).join(u'.'));
#endif
    }
    if (finding.location.isValid()) {
        if (YamlEditView *view = yamlView(finding.location.file)) {
            m_files->setCurrentWidget(view);
            view->goTo(finding.location.line, finding.location.column);
        }
    }
}

void EditorWindow::restoreVersion(const QString &id)
{
    flushTyping();
    if (m_session->isModified()) {
        m_banner->setText(tr("Save or undo your edits before restoring a version."));
        return;
    }
    const Result<QStringList> written = AppliedHistory(m_session->projectDir()).restore(id);
    if (!written) {
        m_banner->setText(tr("Not restored: %1").arg(written.error().toString()));
        return;
    }
    m_undo->clear();
    m_session->open(m_session->options());
    rebuildFiles();
    emit stackChanged(m_session->options());
    // Restored files are applied like any edit: plan first, the user confirms.
    showPage(ApplyPage);
    m_apply->prepare();
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    flushTyping();
    if (m_apply->stage() == ApplyPanel::Stage::Running || m_apply->stage() == ApplyPanel::Stage::RollingBack) {
        m_banner->setText(tr("An apply is running: wait for its result before closing."));
        event->ignore();
        return;
    }
    const bool valuesModified = m_values && m_values->isModified();
    if (!m_session->isModified() && !valuesModified) {
        event->accept();
        return;
    }
    if (!m_session->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved edits"),
                                                  tr("The Helm values have unsaved edits. Close and discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            event->ignore();
        else
            event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved edits"),
                                              tr("The configuration has unsaved edits. Save them before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        event->ignore();
        return;
    }
    if (answer == QMessageBox::Save && !m_review->save()) {
        // Refused (errors, changed on disk): the reason is on the review page.
        showPage(ReviewPage);
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace Stackdeck
