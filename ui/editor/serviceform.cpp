#include "ui/editor/serviceform.h"

#include "models/core/quantity.h"
#include "models/validate/machineinfo.h"
#include "ui/editor/fieldrow.h"
#include "ui/editor/sessioncommand.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

ServiceForm::ServiceForm(EditSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll);
    connect(session, &EditSession::changed, this, &ServiceForm::onSessionChanged);
}

void ServiceForm::setService(const QString &name)
{
    m_service = name;
    rebuild();
}

QWidget *ServiceForm::field(const QString &dottedPath) const
{
    FieldRow *r = row(dottedPath);
    return r ? r->editor() : nullptr;
}

FieldRow *ServiceForm::row(const QString &dottedPath) const
{
    return m_rows.value(dottedPath);
}

bool ServiceForm::focusField(const QString &dottedPath)
{
    FieldRow *r = row(dottedPath);
    if (!r)
        return false;
    m_scroll->ensureWidgetVisible(r);
    r->editor()->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ServiceForm::shapeKey() const
{
    if (!m_session)
        return {};
    QStringList parts;
    const ServiceSpec *spec = m_session->project().service(m_service);
    if (!spec)
        return u"-"_s;
    for (const EnvVar &var : spec->environment)
        parts << var.name;
    parts << u"|"_s;
    for (const Dependency &dep : spec->dependsOn)
        parts << dep.service;
    parts << (m_session->value(m_service, {u"command"_s, u"0"_s}).isSet ? u"list"_s : u"text"_s);
    parts << (m_session->value(m_service, {u"healthcheck"_s, u"test"_s, u"0"_s}).isSet ? u"list"_s : u"text"_s);
    return parts.join(u',');
}

void ServiceForm::onSessionChanged()
{
    const QString shape = shapeKey();
    bool focused = false;
    for (FieldRow *r : std::as_const(m_rows))
        focused = focused || r->editor()->hasFocus();
    if (shape != m_shape && !focused) {
        rebuild();
        return;
    }
    for (FieldRow *r : std::as_const(m_rows))
        r->refresh();
}

QFormLayout *ServiceForm::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, m_content);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_sections->addWidget(box);
    return form;
}

FieldRow *ServiceForm::addRow(QFormLayout *form, const QString &label, const QStringList &path, int kind)
{
    auto *r = new FieldRow(m_session, m_undo, m_service, path, FieldRow::Kind(kind), form->parentWidget());
    form->addRow(label, r);
    m_rows.insert(r->dottedPath(), r);
    return r;
}

