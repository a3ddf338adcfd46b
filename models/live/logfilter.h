#pragma once

#include "models/live/logfiltercriteria.h"
#include "models/live/logsnapshot.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Stackdeck {

class LogModel;

// The serials a criteria keeps within [firstSerial, validEnd) of the buffer.
struct LogFilterResult
{
    LogFilterCriteria criteria;
    QList<qint64> serials;
    qint64 validEnd = 0;
};

// Runs a filter over a snapshot of a LogModel on a worker thread. Pattern edits are debounced; every
// change bumps a generation so a running scan stops early and a stale result is dropped.
class LogFilter final : public QObject
{
    Q_OBJECT

public:
    explicit LogFilter(LogModel *model, QObject *parent = nullptr);
    ~LogFilter() override;

    void setPattern(const QString &pattern);
    void setCaseSensitive(bool on);
    void setLevels(quint8 levelMask);
    void setServices(const QSet<QString> &services);
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    QString pattern() const { return m_pattern; }
    // Empty while the pattern is valid; otherwise the regex engine's message and offset.
    QString errorString() const { return m_error; }
    // True from an edit until its result is delivered, debounce included.
    bool isRunning() const { return m_running || m_debounce.isActive(); }

    // The serial scan itself, used by the worker (and by tests as the reference).
    static LogFilterResult scan(const LogSnapshot &snapshot, const LogFilterCriteria &criteria,
                                const std::atomic<quint64> *generation = nullptr, quint64 mine = 0,
                                int from = 0, int to = -1);
    static LogFilterResult scanParallel(const LogSnapshot &snapshot, const LogFilterCriteria &criteria,
                                        const std::atomic<quint64> *generation = nullptr, quint64 mine = 0);

signals:
    void resultReady(const Stackdeck::LogFilterResult &result);
    void errorStringChanged(const QString &error);
    void runningChanged(bool running);

private:
    void start();
    void applyPattern();

    LogModel *m_model;
    LogFilterCriteria m_criteria;
    QString m_pattern;
    bool m_caseSensitive = false;
    QString m_error;
    QTimer m_debounce;
    bool m_running = false;
    qint64 m_dirtyFrom = 0;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QFuture<LogFilterResult> m_future;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::LogFilterResult)
