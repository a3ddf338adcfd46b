#include "ui/editor/applypanel.h"

#include "models/compose/composeloader.h"
#include "models/docker/composetarget.h"
#include "models/editor/appliedhistory.h"
#include "models/editor/applyplanner.h"
#include "models/editor/editorlogging.h"
#include "models/editor/editsession.h"
#include "ui/editor/diffview.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

ComposeTarget targetOf(const ComposeProject &project)
{
    ComposeTarget target;
    target.projectName = project.name;
    target.files = project.files;
    target.projectDirectory = project.projectDir;
    return target;
}

// A recorded version loaded as a project: its bytes stand in for the files on disk.
std::optional<ComposeProject> projectOf(const AppliedVersion &version, ComposeLoadOptions options, const QString &dir)
{
    for (auto it = version.files.constBegin(); it != version.files.constEnd(); ++it)
        options.overrides.insert(QDir(dir).absoluteFilePath(it.key()), it.value());
    Result<ComposeProject> loaded = ComposeLoader::load(options);
    if (!loaded)
        return std::nullopt;
    return loaded.value();
}

} // namespace

ApplyPanel::ApplyPanel(EditSession *session, ComposeRunner *runner, QWidget *parent)
    : QWidget(parent), m_session(session), m_runner(runner), m_status(new QLabel(this)), m_diff(new DiffView(this)),
      m_planTable(makeTable({tr("Service"), tr("Action"), tr("Why")}, this)),
      m_validate(new QPushButton(tr("Validate and plan"), this)), m_confirm(new QPushButton(tr("Confirm and apply"), this)),
      m_progress(makeTable({tr("Service"), tr("State"), tr("Detail")}, this)), m_result(new QLabel(this)),
      m_logs(new QPlainTextEdit(this)), m_rollback(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"applyStatus"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diff);
    splitter->addWidget(m_planTable);
    splitter->addWidget(m_progress);
    // The diff gets most of the room; the plan rows are few.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    m_diff->setMode(DiffView::Mode::Unified);
    layout->addWidget(splitter, 1);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_logs->setReadOnly(true);
    m_logs->setMaximumHeight(140);
    m_logs->hide();
    layout->addWidget(m_logs);
    layout->addWidget(m_rollback);
    m_rollback->hide();
    m_confirm->setEnabled(false);
    m_progress->hide();
    connect(m_validate, &QPushButton::clicked, this, &ApplyPanel::prepare);
    connect(m_confirm, &QPushButton::clicked, this, &ApplyPanel::confirm);
    connect(m_rollback, &QPushButton::clicked, this, &ApplyPanel::rollback);
    setStage(Stage::Idle, tr("Validate the edits to see what applying them does."));
}

QString ApplyPanel::message() const
{
    return m_status->text() + (m_result->text().isEmpty() ? QString() : u'\n' + m_result->text());
}

void ApplyPanel::setStage(Stage stage, const QString &message)
{
    m_stage = stage;
    m_status->setText(message);
    m_confirm->setEnabled(stage == Stage::Planned);
    m_validate->setEnabled(stage != Stage::Running && stage != Stage::RollingBack);
}

