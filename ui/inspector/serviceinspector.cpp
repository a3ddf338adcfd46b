#include "ui/inspector/serviceinspector.h"

#include "ui/health/healthpalette.h"
#include "ui/health/probehistorylist.h"
#include "ui/inspector/inspectorlogging.h"
#include "ui/inspector/serviceconfigsummary.h"
#include "ui/inspector/servicestatustext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

constexpr int shownResults = 10;

QLabel *wrappingLabel(QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wrap to the dock, never widen it
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

ServiceInspector::ServiceInspector(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_placeholder(new QLabel(tr("Select a service to inspect it."), this))
    , m_body(new QWidget)
{
    m_placeholder->setObjectName(u"inspectorPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(10, 8, 10, 10);
    body->setSpacing(4);

    m_name = addText(body, u"inspectorName"_s);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_name->setFont(big);
    m_statusLine = addText(body, u"inspectorStatus"_s);
    m_statusLine->setTextFormat(Qt::RichText);
    m_usage = addText(body, u"inspectorUsage"_s);
    m_problems = addText(body, u"inspectorProblems"_s);
    m_problems->setStyleSheet(u"QLabel { color: #8c1d18; background: #fdecea; border-radius: 3px; padding: 4px; }"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    const std::array<std::pair<ServiceAction, QString>, 4> actions{{{ServiceAction::Start, tr("Start")},
                                                                    {ServiceAction::Stop, tr("Stop")},
                                                                    {ServiceAction::Restart, tr("Restart")},
                                                                    {ServiceAction::Logs, tr("Logs")}}};
    static const char *const names[] = {"inspectorStart", "inspectorStop", "inspectorRestart", "inspectorLogs"};
    for (const auto &[action, text] : actions) {
        auto *button = new QToolButton(m_body);
        button->setObjectName(QString::fromLatin1(names[size_t(action)]));
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumWidth(0);
        connect(button, &QToolButton::clicked, this, [this, action = action] {
            if (!m_hasService)
                return;
            qCDebug(lcInspector) << "action" << int(action) << "on" << m_spec.name;
            emit actionRequested(m_spec.name, action);
        });
        m_buttons.at(size_t(action)) = button;
        buttons->addWidget(button);
    }
    body->addSpacing(4);
    body->addLayout(buttons);
    m_actionNote = addText(body, u"inspectorActionNote"_s);
    m_actionNote->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
    auto *progress = new QHBoxLayout;
    m_progressText = wrappingLabel(m_body);
    m_progressText->setObjectName(u"inspectorProgress"_s);
    m_progressBar = new QProgressBar(m_body);
    m_progressBar->setObjectName(u"inspectorProgressBar"_s);
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedSize(48, 10);
    progress->addWidget(m_progressText, 1);
    progress->addWidget(m_progressBar, 0, Qt::AlignVCenter);
    body->addLayout(progress);

    addSection(body, tr("Ports"));
    m_portsLayout = new QVBoxLayout;
    m_portsLayout->setSpacing(2);
    body->addLayout(m_portsLayout);

    addSection(body, tr("Probe history"));
    m_history = addText(body, u"inspectorHistory"_s);
    m_history->setTextFormat(Qt::RichText);

    addSection(body, tr("Configuration"));
    m_config = new QFormLayout;
    m_config->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_config->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_config->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_config->setHorizontalSpacing(10);
    m_config->setVerticalSpacing(5);
    body->addLayout(m_config);
    body->addStretch(1);

    m_scroll->setObjectName(u"inspectorScroll"_s);
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);
    clear();
}

QLabel *ServiceInspector::addSection(QVBoxLayout *layout, const QString &title)
{
    auto *label = new QLabel(title, m_body);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setObjectName(u"inspectorSection"_s);
    label->setIndent(0); // a bordered label indents its text by default; headings line up with the content
    label->setStyleSheet(u"QLabel { border: none; border-bottom: 1px solid #c4c7c5; padding: 0 0 2px 0; margin-top: 10px; }"_s);
    layout->addWidget(label);
    return label;
}

QLabel *ServiceInspector::addText(QVBoxLayout *layout, const QString &objectName)
{
    QLabel *label = wrappingLabel(m_body);
    label->setObjectName(objectName);
    layout->addWidget(label);
    return label;
}

void ServiceInspector::clear()
{
    m_hasService = false;
    m_spec = ServiceSpec();
    m_status = ServiceLiveStatus();
    m_probeHistory.clear();
    m_secrets.clear();
    m_busy = false;
    m_progressText->clear();
    m_scroll->hide();
    m_placeholder->show();
    updateStatus();
    updateActions();
    updateHistory();
    rebuildPorts();
    rebuildConfiguration();
}

void ServiceInspector::setService(const ServiceSpec &spec)
{
    // Another service starts blank; the same one (a reloaded file) keeps its live state.
    if (!m_hasService || spec.name != m_spec.name) {
        m_status = ServiceLiveStatus();
        m_probeHistory.clear();
        m_busy = false;
        m_progressText->clear();
    }
    m_hasService = true;
    m_spec = spec;
    m_secrets = ServiceConfigSummary::ordered(ServiceConfigSummary::secretValues(spec) + m_projectSecrets);
    m_name->setText(ServiceConfigSummary::breakable(spec.name));
    m_placeholder->hide();
    m_scroll->show();
    updateStatus();
    updateActions();
    updateHistory();
    rebuildPorts();
    rebuildConfiguration();
}

void ServiceInspector::setStatus(const ServiceLiveStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    updateStatus();
    updateActions();
}

void ServiceInspector::setProbeHistory(const QList<ProbeResult> &history)
{
    m_probeHistory = history;
    updateHistory();
}

void ServiceInspector::setActionsEnabled(bool enabled, const QString &why)
{
    m_actionsEnabled = enabled;
    m_actionsWhy = enabled ? QString() : (why.isEmpty() ? tr("Actions are unavailable right now.") : why);
    updateActions();
}

void ServiceInspector::setActionProgress(const QString &text, bool busy)
{
    m_busy = busy;
    m_progressText->setText(ServiceConfigSummary::redact(text, m_secrets));
    updateActions();
}

void ServiceInspector::updateStatus()
{
    const QColor colour = HealthPalette::liveColour(m_status);
    m_statusLine->setText(u"<span style=\"color:%1\">●</span>&nbsp;%2"_s.arg(
        colour.name(), ServiceStatusText::headline(m_status, m_spec).toHtmlEscaped()));
    const QString usage = ServiceStatusText::usage(m_status);
    m_usage->setText(usage);
    m_usage->setVisible(!usage.isEmpty());
    const QString problems = ServiceConfigSummary::redact(ServiceStatusText::problems(m_status).join(u'\n'), m_secrets);
    m_problems->setText(ServiceConfigSummary::breakable(problems));
    m_problems->setVisible(!problems.isEmpty());
}

bool ServiceInspector::actionFitsState(ServiceAction action, ServiceLiveStatus::State state)
{
    using S = ServiceLiveStatus::State;
    switch (action) {
    case ServiceAction::Start: return state == S::NotCreated || state == S::Created || state == S::Exited;
    case ServiceAction::Stop: return state == S::Running || state == S::Restarting;
    case ServiceAction::Restart: return state != S::NotCreated && state != S::EngineUnavailable;
    case ServiceAction::Logs: return true;
    }
    return false;
}

QString ServiceInspector::actionBlocker(ServiceAction action) const
{
    if (!m_hasService)
        return tr("No service selected.");
    if (action == ServiceAction::Logs)
        return {};
    if (!m_actionsEnabled)
        return m_actionsWhy;
    if (m_status.state == ServiceLiveStatus::State::EngineUnavailable)
        return m_status.reason.isEmpty() ? tr("The Docker engine is unavailable.") : m_status.reason;
    if (m_busy)
        return tr("Wait for the running action to finish.");
    if (!actionFitsState(action, m_status.state))
        return action == ServiceAction::Start ? tr("%1 is already running.").arg(m_spec.name)
                                              : tr("%1 is not running.").arg(m_spec.name);
    return {};
}

void ServiceInspector::updateActions()
{
    static const char *const tips[] = {QT_TR_NOOP("Start %1"), QT_TR_NOOP("Stop %1"), QT_TR_NOOP("Restart %1"),
                                       QT_TR_NOOP("Show the logs of %1")};
    for (size_t i = 0; i < m_buttons.size(); ++i) {
        const QString blocker = actionBlocker(ServiceAction(i));
        m_buttons.at(i)->setEnabled(blocker.isEmpty());
        m_buttons.at(i)->setToolTip(blocker.isEmpty() ? tr(tips[i]).arg(m_spec.name) : blocker);
    }
    m_actionNote->setText(m_actionsEnabled ? QString() : m_actionsWhy);
    m_actionNote->setVisible(m_hasService && !m_actionsEnabled);
    m_progressText->setVisible(!m_progressText->text().isEmpty());
    m_progressBar->setVisible(m_busy);
}

void ServiceInspector::updateHistory()
{
    if (m_probeHistory.isEmpty()) {
        m_history->setText(tr("No probe results yet."));
        return;
    }
    QString html = u"<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">"_s;
    const QDateTime now = QDateTime::currentDateTime();
    const qsizetype first = qMax<qsizetype>(0, m_probeHistory.size() - shownResults);
    for (qsizetype i = m_probeHistory.size() - 1; i >= first; --i) {
        const ProbeResult &r = m_probeHistory.at(i);
        const QString message = ServiceConfigSummary::breakable(ServiceConfigSummary::redact(r.message, m_secrets));
        html += u"<tr><td valign=\"top\" style=\"color:%1\">●&nbsp;</td><td><b>%2</b> · %3 · %4<br/>"
                u"<span style=\"color:#5f6368\">%5</span></td></tr>"_s.arg(
                    HealthPalette::stateColour(r.state).name(), ProbeHistoryList::timeText(r.checkedAt, now),
                    ProbeHistoryList::stateText(r.state).toHtmlEscaped(), humanDuration(r.latency), message.toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (first > 0)
        html += u"<p style=\"color:#5f6368\">%1</p>"_s.arg(tr("%1 older results in the health panel.").arg(first));
    m_history->setText(html);
}

void ServiceInspector::rebuildPorts()
{
    clearLayout(m_portsLayout);
    QStringList lines;
    for (const PortSpec &p : std::as_const(m_spec.ports)) {
        const QUrl url = ServiceConfigSummary::portUrl(p);
        const QString text = ServiceConfigSummary::portText(p).toHtmlEscaped();
        if (url.isValid()) {
            const QString link = url.toString().toHtmlEscaped();
            lines << u"<a href=\"%1\">%1</a> <span style=\"color:#5f6368\">%2</span>"_s.arg(link, text);
        } else {
            lines << text;
        }
    }
    for (const QString &e : std::as_const(m_spec.expose))
        lines << tr("%1 (to other services only)").arg(e).toHtmlEscaped();
    if (lines.isEmpty())
        lines << tr("No published ports.").toHtmlEscaped();
    for (const QString &line : std::as_const(lines)) {
        QLabel *label = wrappingLabel(m_body, Qt::RichText);
        label->setObjectName(u"inspectorPort"_s);
        label->setText(line);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            qCDebug(lcInspector) << "open" << link;
            emit openUrlRequested(QUrl(link));
        });
        m_portsLayout->addWidget(label);
    }
}

void ServiceInspector::rebuildConfiguration()
{
    while (m_config->rowCount() > 0)
        m_config->removeRow(0);
    if (!m_hasService)
        return;
    for (const ServiceConfigSummary::Line &line : ServiceConfigSummary::lines(m_spec, m_projectSecrets)) {
        auto *key = new QLabel(line.label, m_body);
        key->setStyleSheet(u"QLabel { color: #5f6368; }"_s);
        key->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the first line of a wrapped value
        QLabel *value = wrappingLabel(m_body);
        value->setObjectName(u"inspectorConfig"_s);
        value->setText(ServiceConfigSummary::breakable(line.value));
        if (line.label == tr("Environment"))
            value->setToolTip(tr("Only the names: values may be secrets."));
        m_config->addRow(key, value);
    }
}

} // namespace Stackdeck
