#include "models/health/proberesult.h"

namespace Stackdeck {

QString ProbeResult::detail(const QString &key) const
{
    for (const auto &d : details) {
        if (d.first == key)
            return d.second;
    }
    return {};
}

ProbeResult ProbeResult::make(HealthState state, const QString &message)
{
    ProbeResult r;
    r.state = state;
    r.message = message;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    return r;
}

QString humanDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms < 1000)
        return QString::number(ms) + u" ms";
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u" s";
    return QString::number(double(ms) / 1000.0, 'f', 1) + u" s";
}

} // namespace Stackdeck
