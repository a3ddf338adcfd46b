#pragma once

#include "models/docker/logdemuxer.h"
#include "models/docker/logline.h"

#include <QHash>

#include <deque>
#include <optional>

namespace Stackdeck {

// Follows one container's log position so a resumed stream (since=) yields no line twice and misses none.
// stdout and stderr are stamped separately, so the log is only nearly time-ordered: resume a window earlier
// and drop what was already delivered in that window.
class LogCursor final
{
public:
    static constexpr qint64 windowNs = 2'000'000'000; // out-of-order tolerance and resume overlap

    LogCursor() = default;
    LogCursor(QString service, QString container) : m_service(std::move(service)), m_container(std::move(container)) {}

    // Parses "TIMESTAMP text"; nullopt when the line was already delivered.
    std::optional<LogLine> accept(const LogDemuxer::RawLine &raw);

    qint64 lastTimestampNs() const { return m_lastNs; }
    // Query for the logs endpoint: from the start (tail) or from just before the last delivered line.
    QByteArray query(bool follow, int tail) const;

private:
    void remember(qint64 ns, const QString &key);

    QString m_service;
    QString m_container;
    qint64 m_lastNs = 0;
    std::deque<std::pair<qint64, QString>> m_recent; // delivered lines inside the window, arrival order
    QHash<QString, int> m_recentKeys;
};

} // namespace Stackdeck
