#include "ui/health/healthpanel.h"

#include "models/live/healthmodel.h"
#include "ui/health/healthpalette.h"
#include "ui/health/healthstyleproxy.h"
#include "ui/health/healthsummary.h"
#include "ui/health/probehistorylist.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

HealthPanel::HealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new HealthStyleProxy(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new ProbeHistoryList(this))
    , m_sinceTimer(new QTimer(this))
{
    m_summary->setObjectName(u"healthSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(2, 2, 2, 4);

    m_table->setObjectName(u"healthTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // One line of text per row, like the log view: the default section height wastes half the panel.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_historyTitle->setObjectName(u"healthHistoryTitle"_s);
    m_historyTitle->setWordWrap(true);
    m_history->setObjectName(u"healthHistory"_s);

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->setSpacing(2);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString service = index.data(HealthModel::ServiceRole).toString();
        if (!service.isEmpty())
            emit serviceActivated(service);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthPanel::onCurrentRowChanged);
    // "3 min" ages while nothing is polled; the model only reports the Since column.
    m_sinceTimer->setInterval(15000);
    connect(m_sinceTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refreshSince();
    });
    m_sinceTimer->start();
    updateSummary();
    updateHistory();
}

void HealthPanel::setModel(HealthModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &HealthPanel::updateSummary);
        connect(model, &QAbstractItemModel::rowsInserted, this, &HealthPanel::scheduleColumnFit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HealthPanel::updateSummary);
        connect(model, &QAbstractItemModel::modelReset, this, &HealthPanel::updateSummary);
        connect(model, &QAbstractItemModel::dataChanged, this, &HealthPanel::onDataChanged);
        connect(model, &QObject::destroyed, this, [this] {
            m_proxy->setSourceModel(nullptr);
            updateSummary();
            updateHistory();
        });
    }
    updateSummary();
    updateHistory();
}

QString HealthPanel::selectedService() const
{
    return m_table->currentIndex().data(HealthModel::ServiceRole).toString();
}

void HealthPanel::selectService(const QString &service)
{
    const int row = m_model ? m_model->rowOf(service) : -1;
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        return;
    }
    const QModelIndex index = m_proxy->index(row, HealthModel::ServiceColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void HealthPanel::scheduleColumnFit()
{
    // ResizeToContents over an identity proxy doubles the row sections in Qt 6.4: fit by hand after the update.
    if (m_columnFitPending)
        return;
    m_columnFitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_columnFitPending = false;
        for (int c : {HealthModel::ServiceColumn, HealthModel::ProbeColumn, HealthModel::StateColumn, HealthModel::SinceColumn})
            m_table->resizeColumnToContents(c);
    });
}

void HealthPanel::onCurrentRowChanged()
{
    updateHistory();
    emit currentServiceChanged(selectedService());
}

void HealthPanel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The relative "Since" refresh changes no verdict.
    const bool sinceOnly = topLeft.column() == HealthModel::SinceColumn && bottomRight.column() == HealthModel::SinceColumn
                           && roles == QList<int>{Qt::DisplayRole};
    if (!sinceOnly)
        updateSummary();
    if (topLeft.column() <= HealthModel::SinceColumn)
        scheduleColumnFit();
    const int current = m_table->currentIndex().row();
    if (current >= topLeft.row() && current <= bottomRight.row())
        updateHistory();
}

void HealthPanel::updateSummary()
{
    const QList<HealthRow> rows = m_model ? m_model->rows() : QList<HealthRow>();
    m_summaryText = HealthSummary::panelText(rows);
    const QColor colour = HealthPalette::stateColour(HealthSummary::worstState(rows));
    m_summary->setText(u"<span style=\"color:%1; font-size:large\">●</span>&nbsp;<b>%2</b>"_s.arg(
        colour.name(), m_summaryText.toHtmlEscaped()));
    m_summary->setToolTip(m_summaryText);
}

void HealthPanel::updateHistory()
{
    const QString service = selectedService();
    const HealthRow *row = m_model && !service.isEmpty() ? m_model->row(service) : nullptr;
    if (!row) {
        m_historyService.clear();
        m_history->clearHistory();
        m_historyTitle->setText(m_model && m_model->rowCount() > 0 ? tr("Select a row to see its probe history.")
                                                                   : tr("No probes yet."));
        return;
    }
    // Another service's history replaces the list; the same service's merges in.
    if (m_historyService != service)
        m_history->clearHistory();
    m_historyService = service;
    m_history->setHistory(row->history);
    m_historyTitle->setText(row->history.isEmpty() ? tr("%1: no results yet").arg(service)
                                                   : tr("%1: last %2 results, newest first").arg(service).arg(row->history.size()));
}

} // namespace Stackdeck
