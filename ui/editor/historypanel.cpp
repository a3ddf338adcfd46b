#include "ui/editor/historypanel.h"

#include "models/editor/appliedhistory.h"
#include "ui/editor/diffview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_list(new QTreeWidget(this)), m_compare(new QPushButton(tr("Compare"), this)),
      m_restore(new QPushButton(tr("Restore and apply…"), this)), m_message(new QLabel(this)), m_diff(new DiffView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_message->setWordWrap(true);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_compare);
    bar->addWidget(m_restore);
    layout->addLayout(bar);
    m_list->setHeaderLabels({tr("Applied"), tr("Result"), tr("Summary"), tr("Version")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, [this]() {
        const QStringList ids = selectedIds();
        // One version picked: compared with the files on disk now.
        if (ids.size() == 1)
            compare(ids.first(), QString());
        else if (ids.size() == 2)
            compare(ids.first(), ids.last());
    });
    connect(m_restore, &QPushButton::clicked, this, [this]() {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            emit restoreRequested(ids.first());
    });
    updateButtons();
}

void HistoryPanel::setProjectDir(const QString &projectDir)
{
    m_projectDir = projectDir;
    refresh();
}

void HistoryPanel::refresh()
{
    m_list->clear();
    if (m_projectDir.isEmpty())
        return;
    const QList<AppliedVersion> versions = AppliedHistory(m_projectDir).versions();
    for (const AppliedVersion &version : versions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(version.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, version.ok ? tr("applied") : tr("failed"));
        item->setText(2, version.summary);
        item->setToolTip(2, version.summary);
        item->setText(3, version.id);
        item->setData(0, Qt::UserRole, version.id);
        if (!version.ok)
            item->setForeground(1, QColor(0xb0, 0x20, 0x20));
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    m_message->setText(versions.isEmpty() ? tr("No version applied yet.")
                                          : tr("Pick two versions to compare (one: with the files now)."));
    updateButtons();
}

int HistoryPanel::versionCount() const
{
    return m_list->topLevelItemCount();
}

QStringList HistoryPanel::versionIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return ids;
}

QStringList HistoryPanel::selectedIds() const
{
    // In list order (oldest first), whatever order they were clicked in.
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->isSelected())
            ids.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return ids;
}

void HistoryPanel::updateButtons()
{
    const qsizetype picked = selectedIds().size();
    m_compare->setEnabled(picked == 1 || picked == 2);
    m_restore->setEnabled(picked == 1);
}

void HistoryPanel::compare(const QString &fromId, const QString &toId)
{
    const Result<QString> diff = AppliedHistory(m_projectDir).diff(fromId, toId);
    if (!diff) {
        m_message->setText(diff.error().toString());
        m_diff->setFiles({});
        return;
    }
    m_diff->setUnifiedDiff(diff.value());
    m_message->setText(tr("%1 → %2").arg(fromId, toId.isEmpty() ? tr("files now") : toId));
}

} // namespace Stackdeck
