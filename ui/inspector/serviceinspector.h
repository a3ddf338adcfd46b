#pragma once

#include "models/compose/servicespec.h"
#include "models/health/proberesult.h"
#include "models/live/servicelivestatus.h"
#include "ui/inspector/serviceaction.h"

#include <QList>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <array>

class QFormLayout;
class QLabel;
class QProgressBar;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace Stackdeck {

// Everything about one service in a narrow dock: live state and why, actions, published ports as
// links, recent probe results and the configuration (environment variable names only, never values).
class ServiceInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceInspector(QWidget *parent = nullptr);

    void setService(const ServiceSpec &spec);
    // Values masked wherever the inspector echoes text, besides the service's own secrets.
    void setProjectSecrets(const QStringList &secrets) { m_projectSecrets = secrets; }
    void clear();
    QString service() const { return m_hasService ? m_spec.name : QString(); }

    void setStatus(const ServiceLiveStatus &status);
    void setProbeHistory(const QList<ProbeResult> &history);
    // Engine actions off (e.g. "Docker engine unavailable"); Logs stays available, it only opens a view.
    void setActionsEnabled(bool enabled, const QString &why = {});
    // Inline progress or result of a runner action; busy blocks further engine actions.
    void setActionProgress(const QString &text, bool busy);

    QToolButton *actionButton(ServiceAction action) const { return m_buttons.at(size_t(action)); }
    // Whether the action makes sense for a container in `state` (Start when stopped, Stop when running, ...).
    static bool actionFitsState(ServiceAction action, ServiceLiveStatus::State state);

    QSize sizeHint() const override { return QSize(320, 560); }

signals:
    void actionRequested(const QString &service, Stackdeck::ServiceAction action);
    void openUrlRequested(const QUrl &url);

private:
    QLabel *addSection(QVBoxLayout *layout, const QString &title);
    QLabel *addText(QVBoxLayout *layout, const QString &objectName);
    void updateStatus();
    void updateActions();
    void updateHistory();
    void rebuildPorts();
    void rebuildConfiguration();
    QString actionBlocker(ServiceAction action) const;

    QScrollArea *m_scroll;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_name;
    QLabel *m_statusLine;
    QLabel *m_usage;
    QLabel *m_problems;
    std::array<QToolButton *, 4> m_buttons{};
    QLabel *m_actionNote;
    QLabel *m_progressText;
    QProgressBar *m_progressBar;
    QVBoxLayout *m_portsLayout = nullptr;
    QLabel *m_history;
    QFormLayout *m_config = nullptr;

    ServiceSpec m_spec;
    ServiceLiveStatus m_status;
    QList<ProbeResult> m_probeHistory;
    QStringList m_secrets;
    QStringList m_projectSecrets;
    QString m_actionsWhy;
    bool m_hasService = false;
    bool m_actionsEnabled = true;
    bool m_busy = false;
};

} // namespace Stackdeck
