#include "ui/editor/stackform.h"

#include "models/core/yamlnode.h"
#include "ui/editor/sessioncommand.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
QWidget *inlineRow(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets) {
        w->setParent(row);
        layout->addWidget(w);
    }
    return row;
}
}

StackForm::StackForm(EditSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_services(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    , m_newImage(new QLineEdit(this))
    , m_duplicateName(new QLineEdit(this))
    , m_references(new QLabel(this))
    , m_alsoReferences(new QCheckBox(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_networks(new QListWidget(this))
    , m_networkName(new QLineEdit(this))
    , m_networkDriver(new QLineEdit(this))
    , m_volumes(new QListWidget(this))
    , m_volumeName(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *servicesBox = new QGroupBox(tr("Services"), this);
    auto *services = new QVBoxLayout(servicesBox);
    services->addWidget(m_services);
    m_newName->setPlaceholderText(tr("new service name"));
    m_newImage->setPlaceholderText(tr("image, e.g. redis:7-alpine"));
    auto *add = new QPushButton(tr("Add"));
    services->addWidget(inlineRow(servicesBox, {m_newName, m_newImage, add}));
    m_duplicateName->setPlaceholderText(tr("name of the copy"));
    auto *duplicate = new QPushButton(tr("Duplicate selected"));
    services->addWidget(inlineRow(servicesBox, {m_duplicateName, duplicate}));
    m_references->setWordWrap(true);
    services->addWidget(m_references);
    services->addWidget(inlineRow(servicesBox, {m_alsoReferences, m_remove}));
    layout->addWidget(servicesBox);

    auto *networksBox = new QGroupBox(tr("Networks"), this);
    auto *networks = new QVBoxLayout(networksBox);
    networks->addWidget(m_networks);
    m_networkName->setPlaceholderText(tr("network name"));
    m_networkDriver->setPlaceholderText(u"bridge"_s);
    auto *addNet = new QPushButton(tr("Add"));
    auto *removeNet = new QPushButton(tr("Remove selected"));
    networks->addWidget(inlineRow(networksBox, {m_networkName, m_networkDriver, addNet, removeNet}));
    layout->addWidget(networksBox);

    auto *volumesBox = new QGroupBox(tr("Volumes"), this);
    auto *volumes = new QVBoxLayout(volumesBox);
    volumes->addWidget(m_volumes);
    m_volumeName->setPlaceholderText(tr("volume name"));
    auto *addVol = new QPushButton(tr("Add"));
    auto *removeVol = new QPushButton(tr("Remove selected"));
    volumes->addWidget(inlineRow(volumesBox, {m_volumeName, addVol, removeVol}));
    layout->addWidget(volumesBox);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto selected = [](QListWidget *list) { return list->currentItem() ? list->currentItem()->text() : QString(); };
    connect(add, &QPushButton::clicked, this, [this] {
        showResult(addService(m_newName->text().trimmed(), m_newImage->text().trimmed()));
    });
    connect(duplicate, &QPushButton::clicked, this, [this, selected] {
        showResult(duplicateService(selected(m_services), m_duplicateName->text().trimmed()));
    });
    connect(m_remove, &QPushButton::clicked, this, [this, selected] {
        showResult(removeService(selected(m_services), m_alsoReferences->isChecked()));
    });
    connect(addNet, &QPushButton::clicked, this, [this] {
        showResult(addNetwork(m_networkName->text().trimmed(), m_networkDriver->text().trimmed()));
    });
    connect(removeNet, &QPushButton::clicked, this, [this, selected] { showResult(removeNetwork(selected(m_networks))); });
    connect(addVol, &QPushButton::clicked, this, [this] { showResult(addVolume(m_volumeName->text().trimmed())); });
    connect(removeVol, &QPushButton::clicked, this, [this, selected] { showResult(removeVolume(selected(m_volumes))); });
    connect(m_services, &QListWidget::currentTextChanged, this, &StackForm::updateRemoveInfo);
    connect(m_services, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit serviceActivated(item->text()); });
    connect(session, &EditSession::changed, this, &StackForm::refresh);
    refresh();
}

QString StackForm::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList StackForm::topNames(const QString &key) const
{
    QStringList names;
    const YamlNodePtr root = m_session ? m_session->project().effective : YamlNodePtr();
    const YamlNodePtr node = root ? root->get(key) : YamlNodePtr();
    if (node && node->isMap()) {
        for (const YamlPair &pair : node->pairs)
            names << (pair.key ? pair.key->value : QString());
    }
    return names;
}

void StackForm::refresh()
{
    if (!m_session)
        return;
    auto fill = [](QListWidget *list, const QStringList &names) {
        const QString current = list->currentItem() ? list->currentItem()->text() : QString();
        const QSignalBlocker block(list);
        list->clear();
        list->addItems(names);
        const auto found = list->findItems(current, Qt::MatchExactly);
        if (!found.isEmpty())
            list->setCurrentItem(found.constFirst());
    };
    QStringList services;
    for (const ServiceSpec &spec : m_session->project().services)
        services << spec.name;
    services << m_session->project().inactiveServices;
    fill(m_services, services);
    fill(m_networks, topNames(u"networks"_s));
    for (int i = 0; i < m_networks->count(); ++i) {
        QListWidgetItem *item = m_networks->item(i);
        const QString driver = m_session->topValue({u"networks"_s, item->text(), u"driver"_s}).value;
        item->setToolTip(driver.isEmpty() ? tr("driver: default (bridge)") : tr("driver: %1").arg(driver));
    }
    fill(m_volumes, topNames(u"volumes"_s));
    updateRemoveInfo();
}

void StackForm::updateRemoveInfo()
{
    const QString name = m_services->currentItem() ? m_services->currentItem()->text() : QString();
    m_remove->setEnabled(!name.isEmpty());
    if (name.isEmpty() || !m_session) {
        m_references->clear();
        m_alsoReferences->hide();
        return;
    }
    const QList<Finding> refs = m_session->referencesTo(name);
    QStringList lines;
    for (const Finding &ref : refs)
        lines << u"%1 (%2)"_s.arg(ref.path, ref.location.toString());
    m_references->setText(refs.isEmpty() ? tr("Nothing refers to %1.").arg(name)
                                         : tr("Referenced by:\n%1").arg(lines.join(u'\n')));
    m_alsoReferences->setText(tr("also remove the %n reference(s)", nullptr, int(refs.size())));
    m_alsoReferences->setVisible(!refs.isEmpty());
}

Status StackForm::run(const QString &what, const std::function<Status()> &edit)
{
    return SessionCommand::run(m_session, m_undo, what, edit);
}

void StackForm::showResult(const Status &status)
{
    m_message->setText(status ? QString() : status.error().toString());
    m_message->setVisible(!status);
}

namespace {
Error needName(const QString &what)
{
    return Error{what, {}, {}};
}
}

Status StackForm::addService(const QString &name, const QString &image)
{
    if (name.isEmpty() || image.isEmpty())
        return needName(tr("Give the new service a name and an image."));
    return run(tr("Add service %1").arg(name), [&] { return m_session->addService(name, image); });
}

Status StackForm::duplicateService(const QString &from, const QString &name)
{
    if (from.isEmpty() || name.isEmpty())
        return needName(tr("Select a service and give the copy a name."));
    return run(tr("Duplicate %1 as %2").arg(from, name), [&] { return m_session->duplicateService(from, name); });
}

Status StackForm::removeService(const QString &name, bool withReferences)
{
    if (name.isEmpty())
        return needName(tr("Select the service to remove."));
    return run(tr("Remove service %1").arg(name), [&] { return m_session->removeService(name, withReferences); });
}

Status StackForm::addNetwork(const QString &name, const QString &driver)
{
    if (name.isEmpty())
        return needName(tr("Give the network a name."));
    return run(tr("Add network %1").arg(name), [&] {
        return m_session->setTopValue({u"networks"_s, name, u"driver"_s}, driver.isEmpty() ? u"bridge"_s : driver);
    });
}

Status StackForm::removeNetwork(const QString &name)
{
    if (name.isEmpty())
        return needName(tr("Select the network to remove."));
    return run(tr("Remove network %1").arg(name), [&] { return m_session->removeTopValue({u"networks"_s, name}); });
}

Status StackForm::addVolume(const QString &name)
{
    if (name.isEmpty())
        return needName(tr("Give the volume a name."));
    return run(tr("Add volume %1").arg(name), [&] {
        return m_session->setTopValue({u"volumes"_s, name, u"driver"_s}, u"local"_s);
    });
}

Status StackForm::removeVolume(const QString &name)
{
    if (name.isEmpty())
        return needName(tr("Select the volume to remove."));
    return run(tr("Remove volume %1").arg(name), [&] { return m_session->removeTopValue({u"volumes"_s, name}); });
}

} // namespace Stackdeck
