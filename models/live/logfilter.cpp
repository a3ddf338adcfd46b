#include "models/live/logfilter.h"

#include "models/live/logmodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <limits>

namespace Stackdeck {

namespace {
constexpr qint64 NotDirty = std::numeric_limits<qint64>::max();
}

LogFilter::LogFilter(LogModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_dirtyFrom(NotDirty)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LogFilter::applyPattern);
    // Rows rewritten in place after the snapshot was taken are matched again by the receiver.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft) {
                m_dirtyFrom = std::min(m_dirtyFrom, m_model->firstSerial() + topLeft.row());
            });
}

LogFilter::~LogFilter()
{
    // The worker owns its snapshot; stop it early and wait so nothing outlives the filter.
    ++*m_generation;
    m_future.waitForFinished();
}

void LogFilter::setPattern(const QString &pattern)
{
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    m_debounce.start();
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
}

void LogFilter::setCaseSensitive(bool on)
{
    if (on == m_caseSensitive)
        return;
    m_caseSensitive = on;
    applyPattern();
}

void LogFilter::applyPattern()
{
    m_debounce.stop();
    QRegularExpression regex(m_pattern, m_caseSensitive ? QRegularExpression::NoPatternOption
                                                        : QRegularExpression::CaseInsensitiveOption);
    QString error;
    if (!regex.isValid()) {
        error = tr("Invalid regular expression at position %1: %2")
                    .arg(regex.patternErrorOffset() + 1)
                    .arg(regex.errorString());
    }
    if (error != m_error) {
        m_error = error;
        emit errorStringChanged(m_error);
    }
    if (!error.isEmpty()) {
        if (m_running && m_future.isFinished()) {
            m_running = false;
            emit runningChanged(false);
        }
        return; // keep showing the last valid filter
    }
    regex.optimize();
    m_criteria.regex = regex;
    start();
}

void LogFilter::setLevels(quint8 levelMask)
{
    if (levelMask == m_criteria.levels)
        return;
    m_criteria.levels = levelMask;
    start();
}

void LogFilter::setServices(const QSet<QString> &services)
{
    if (services == m_criteria.services)
        return;
    m_criteria.services = services;
    start();
}

void LogFilter::start()
{
    const quint64 mine = ++*m_generation;
    m_dirtyFrom = NotDirty;
    const LogSnapshot snapshot = m_model->snapshot();
    const LogFilterCriteria criteria = m_criteria;
    auto generation = m_generation;
    m_future = QtConcurrent::run([snapshot, criteria, generation, mine] {
        return scanParallel(snapshot, criteria, generation.get(), mine);
    });
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    // The application is the context: it outlives the worker, whereas this filter may not (Qt 6.4
    // asserts on a dead context); the guard below drops results for a destroyed filter.
    QObject *context = QCoreApplication::instance() ? QCoreApplication::instance() : static_cast<QObject *>(this);
    m_future.then(context, [this, guard = QPointer<LogFilter>(this), mine](LogFilterResult result) {
        if (!guard)
            return;
        // A scan that finished before then() attached runs this at once, inside the setter that started it:
        // deliver from the event loop, so a change made right after it (a second setter) still supersedes it.
        QMetaObject::invokeMethod(guard, [this, guard, mine, result = std::move(result)]() mutable {
            if (!guard || mine != m_generation->load())
                return; // destroyed, or a newer filter has started
            result.validEnd = std::min(result.validEnd, m_dirtyFrom);
            m_running = false;
            emit runningChanged(false);
            emit resultReady(result);
        }, Qt::QueuedConnection);
    });
}

LogFilterResult LogFilter::scanParallel(const LogSnapshot &snapshot, const LogFilterCriteria &criteria,
                                        const std::atomic<quint64> *generation, quint64 mine)
{
    // Large buffers are split across the pool's threads; each part has its own matcher.
    const int parts = std::clamp(snapshot.count / 200000, 1, std::max(1, QThread::idealThreadCount()));
    if (parts == 1)
        return scan(snapshot, criteria, generation, mine);
    QList<QFuture<LogFilterResult>> rest;
    const int step = snapshot.count / parts;
    for (int p = 1; p < parts; ++p) {
        const int from = p * step;
        const int to = p + 1 == parts ? snapshot.count : from + step;
        rest.append(QtConcurrent::run([&snapshot, &criteria, generation, mine, from, to] {
            return scan(snapshot, criteria, generation, mine, from, to);
        }));
    }
    LogFilterResult result = scan(snapshot, criteria, generation, mine, 0, step);
    for (QFuture<LogFilterResult> &part : rest)
        result.serials.append(part.result().serials); // result() waits, or runs the part here
    return result;
}

LogFilterResult LogFilter::scan(const LogSnapshot &snapshot, const LogFilterCriteria &criteria,
                                const std::atomic<quint64> *generation, quint64 mine, int from, int to)
{
    LogFilterResult result;
    result.criteria = criteria;
    result.validEnd = snapshot.firstSerial + snapshot.count;
    const bool everything = criteria.keepsEverything();
    const LogRegexMatcher matcher(criteria.regex);
    if (to < 0)
        to = snapshot.count;
    for (int row = from; row < to; ++row) {
        if (generation && (row & 4095) == 0 && generation->load(std::memory_order_relaxed) != mine)
            return result; // stale: nobody will read it
        if (everything || criteria.matches(snapshot.at(row), matcher))
            result.serials.append(snapshot.firstSerial + row);
    }
    return result;
}

} // namespace Stackdeck
