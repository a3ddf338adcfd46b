#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace Stackdeck {

// Remembers when each service's restart count grew, to tell a restart loop from an old restart or two.
class RestartTracker final
{
public:
    static constexpr std::chrono::minutes window{5};
    static constexpr int loopThreshold = 3;

    // Records the summed restart count seen at `now`; true when it grew by loopThreshold or more within the window.
    bool record(const QString &service, int restarts, const QDateTime &now);
    // Growth of the restart count over the window ending at `now` (0 for an unknown service).
    int growth(const QString &service, const QDateTime &now) const;
    void forget(const QString &service) { m_samples.remove(service); }
    void clear() { m_samples.clear(); }

private:
    struct Sample
    {
        QDateTime at;
        int restarts = 0;
    };

    QHash<QString, QList<Sample>> m_samples; // per service, oldest first, one per change
};

} // namespace Stackdeck
