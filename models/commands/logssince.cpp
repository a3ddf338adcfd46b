#include "models/commands/logssince.h"

#include "models/health/probefactory.h"

namespace Stackdeck {

qint64 LogsSince::parseNs(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double number = trimmed.toDouble(&isNumber);
    // Plain numbers this large are Unix timestamps (seconds), smaller ones durations in seconds.
    if (isNumber && number >= 1e9)
        return qint64(number * 1e9);
    std::chrono::milliseconds ago{0};
    if (ProbeFactory::parseDuration(trimmed, &ago))
        return (now.toMSecsSinceEpoch() - ago.count()) * 1'000'000LL;
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(trimmed, Qt::ISODate);
    return when.isValid() ? when.toMSecsSinceEpoch() * 1'000'000LL : -1;
}

} // namespace Stackdeck
