#pragma once

#include "models/docker/logdemuxer.h"
#include "models/docker/logline.h"

#include <QSet>

#include <optional>

namespace Stackdeck {

// Follows one container's log position so a resumed stream (since=) yields no line twice.
class LogCursor final
{
public:
    LogCursor() = default;
    LogCursor(QString service, QString container) : m_service(std::move(service)), m_container(std::move(container)) {}

    // Parses "TIMESTAMP text"; nullopt when the line was already delivered.
    std::optional<LogLine> accept(const LogDemuxer::RawLine &raw);

    qint64 lastTimestampNs() const { return m_lastNs; }
    // Query for the logs endpoint: from the start (tail) or from the last delivered timestamp.
    QByteArray query(bool follow, int tail) const;

private:
    QString m_service;
    QString m_container;
    qint64 m_lastNs = 0;
    QSet<QString> m_atLast; // texts delivered with timestamp m_lastNs (since= is inclusive)
};

} // namespace Stackdeck
