#include "models/docker/logcursor.h"

namespace Stackdeck {

void LogCursor::remember(qint64 ns, const QString &key)
{
    m_recent.emplace_back(ns, key);
    ++m_recentKeys[key];
    m_lastNs = qMax(m_lastNs, ns);
    while (!m_recent.empty() && m_recent.front().first < m_lastNs - windowNs) {
        const auto it = m_recentKeys.find(m_recent.front().second);
        if (it != m_recentKeys.end() && --it.value() <= 0)
            m_recentKeys.erase(it);
        m_recent.pop_front();
    }
}

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
    // Older than the window: a resumed stream repeating what the window already covered.
    if (m_lastNs > 0 && ns < m_lastNs - windowNs)
        return std::nullopt;
    const QString key = QString::number(ns) + QChar(u'0' + int(raw.stream)) + line.text;
    if (m_recentKeys.contains(key))
        return std::nullopt;
    remember(ns, key);
    return line;
}

QByteArray LogCursor::query(bool follow, int tail) const
{
    QByteArray query = "stdout=1&stderr=1&timestamps=1";
    if (follow)
        query += "&follow=1";
    if (m_lastNs > 0)
        query += "&since=" + LogLine::sinceParameter(qMax<qint64>(1, m_lastNs - windowNs));
    else if (tail >= 0)
        query += "&tail=" + QByteArray::number(tail);
    return query;
}

} // namespace Stackdeck
