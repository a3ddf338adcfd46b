#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringView>

namespace Stackdeck {

// Exact parsers for the quantities compose files and Helm values hold; integer arithmetic, overflow is an error.
class Quantity final
{
public:
    // Compose memory ("512m", "4G", "1.5gb", "1024", "2GiB") to bytes; binary (1024) units as docker does.
    static Result<qint64> parseMemory(QStringView text);
    // Compose cpus ("0.5", "2", "1.25") to millicpus; finer fractions round up to the next millicpu.
    static Result<qint64> parseCpus(QStringView text);
    // Kubernetes quantity ("500m", "2Gi", "1e3", "1.5", "100k", "1E") to thousandths (CPU), rounded up.
    static Result<qint64> parseKubernetesMillis(QStringView text);
    // Kubernetes quantity to whole units (memory bytes), rounded up as Quantity.Value() does.
    static Result<qint64> parseKubernetesValue(QStringView text);
    // Go duration ("1m30s", "500ms", "1.5s", "1h2m3s4ms", "0") to nanoseconds.
    static Result<qint64> parseDuration(QStringView text);

    // 4294967296 -> "4 GiB", 1610612736 -> "1.5 GiB", 100 -> "100 B".
    static QString formatBytes(qint64 bytes);
    // 1500 -> "1.5", 2000 -> "2", 250 -> "0.25".
    static QString formatMillicpus(qint64 millicpus);
    // 90'000'000'000 -> "1m30s", 1'500'000 -> "1.5ms", 0 -> "0s".
    static QString formatDuration(qint64 nanoseconds);
};

} // namespace Stackdeck
