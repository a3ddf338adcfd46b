#pragma once

#include "models/compose/composeproject.h"
#include "models/editor/applyplan.h"
#include "models/editor/applyrun.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Stackdeck {

class ComposeRunner;
class DiffView;
class EditSession;

// The apply flow, inline: validate, diff against the last applied version, the plan, confirm, save,
// run with per-service progress, the result; on failure the error, last log lines and a rollback.
class ApplyPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Stage : quint8 { Idle, Blocked, Planned, Running, Succeeded, Failed, RollingBack };

    ApplyPanel(EditSession *session, ComposeRunner *runner, QWidget *parent = nullptr);

    // Services that have a container now (from the console's live view); asked at each plan.
    void setRunningProvider(std::function<QStringList()> provider) { m_running = std::move(provider); }
    void setHealthTimeout(int seconds) { m_healthTimeout = seconds; }

    // Validates and computes the plan against the last applied version; shows why when it cannot.
    void prepare();
    // Saves (when needed) and runs the plan shown.
    void confirm();
    // After a failure: puts the previous applied version back and applies it.
    void rollback();

    Stage stage() const { return m_stage; }
    ApplyPlan plan() const { return m_plan; }
    QString message() const;
    QTableWidget *planTable() const { return m_planTable; }
    QTableWidget *progressTable() const { return m_progress; }
    DiffView *diffView() const { return m_diff; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *rollbackButton() const { return m_rollback; }

signals:
    // Files on disk changed (saved, applied or rolled back): the console reloads the stack.
    void filesChanged();
    void finished(bool ok);

private:
    void setStage(Stage stage, const QString &message);
    void showPlan();
    void run(const ComposeProject &project, const ApplyPlan &plan);
    void onProgress(const QString &service, const QString &state, const QString &detail);
    void onFinished(const ApplyResult &result);
    QStringList secrets() const;

    QPointer<EditSession> m_session;
    ComposeRunner *m_runner;
    std::function<QStringList()> m_running;
    int m_healthTimeout = 120;
    Stage m_stage = Stage::Idle;
    ApplyPlan m_plan;
    QString m_summary;
    QString m_previousId;   // the last good applied version before this apply: the rollback target
    bool m_rollingBack = false;
    ApplyRun *m_run = nullptr;

    QLabel *m_status;
    DiffView *m_diff;
    QTableWidget *m_planTable;
    QPushButton *m_validate;
    QPushButton *m_confirm;
    QTableWidget *m_progress;
    QLabel *m_result;
    QPlainTextEdit *m_logs;
    QPushButton *m_rollback;
};

} // namespace Stackdeck
