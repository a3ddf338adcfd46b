#include "models/docker/logbuffer.h"

#include <algorithm>

namespace Stackdeck {

LogBuffer::LogBuffer(int capacityPerService, int mergedCapacity)
    : m_capacityPerService(qMax(1, capacityPerService))
    , m_mergedCapacity(qMax(1, mergedCapacity))
{
}

void LogBuffer::insertOrdered(std::deque<LogLine> &lines, const LogLine &line)
{
    // Lines nearly always arrive in order, so the search from the back is short.
    auto it = lines.end();
    while (it != lines.begin() && std::prev(it)->timestampNs > line.timestampNs)
        --it;
    lines.insert(it, line);
}

void LogBuffer::append(const QList<LogLine> &lines)
{
    for (const LogLine &line : lines) {
        std::deque<LogLine> &serviceLines = m_services[line.service];
        insertOrdered(serviceLines, line);
        if (int(serviceLines.size()) > m_capacityPerService) {
            serviceLines.pop_front();
            ++m_dropped[line.service];
        }
        insertOrdered(m_merged, line);
        if (int(m_merged.size()) > m_mergedCapacity) {
            m_merged.pop_front();
            ++m_droppedMerged;
        }
    }
}

QList<LogLine> LogBuffer::service(const QString &name) const
{
    const auto it = m_services.constFind(name);
    if (it == m_services.constEnd())
        return {};
    return QList<LogLine>(it->begin(), it->end());
}

QList<LogLine> LogBuffer::merged() const
{
    return QList<LogLine>(m_merged.begin(), m_merged.end());
}

} // namespace Stackdeck
