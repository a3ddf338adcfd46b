#include "models/docker/statshistory.h"

namespace Stackdeck {

StatsHistory::StatsHistory(int capacity)
    : m_samples(size_t(qMax(1, capacity)))
{
}

void StatsHistory::append(const ContainerStats &sample)
{
    m_samples[size_t(m_head)] = sample;
    m_head = (m_head + 1) % capacity();
    m_size = qMin(m_size + 1, capacity());
}

const ContainerStats &StatsHistory::at(int index) const
{
    const int oldest = (m_head - m_size + capacity()) % capacity();
    return m_samples[size_t((oldest + index) % capacity())];
}

QList<ContainerStats> StatsHistory::toList() const
{
    QList<ContainerStats> list;
    list.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        list.append(at(i));
    return list;
}

} // namespace Stackdeck
