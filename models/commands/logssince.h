#pragma once

#include <QDateTime>
#include <QString>

namespace Stackdeck {

// Reads `stackdeck logs --since T` as docker does: an RFC 3339 time, a Unix timestamp or a duration before now.
class LogsSince final
{
public:
    // Nanoseconds since the epoch; -1 when the text is none of those.
    static qint64 parseNs(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Stackdeck
