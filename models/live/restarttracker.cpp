#include "models/live/restarttracker.h"

namespace Stackdeck {

bool RestartTracker::record(const QString &service, int restarts, const QDateTime &now)
{
    QList<Sample> &samples = m_samples[service];
    // A smaller count means the containers were recreated: their earlier restarts are not growth.
    if (samples.isEmpty() || restarts < samples.constLast().restarts)
        samples = {Sample{now, restarts}};
    else if (restarts > samples.constLast().restarts)
        samples.append(Sample{now, restarts});
    // Keep one sample at or before the window's start as the baseline; older ones say nothing more.
    const QDateTime start = now.addMSecs(-std::chrono::milliseconds(window).count());
    while (samples.size() > 1 && samples.at(1).at <= start)
        samples.removeFirst();
    return growth(service, now) >= loopThreshold;
}

int RestartTracker::growth(const QString &service, const QDateTime &now) const
{
    const auto it = m_samples.constFind(service);
    if (it == m_samples.cend() || it->isEmpty())
        return 0;
    const QDateTime start = now.addMSecs(-std::chrono::milliseconds(window).count());
    // The count at the window's start: the last sample at or before it, else the first one seen.
    int baseline = it->constFirst().restarts;
    for (const Sample &s : *it) {
        if (s.at <= start)
            baseline = s.restarts;
    }
    return it->constLast().restarts - baseline;
}

} // namespace Stackdeck
