#include "ui/gauges/resourceformat.h"

#include <QtMath>

namespace Stackdeck {

namespace {

constexpr qint64 kib = 1024;
constexpr qint64 mib = kib * 1024;
constexpr qint64 gib = mib * 1024;
constexpr qint64 tib = gib * 1024;

// One decimal, without a trailing ".0".
QString oneDecimal(double value)
{
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

} // namespace

QString ResourceFormat::cores(double cores)
{
    return QString::number(qMax(0.0, cores), 'f', cores < 10.0 ? 2 : 1);
}

QString ResourceFormat::coreLimit(double cores)
{
    QString text = QString::number(cores, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString ResourceFormat::bytes(qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    if (bytes >= tib)
        return tr("%1 TiB").arg(oneDecimal(double(bytes) / double(tib)));
    // 1023.6 MiB would round to "1024 MiB": from there on GiB reads better.
    if (bytes >= gib - mib / 2)
        return tr("%1 GiB").arg(oneDecimal(double(bytes) / double(gib)));
    if (bytes >= mib - kib / 2)
        return tr("%1 MiB").arg(qRound64(double(bytes) / double(mib)));
    if (bytes >= kib)
        return tr("%1 KiB").arg(qRound64(double(bytes) / double(kib)));
    return tr("%1 B").arg(bytes);
}

QString ResourceFormat::percent(double fraction)
{
    return tr("%1 %").arg(qRound64(qMax(0.0, fraction) * 100.0));
}

QString ResourceFormat::cpuText(double cores, double limitCores)
{
    if (limitCores <= 0)
        return tr("%1 CPU · no limit").arg(ResourceFormat::cores(cores));
    return tr("%1 / %2 CPU").arg(ResourceFormat::cores(cores), coreLimit(limitCores));
}

QString ResourceFormat::memoryText(qint64 used, qint64 limit)
{
    if (limit <= 0)
        return tr("%1 · no limit").arg(bytes(used));
    return tr("%1 / %2 (%3)").arg(bytes(used), bytes(limit), percent(double(used) / double(limit)));
}

} // namespace Stackdeck
