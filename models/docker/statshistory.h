#pragma once

#include "models/docker/containerstats.h"

#include <QList>

#include <vector>

namespace Stackdeck {

// Fixed-capacity ring of stats samples (one service); the oldest sample is overwritten.
class StatsHistory final
{
public:
    static constexpr int defaultCapacity = 15 * 60 + 60; // 16 minutes at one sample per second

    explicit StatsHistory(int capacity = defaultCapacity);

    void append(const ContainerStats &sample);
    int size() const { return m_size; }
    int capacity() const { return int(m_samples.size()); }
    bool isEmpty() const { return m_size == 0; }
    // index 0 = oldest retained sample.
    const ContainerStats &at(int index) const;
    const ContainerStats &latest() const { return at(m_size - 1); }
    QList<ContainerStats> toList() const;

private:
    std::vector<ContainerStats> m_samples;
    int m_head = 0; // slot of the next write
    int m_size = 0;
};

} // namespace Stackdeck
