#include "ui/logs/logfilterbar.h"

#include "models/live/logfilter.h"
#include "ui/logs/logpalette.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_servicesButton(new QToolButton(this))
    , m_servicesMenu(new QMenu(this))
{
    m_pattern->setObjectName(u"logFilterPattern"_s);
    m_pattern->setPlaceholderText(tr("Filter lines (regular expression)"));
    m_pattern->setClearButtonEnabled(true);
    m_error->setObjectName(u"logFilterError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pattern, 1);
    const QList<std::pair<LogLevel, QString>> levels{
        {LogLevel::Error, tr("Error")}, {LogLevel::Warn, tr("Warning")}, {LogLevel::Info, tr("Info")},
        {LogLevel::Debug, tr("Debug")}, {LogLevel::Unknown, tr("Other")}};
    for (const auto &[level, label] : levels) {
        auto *box = new QCheckBox(label, this);
        box->setObjectName(u"logLevel%1"_s.arg(int(level)));
        box->setChecked(true);
        box->setProperty("level", int(level));
        box->setToolTip(tr("Show lines of this level"));
        connect(box, &QCheckBox::toggled, this, &LogFilterBar::updateLevels);
        m_levels.append(box);
        row->addWidget(box);
    }
    m_servicesButton->setObjectName(u"logServices"_s);
    m_servicesButton->setText(tr("Services"));
    m_servicesButton->setToolTip(tr("Choose which services' lines are shown"));
    m_servicesButton->setPopupMode(QToolButton::InstantPopup);
    m_servicesButton->setMenu(m_servicesMenu);
    row->addWidget(m_servicesButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_pattern, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_filter)
            m_filter->setPattern(text);
    });
}

void LogFilterBar::setFilter(LogFilter *filter)
{
    m_filter = filter;
    if (!m_filter)
        return;
    connect(m_filter, &LogFilter::errorStringChanged, this, &LogFilterBar::showError);
    // A new model gets a fresh filter: it starts from what the bar shows, not from "everything".
    if (!m_pattern->text().isEmpty())
        m_filter->setPattern(m_pattern->text());
    updateLevels();
    updateServices();
}

void LogFilterBar::clearServices()
{
    m_servicesMenu->clear();
    m_pinned = false;
    updateServices();
}

void LogFilterBar::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_pattern->setStyleSheet(error.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #b3261e; }"_s);
}

void LogFilterBar::addService(const QString &service)
{
    QPixmap swatch(12, 12);
    swatch.fill(LogPalette::serviceColor(service));
    QAction *action = m_servicesMenu->addAction(QIcon(swatch), service);
    action->setData(service);
    action->setCheckable(true);
    action->setChecked(!m_pinned);
    connect(action, &QAction::toggled, this, [this] {
        m_pinned = false; // the person's own choice from here on
        updateServices();
    });
}

QStringList LogFilterBar::services() const
{
    QStringList out;
    for (const QAction *action : m_servicesMenu->actions())
        out.append(action->data().toString());
    return out;
}

void LogFilterBar::showOnly(const QStringList &services)
{
    const QStringList known = this->services();
    for (const QString &service : services) {
        if (!known.contains(service))
            addService(service);
    }
    for (QAction *action : m_servicesMenu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(services.isEmpty() || services.contains(action->data().toString()));
    }
    m_pinned = !services.isEmpty();
    updateServices();
}

void LogFilterBar::updateLevels()
{
    quint8 mask = 0;
    for (const QCheckBox *box : std::as_const(m_levels)) {
        if (box->isChecked())
            mask |= LogFilterCriteria::levelBit(LogLevel(box->property("level").toInt()));
    }
    if (m_filter)
        m_filter->setLevels(mask);
}

void LogFilterBar::updateServices()
{
    QSet<QString> chosen;
    bool all = !m_pinned;
    for (const QAction *action : m_servicesMenu->actions()) {
        if (action->isChecked())
            chosen.insert(action->data().toString());
        else
            all = false;
    }
    if (chosen.isEmpty())
        chosen.insert(QString(QChar(0))); // no real service has this name: nothing shows
    m_servicesButton->setText(all ? tr("Services") : tr("Services (%1 of %2)").arg(chosen.size() - chosen.contains(QString(QChar(0)))).arg(m_servicesMenu->actions().size()));
    // Every service checked means no service filter, so services that appear later show too.
    if (m_filter)
        m_filter->setServices(all ? QSet<QString>() : chosen);
}

} // namespace Stackdeck
