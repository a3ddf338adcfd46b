#include "ui/logs/logview.h"

#include "models/live/logfiltermodel.h"
#include "models/live/logmodel.h"
#include "ui/logs/logfilterbar.h"
#include "ui/logs/logitemdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new LogFilterBar(this))
    , m_list(new QListView(this))
    , m_delegate(new LogItemDelegate(this))
    , m_find(new QLineEdit(this))
    , m_findError(new QLabel(this))
    , m_follow(new QToolButton(this))
    , m_timestamps(new QCheckBox(tr("Timestamps"), this))
    , m_status(new QLabel(this))
{
    m_list->setObjectName(u"logList"_s);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setUniformItemSizes(true); // keeps layout O(1) per batch at 100,000 rows
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setItemDelegate(m_delegate);

    m_find->setObjectName(u"logFind"_s);
    m_find->setPlaceholderText(tr("Find (regular expression)"));
    m_find->setClearButtonEnabled(true);
    m_findError->setObjectName(u"logFindError"_s);
    m_findError->setStyleSheet(u"color: #b3261e;"_s);
    m_findError->hide();
    auto *previous = new QToolButton(this);
    previous->setObjectName(u"logFindPrevious"_s);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    auto *next = new QToolButton(this);
    next->setObjectName(u"logFindNext"_s);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));
    next->setShortcut(QKeySequence(Qt::Key_F3));

    m_follow->setObjectName(u"logFollow"_s);
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view; uncheck (or scroll up) to pause"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_timestamps->setObjectName(u"logTimestamps"_s);
    m_timestamps->setChecked(true);
    auto *copy = new QToolButton(this);
    copy->setObjectName(u"logCopy"_s);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected lines"));
    auto *save = new QToolButton(this);
    save->setObjectName(u"logSave"_s);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the shown lines to a file"));
    m_status->setObjectName(u"logStatus"_s);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(u"100,000 of 100,000 lines · 1,000,000 lines dropped"_s));

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_find, 1);
    bottom->addWidget(previous);
    bottom->addWidget(next);
    bottom->addWidget(m_findError);
    bottom->addSpacing(12);
    bottom->addWidget(m_timestamps);
    bottom->addWidget(m_follow);
    bottom->addWidget(copy);
    bottom->addWidget(save);
    bottom->addSpacing(12);
    bottom->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    auto *copyAction = new QAction(tr("Copy"), m_list);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &LogView::copySelection);
    connect(copy, &QToolButton::clicked, this, &LogView::copySelection);
    connect(save, &QToolButton::clicked, this, &LogView::saveAs);
    connect(m_follow, &QToolButton::toggled, this, &LogView::setFollowing);
    connect(m_timestamps, &QCheckBox::toggled, this, &LogView::setTimestampsVisible);
    connect(m_find, &QLineEdit::textChanged, this, &LogView::setFindText);
    connect(m_find, &QLineEdit::returnPressed, this, &LogView::findNext);
    connect(next, &QToolButton::clicked, this, &LogView::findNext);
    connect(previous, &QToolButton::clicked, this, &LogView::findPrevious);
    // Scrolling away from the bottom pauses; scrolling back to it follows again.
    connect(m_list->verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            const QScrollBar *bar = m_list->verticalScrollBar();
            setFollowing(bar->value() >= bar->maximum());
        });
    });
    updateStatus();
}

void LogView::setModel(LogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filterBar->setFilter(nullptr); // the old filter dies with its model below
    delete m_filterModel;
    m_filterModel = new LogFilterModel(model, this);
    m_list->setModel(m_filterModel);
    m_services.clear();
    m_filterBar->clearServices();
    m_filterBar->setFilter(m_filterModel->filter());
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noteServices(first, last); });
    connect(m_model, &LogModel::droppedCountChanged, this, &LogView::updateStatus);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsArrived);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &LogView::onRowsArrived);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &LogView::onRowsArrived);
    noteServices(0, m_model->rowCount() - 1);
    onRowsArrived();
}

