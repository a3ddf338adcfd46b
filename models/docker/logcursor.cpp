#include "models/docker/logcursor.h"

namespace Stackdeck {

std::optional<LogLine> LogCursor::accept(const LogDemuxer::RawLine &raw)
{
    LogLine line;
    line.stream = raw.stream;
    line.service = m_service;
    line.container = m_container;
    const qsizetype space = raw.bytes.indexOf(' ');
    const qint64 ns = space > 0 ? LogLine::parseTimestamp(QByteArrayView(raw.bytes).first(space)) : -1;
    if (ns < 0) {
        line.text = QString::fromUtf8(raw.bytes);
        return line;
    }
    line.timestampNs = ns;
    line.text = QString::fromUtf8(raw.bytes.mid(space + 1));
    if (ns < m_lastNs)
        return std::nullopt;
    if (ns == m_lastNs) {
        if (m_atLast.contains(line.text))
            return std::nullopt;
    } else {
        m_lastNs = ns;
        m_atLast.clear();
    }
    m_atLast.insert(line.text);
    return line;
}

QByteArray LogCursor::query(bool follow, int tail) const
{
    QByteArray query = "stdout=1&stderr=1&timestamps=1";
    if (follow)
        query += "&follow=1";
    if (m_lastNs > 0)
        query += "&since=" + LogLine::sinceParameter(m_lastNs);
    else if (tail >= 0)
        query += "&tail=" + QByteArray::number(tail);
    return query;
}

} // namespace Stackdeck