void ApplyPanel::prepare()
{
    if (!m_session)
        return;
    m_result->clear();
    m_logs->hide();
    m_rollback->hide();
    m_progress->hide();
    m_planTable->setRowCount(0);
    if (!m_session->loadError().isEmpty()) {
        setStage(Stage::Blocked, tr("The files cannot be loaded: %1").arg(m_session->loadError()));
        return;
    }
    if (m_session->hasErrors()) {
        QStringList lines;
        for (const Finding &finding : m_session->findings())
            if (finding.severity == Severity::Error)
                lines.append(finding.toLine());
        setStage(Stage::Blocked, tr("Fix these errors before applying:\n%1").arg(lines.join(u'\n')));
        return;
    }
    const QString dir = m_session->projectDir();
    const AppliedHistory history(dir);
    const Result<AppliedVersion> latest = history.latest();
    std::optional<ComposeProject> applied;
    QList<DiffView::File> files;
    m_previousId.clear();
    if (latest) {
        m_previousId = latest->id;
        // The index holds no bytes: the version is read whole for its files.
        const Result<AppliedVersion> full = history.load(latest->id);
        if (full) {
            applied = projectOf(full.value(), m_session->options(), dir);
            for (const QString &file : m_session->files()) {
                const QString name = QDir(dir).relativeFilePath(file);
                const QByteArray before = full->files.value(name);
                const QByteArray after = m_session->text(file);
                if (before != after)
                    files.append({name, before, after, file == m_session->envFile()});
            }
        }
    } else {
        // No version applied from here yet: the files as opened are what runs now, so they are the baseline.
        AppliedVersion opened;
        for (const QString &file : m_session->files()) {
            const QString name = QDir(dir).relativeFilePath(file);
            opened.files.insert(name, m_session->loadedText(file));
            if (m_session->loadedText(file) != m_session->text(file))
                files.append({name, m_session->loadedText(file), m_session->text(file), file == m_session->envFile()});
        }
        applied = projectOf(opened, m_session->options(), dir);
    }
    m_diff->setFiles(files);
    const QStringList running = m_running ? m_running() : QStringList();
    m_plan = ApplyPlanner::plan(applied ? &*applied : nullptr, m_session->project(), running);
    m_summary = m_session->editLog().isEmpty() ? m_plan.summary()
                                               : m_session->editLog().join(u"; "_s) + u" — "_s + m_plan.summary();
    showPlan();
    const QString against = latest ? tr("Compared with the version applied %1.").arg(QLocale().toString(latest->time.toLocalTime(), QLocale::ShortFormat))
                                   : tr("No applied version is recorded yet: compared with the files as opened, which are kept as the first version.");
    if (m_plan.isEmpty())
        setStage(Stage::Planned, tr("Nothing to do: every service is left alone. %1").arg(against));
    else
        setStage(Stage::Planned, tr("Plan: %1. %2 Confirm to save and apply.").arg(m_plan.summary(), against));
}

void ApplyPanel::showPlan()
{
    m_planTable->setRowCount(0);
    for (const ServicePlan &service : std::as_const(m_plan.services)) {
        const int row = m_planTable->rowCount();
        m_planTable->insertRow(row);
        m_planTable->setItem(row, 0, new QTableWidgetItem(service.service));
        auto *action = new QTableWidgetItem(ServicePlan::actionName(service.action));
        if (service.action != ServicePlan::Action::Unchanged) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        m_planTable->setItem(row, 1, action);
        m_planTable->setItem(row, 2, new QTableWidgetItem(service.reasons.join(u"; "_s)));
    }
    m_planTable->resizeColumnsToContents();
}

void ApplyPanel::confirm()
{
    if (!m_session || m_stage != Stage::Planned)
        return;
    AppliedHistory history(m_session->projectDir());
    if (m_previousId.isEmpty() && m_session->changedOnDisk().isEmpty()) {
        // The first apply from here: keep the files as opened (still on disk) so there is a version to roll back to.
        const Result<AppliedVersion> baseline = history.record(m_session->files(), tr("as found before the first apply"));
        if (baseline)
            m_previousId = baseline->id;
        else
            qCWarning(lcApply) << "baseline not recorded:" << baseline.error().toString();
    }
    if (m_session->isModified()) {
        const Status saved = m_session->save(m_summary);
        if (!saved) {
            setStage(Stage::Blocked, tr("Not saved: %1").arg(saved.error().toString()));
            return;
        }
        emit filesChanged();
    }
    m_rollingBack = false;
    run(m_session->project(), m_plan);
}

void ApplyPanel::run(const ComposeProject &project, const ApplyPlan &plan)
{
    m_progress->setRowCount(0);
    m_progress->show();
    m_result->clear();
    m_logs->hide();
    m_rollback->hide();
    delete m_run;
    m_run = new ApplyRun(m_runner, this);
    m_run->setHealthTimeout(m_healthTimeout);
    m_run->setSecrets(secrets());
    connect(m_run, &ApplyRun::serviceProgress, this, &ApplyPanel::onProgress);
    connect(m_run, &ApplyRun::finished, this, &ApplyPanel::onFinished);
    setStage(m_rollingBack ? Stage::RollingBack : Stage::Running,
             m_rollingBack ? tr("Rolling back…") : tr("Applying: %1…").arg(plan.summary()));
    qCInfo(lcApply) << "apply" << plan.summary();
    m_run->start(targetOf(project), plan);
}

