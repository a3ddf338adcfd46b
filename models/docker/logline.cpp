#include "models/docker/logline.h"

#include <QDate>
#include <QTime>

namespace Stackdeck {

namespace {
QDate epoch() { return QDate(1970, 1, 1); }
} // namespace

qint64 LogLine::parseTimestamp(QByteArrayView text)
{
    // Layout: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM); docker always sends UTC with 'Z'.
    if (text.size() < 20 || text.at(4) != '-' || text.at(10) != 'T')
        return -1;
    // Plain calendar arithmetic: no time zone database involved, UTC by construction.
    const QDate date = QDate::fromString(QString::fromLatin1(text.first(10)), Qt::ISODate);
    const QTime time = QTime::fromString(QString::fromLatin1(text.sliced(11, 8)), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return -1;
    qsizetype pos = 19;
    qint64 fraction = 0;
    int digits = 0;
    if (text.at(pos) == '.') {
        ++pos;
        while (pos < text.size() && text.at(pos) >= '0' && text.at(pos) <= '9') {
            if (digits < 9) {
                fraction = fraction * 10 + (text.at(pos) - '0');
                ++digits;
            }
            ++pos;
        }
    }
    for (; digits < 9; ++digits)
        fraction *= 10;
    if (pos >= text.size() || text.at(pos) != 'Z')
        return -1;
    const qint64 seconds = epoch().daysTo(date) * 86400 + time.msecsSinceStartOfDay() / 1000;
    return seconds * 1000000000LL + fraction;
}

QByteArray LogLine::formatTimestamp(qint64 ns)
{
    const qint64 seconds = ns / 1000000000LL;
    const QDate date = epoch().addDays(seconds / 86400);
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(seconds % 86400) * 1000);
    return date.toString(Qt::ISODate).toLatin1() + 'T' + time.toString(Qt::ISODate).toLatin1() + '.'
        + QByteArray::number(ns % 1000000000LL).rightJustified(9, '0') + 'Z';
}

QByteArray LogLine::sinceParameter(qint64 ns)
{
    return QByteArray::number(ns / 1000000000LL) + '.' + QByteArray::number(ns % 1000000000LL).rightJustified(9, '0');
}

} // namespace Stackdeck