void ServiceForm::rebuild()
{
    m_rows.clear();
    // A row may be inside its own commit() (the session's changed() got us here): the old rows go
    // once control is back in the event loop, never under it.
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_content = new QWidget;
    m_sections = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    m_shape = shapeKey();
    if (!m_session || !m_session->project().service(m_service)) {
        m_sections->addWidget(new QLabel(tr("No service selected."), m_content));
        m_sections->addStretch();
        return;
    }
    const auto Text = int(FieldRow::Kind::Text);
    const auto Choice = int(FieldRow::Kind::Choice);
    const auto List = int(FieldRow::Kind::List);

    QFormLayout *image = addSection(tr("Image"));
    addRow(image, tr("Image"), {u"image"_s}, Text)->setPlaceholder(tr("repository:tag"));
    const bool commandList = m_session->value(m_service, {u"command"_s, u"0"_s}).isSet;
    addRow(image, commandList ? tr("Command (one argument a line)") : tr("Command"), {u"command"_s}, commandList ? List : Text);
    addRow(image, tr("Restart policy"), {u"restart"_s}, Choice)
        ->setChoices({QString(), u"no"_s, u"always"_s, u"on-failure"_s, u"unless-stopped"_s});
    addRow(image, tr("Profiles (one a line)"), {u"profiles"_s}, List);

    QFormLayout *ports = addSection(tr("Ports"));
    addRow(ports, tr("Published (host:container, one a line)"), {u"ports"_s}, List)
        ->setPlaceholder(u"127.0.0.1:8080:80"_s);
    addRow(ports, tr("Exposed to the stack only"), {u"expose"_s}, List);

    QFormLayout *resources = addSection(tr("Resources"));
    for (const QString &kind : {u"limits"_s, u"reservations"_s}) {
        const QString title = kind == u"limits"_s ? tr("Limit") : tr("Reservation");
        addRow(resources, tr("%1: CPUs").arg(title), {u"deploy"_s, u"resources"_s, kind, u"cpus"_s}, Text)
            ->setPlaceholder(u"0.5"_s);
        addRow(resources, tr("%1: memory").arg(title), {u"deploy"_s, u"resources"_s, kind, u"memory"_s}, Text)
            ->setPlaceholder(tr("512M, 2G"));
    }
    resources->addRow(tr("This machine"),
                      new QLabel(tr("%1 CPUs, %2").arg(MachineInfo::cpus()).arg(Quantity::formatBytes(MachineInfo::memoryBytes())),
                                 resources->parentWidget()));

    addEnvironment();

    QFormLayout *health = addSection(tr("Healthcheck"));
    const bool testList = m_session->value(m_service, {u"healthcheck"_s, u"test"_s, u"0"_s}).isSet;
    addRow(health, tr("Test"), {u"healthcheck"_s, u"test"_s}, testList ? List : Text);
    for (const QString &key : {u"interval"_s, u"timeout"_s, u"retries"_s, u"start_period"_s})
        addRow(health, key, {u"healthcheck"_s, key}, Text);

    QFormLayout *logging = addSection(tr("Logging"));
    addRow(logging, tr("Driver"), {u"logging"_s, u"driver"_s}, Text);
    addRow(logging, tr("Max size"), {u"logging"_s, u"options"_s, u"max-size"_s}, Text)->setAsString(true);
    addRow(logging, tr("Max files"), {u"logging"_s, u"options"_s, u"max-file"_s}, Text)->setAsString(true);

    QFormLayout *security = addSection(tr("Security"));
    addRow(security, tr("User"), {u"user"_s}, Text)->setAsString(true);
    addRow(security, tr("Read-only root"), {u"read_only"_s}, Choice)->setChoices({QString(), u"true"_s, u"false"_s});
    addRow(security, tr("Security options (no-new-privileges:true)"), {u"security_opt"_s}, List);
    addRow(security, tr("Dropped capabilities"), {u"cap_drop"_s}, List)->setPlaceholder(u"ALL"_s);

    const ServiceSpec *spec = m_session->project().service(m_service);
    if (!spec->dependsOn.isEmpty()) {
        QFormLayout *deps = addSection(tr("Depends on"));
        for (const Dependency &dep : spec->dependsOn)
            addRow(deps, dep.service, {u"depends_on"_s, dep.service, u"condition"_s}, Choice)
                ->setChoices({u"service_started"_s, u"service_healthy"_s, u"service_completed_successfully"_s});
    }
    QFormLayout *attach = addSection(tr("Networks and volumes"));
    addRow(attach, tr("Networks"), {u"networks"_s}, List);
    addRow(attach, tr("Volumes (source:target[:ro])"), {u"volumes"_s}, List);
    m_sections->addStretch();
}

void ServiceForm::addEnvironment()
{
    QFormLayout *env = addSection(tr("Environment"));
    const ServiceSpec *spec = m_session->project().service(m_service);
    for (const EnvVar &var : spec->environment) {
        const bool secret = EditSession::isSecretName(var.name);
        FieldRow *r = addRow(env, var.name, {u"environment"_s, var.name},
                             int(secret ? FieldRow::Kind::Secret : FieldRow::Kind::Text));
        r->setAsString(true);
    }
    auto *adder = new QWidget(env->parentWidget());
    auto *line = new QHBoxLayout(adder);
    line->setContentsMargins(0, 0, 0, 0);
    m_newEnvName = new QLineEdit(adder);
    m_newEnvName->setObjectName(u"environment.newName"_s);
    m_newEnvName->setPlaceholderText(tr("NAME"));
    m_newEnvValue = new QLineEdit(adder);
    m_newEnvValue->setObjectName(u"environment.newValue"_s);
    m_newEnvValue->setPlaceholderText(tr("value"));
    auto *add = new QPushButton(tr("Add"), adder);
    line->addWidget(m_newEnvName);
    line->addWidget(m_newEnvValue);
    line->addWidget(add);
    env->addRow(tr("New variable"), adder);
    m_envMessage = new QLabel(env->parentWidget());
    m_envMessage->setStyleSheet(u"color: #c62828;"_s);
    m_envMessage->setWordWrap(true);
    m_envMessage->hide();
    env->addRow(QString(), m_envMessage);
    // Secret names get their echo masked while typed, before they are added.
    connect(m_newEnvName, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_newEnvValue->setEchoMode(EditSession::isSecretName(name) ? QLineEdit::Password : QLineEdit::Normal);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_newEnvName->text().trimmed();
        if (name.isEmpty())
            return;
        const EditSession::Texts before = m_session->texts();
        Status s = EditSession::isSecretName(name)
            ? m_session->setSecret(m_service, name, m_newEnvValue->text())
            : m_session->setValue(m_service, {u"environment"_s, name}, m_newEnvValue->text(), true);
        if (!s) {
            m_envMessage->setText(s.error().toString());
            m_envMessage->show();
            return;
        }
        if (m_undo)
            m_undo->push(new SessionCommand(m_session, before, tr("Set environment.%1").arg(name)));
        m_newEnvName->clear();
        m_newEnvValue->clear();
    });
}

} // namespace Stackdeck