void ApplyPanel::onProgress(const QString &service, const QString &state, const QString &detail)
{
    int row = 0;
    while (row < m_progress->rowCount() && m_progress->item(row, 0)->text() != service)
        ++row;
    if (row == m_progress->rowCount()) {
        m_progress->insertRow(row);
        m_progress->setItem(row, 0, new QTableWidgetItem(service));
        m_progress->setItem(row, 1, new QTableWidgetItem);
        m_progress->setItem(row, 2, new QTableWidgetItem);
    }
    m_progress->item(row, 1)->setText(state);
    m_progress->item(row, 2)->setText(detail);
    const QColor colour = state == u"failed"_s ? QColor(0xff, 0xdd, 0xdd)
        : state == u"healthy"_s || state == u"running"_s ? QColor(0xdd, 0xf7, 0xdd)
                                                         : QColor();
    for (int column = 0; column < 3; ++column)
        m_progress->item(row, column)->setBackground(colour.isValid() ? QBrush(colour) : QBrush());
}

void ApplyPanel::onFinished(const ApplyResult &result)
{
    if (!m_session)
        return;
    AppliedHistory history(m_session->projectDir());
    const QString summary = m_rollingBack ? tr("rolled back to %1").arg(m_previousId) : m_summary;
    const Result<AppliedVersion> recorded = history.record(m_session->files(), summary, result.ok);
    if (!recorded)
        qCWarning(lcApply) << "history not recorded:" << recorded.error().toString();
    if (result.ok) {
        setStage(Stage::Succeeded, m_rollingBack ? tr("Rolled back: %1 healthy.").arg(result.healthy.join(u", "_s))
                                                 : tr("Applied: %1 healthy.").arg(result.healthy.join(u", "_s)));
        m_result->setText(recorded ? tr("Recorded as version %1.").arg(recorded->id) : recorded.error().toString());
    } else {
        setStage(Stage::Failed, tr("Apply failed at %1.").arg(result.failingService.isEmpty() ? tr("compose") : result.failingService));
        m_result->setText(result.error);
        m_logs->setPlainText(result.lastLogLines.join(u'\n'));
        m_logs->setVisible(!result.lastLogLines.isEmpty());
        if (!m_rollingBack && !m_previousId.isEmpty()) {
            m_rollback->setText(tr("Roll back to %1").arg(m_previousId));
            m_rollback->show();
        }
    }
    m_rollingBack = false;
    emit finished(result.ok);
}

void ApplyPanel::rollback()
{
    if (!m_session || m_previousId.isEmpty())
        return;
    const AppliedHistory history(m_session->projectDir());
    const Result<AppliedVersion> previous = history.load(m_previousId);
    if (!previous) {
        setStage(Stage::Failed, tr("Cannot read version %1: %2").arg(m_previousId, previous.error().toString()));
        return;
    }
    // What runs now is the failed version: the plan goes from it back to the previous one.
    const ComposeProject failed = m_session->project();
    const Result<QStringList> written = history.restore(m_previousId);
    if (!written) {
        setStage(Stage::Failed, tr("Rollback not written: %1").arg(written.error().toString()));
        return;
    }
    const Status reopened = m_session->open(m_session->options());
    emit filesChanged();
    if (!reopened) {
        setStage(Stage::Failed, tr("The restored files do not load: %1").arg(reopened.error().toString()));
        return;
    }
    const QStringList running = m_running ? m_running() : QStringList();
    m_plan = ApplyPlanner::plan(&failed, m_session->project(), running);
    showPlan();
    m_rollingBack = true;
    run(m_session->project(), m_plan);
}

QStringList ApplyPanel::secrets() const
{
    QStringList values;
    if (!m_session)
        return values;
    for (auto it = m_session->project().variables.constBegin(); it != m_session->project().variables.constEnd(); ++it)
        if (EditSession::isSecretName(it.key()) && !it.value().isEmpty())
            values.append(it.value());
    // Literal values of secret-named variables written in the compose file itself.
    for (const ServiceSpec &service : m_session->project().services)
        for (const EnvVar &variable : service.environment)
            if (EditSession::isSecretName(variable.name) && variable.value.size() >= 3 && !values.contains(variable.value))
                values.append(variable.value);
    return values;
}

} // namespace Stackdeck