void LogView::noteServices(int first, int last)
{
    const QString *previous = nullptr;
    for (int row = first; row <= last; ++row) {
        const QString &service = m_model->line(row).service;
        if (previous && *previous == service)
            continue;
        previous = &service;
        if (m_services.contains(service))
            continue;
        m_services.insert(service);
        m_filterBar->addService(service);
        m_serviceChars = std::clamp(int(service.size()), m_serviceChars, 16);
        m_delegate->setServiceChars(m_serviceChars);
        m_list->viewport()->update();
    }
}

void LogView::onRowsArrived()
{
    // Batches arrive many times a second: scroll and recount once per event-loop pass.
    if (m_scrollPending)
        return;
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (m_following)
            m_list->scrollToBottom();
        updateStatus();
    });
}

void LogView::setFollowing(bool on)
{
    if (on == m_following)
        return;
    m_following = on;
    m_follow->setChecked(on);
    if (on)
        m_list->scrollToBottom();
    emit followingChanged(on);
}

void LogView::showServices(const QStringList &services)
{
    for (const QString &service : services)
        m_services.insert(service);
    m_filterBar->showOnly(services);
}

void LogView::addServices(const QStringList &services)
{
    for (const QString &service : services) {
        if (m_services.contains(service))
            continue;
        m_services.insert(service);
        m_filterBar->addService(service);
        m_serviceChars = std::clamp(int(service.size()), m_serviceChars, 16);
    }
    m_delegate->setServiceChars(m_serviceChars);
}

void LogView::setTimestampsVisible(bool on)
{
    m_delegate->setTimestampsVisible(on);
    m_timestamps->setChecked(on);
    m_list->viewport()->update();
}

void LogView::setFindText(const QString &text)
{
    if (m_find->text() != text)
        m_find->setText(text);
    m_findRegex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
    const bool valid = m_findRegex.isValid();
    m_findError->setText(valid ? QString() : tr("Invalid expression: %1").arg(m_findRegex.errorString()));
    m_findError->setVisible(!valid);
    m_delegate->setHighlight(valid ? m_findRegex : QRegularExpression());
    m_list->viewport()->update();
}

bool LogView::findNext()
{
    return find(true);
}

bool LogView::findPrevious()
{
    return find(false);
}

bool LogView::find(bool forward)
{
    if (!m_filterModel || m_findRegex.pattern().isEmpty() || !m_findRegex.isValid())
        return false;
    const QModelIndex current = m_list->currentIndex();
    const int n = m_filterModel->rowCount();
    int from = forward ? 0 : n - 1;
    if (current.isValid())
        from = forward ? current.row() + 1 : current.row() - 1;
    from = n > 0 ? (from + n) % n : 0;
    const int row = m_filterModel->findMatch(m_findRegex, from, forward);
    if (row < 0) {
        m_status->setText(tr("No match for “%1”").arg(m_findRegex.pattern()));
        return false;
    }
    setFollowing(false); // a found line must stay where the user looks
    const QModelIndex idx = m_filterModel->index(row);
    m_list->setCurrentIndex(idx);
    m_list->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    return true;
}

QString LogView::selectedText() const
{
    QModelIndexList rows = m_list->selectionModel() ? m_list->selectionModel()->selectedIndexes() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &idx : std::as_const(rows))
        lines.append(LogItemDelegate::plainText(idx, m_delegate->timestampsVisible()));
    return lines.join(u'\n');
}

void LogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    for (int row = 0; m_filterModel && row < m_filterModel->rowCount(); ++row)
        file.write((LogItemDelegate::plainText(m_filterModel->index(row), true) + u'\n').toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LogView::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log lines"), u"stack.log"_s,
                                                      tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveTo(path, &error) ? tr("Saved %1").arg(path) : error);
}

void LogView::updateStatus()
{
    const int shown = m_filterModel ? m_filterModel->rowCount() : 0;
    const int total = m_model ? m_model->rowCount() : 0;
    const qint64 dropped = m_model ? m_model->droppedCount() : 0;
    QString text = tr("%1 of %2 lines").arg(QLocale().toString(shown), QLocale().toString(total));
    if (dropped > 0)
        text += u" · "_s + tr("%1 lines dropped").arg(QLocale().toString(dropped));
    m_status->setText(text);
}

} // namespace Stackdeck
