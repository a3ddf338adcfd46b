#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stackdeck {

// Short, stable texts for live figures: "0.42 / 1 CPU", "612 MiB / 1 GiB (60 %)", "612 MiB · no limit".
class ResourceFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ResourceFormat)

public:
    // 0.42 -> "0.42", 12.5 -> "12.5": two decimals below ten cores.
    static QString cores(double cores);
    // A limit as written: 1 -> "1", 0.5 -> "0.5", 2.25 -> "2.25".
    static QString coreLimit(double cores);
    // 641728512 -> "612 MiB", 1073741824 -> "1 GiB", 1610612736 -> "1.5 GiB".
    static QString bytes(qint64 bytes);
    // 0.5977 -> "60 %".
    static QString percent(double fraction);
    // limit <= 0 means no limit.
    static QString cpuText(double cores, double limitCores);
    static QString memoryText(qint64 used, qint64 limit);
};

} // namespace Stackdeck
