#include "models/docker/containerstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// JSON numbers arrive as doubles; counters fit 2^53 for any realistic uptime.
qint64 number(const QJsonObject &object, const QString &key)
{
    return qint64(object.value(key).toDouble());
}

} // namespace

Result<ContainerStats> ContainerStats::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"A stats sample is not a JSON object (%1)"_s.arg(parseError.errorString()), {}, {}};
    const QJsonObject root = document.object();
    ContainerStats stats;
    stats.id = root.value(u"id"_s).toString();
    stats.name = root.value(u"name"_s).toString();
    if (stats.name.startsWith(u'/'))
        stats.name.remove(0, 1);
    stats.read = QDateTime::fromString(root.value(u"read"_s).toString(), Qt::ISODateWithMs);

    // CPU: docker/cli calculateCPUPercentUnix.
    const QJsonObject cpu = root.value(u"cpu_stats"_s).toObject();
    const QJsonObject precpu = root.value(u"precpu_stats"_s).toObject();
    const QJsonObject cpuUsage = cpu.value(u"cpu_usage"_s).toObject();
    const double cpuDelta = cpuUsage.value(u"total_usage"_s).toDouble()
        - precpu.value(u"cpu_usage"_s).toObject().value(u"total_usage"_s).toDouble();
    const double systemDelta = cpu.value(u"system_cpu_usage"_s).toDouble()
        - precpu.value(u"system_cpu_usage"_s).toDouble();
    double onlineCpus = cpu.value(u"online_cpus"_s).toDouble();
    if (onlineCpus <= 0)
        onlineCpus = cpuUsage.value(u"percpu_usage"_s).toArray().size();
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        stats.cpuPercent = (cpuDelta / systemDelta) * onlineCpus * 100.0;

    // Memory: docker/cli calculateMemUsageUnixNoCache / calculateMemPercentUnixNoCache.
    const QJsonObject memory = root.value(u"memory_stats"_s).toObject();
    const QJsonObject memoryStat = memory.value(u"stats"_s).toObject();
    const qint64 usage = number(memory, u"usage"_s);
    stats.memoryUsed = usage;
    if (memoryStat.contains(u"total_inactive_file"_s) && number(memoryStat, u"total_inactive_file"_s) < usage)
        stats.memoryUsed = usage - number(memoryStat, u"total_inactive_file"_s);
    else if (memoryStat.contains(u"inactive_file"_s) && number(memoryStat, u"inactive_file"_s) < usage)
        stats.memoryUsed = usage - number(memoryStat, u"inactive_file"_s);
    stats.memoryLimit = number(memory, u"limit"_s);
    if (stats.memoryLimit > 0)
        stats.memoryPercent = double(stats.memoryUsed) / double(stats.memoryLimit) * 100.0;

    const QJsonObject networks = root.value(u"networks"_s).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject nic = it.value().toObject();
        stats.networkRx += number(nic, u"rx_bytes"_s);
        stats.networkTx += number(nic, u"tx_bytes"_s);
    }

    // Block I/O: the CLI sums io_service_bytes_recursive by op name (case-insensitive).
    const QJsonArray blkio = root.value(u"blkio_stats"_s).toObject().value(u"io_service_bytes_recursive"_s).toArray();
    for (const QJsonValue &entry : blkio) {
        const QJsonObject io = entry.toObject();
        const QString op = io.value(u"op"_s).toString().toLower();
        if (op == u"read"_s)
            stats.blockRead += number(io, u"value"_s);
        else if (op == u"write"_s)
            stats.blockWrite += number(io, u"value"_s);
    }
    stats.pids = number(root.value(u"pids_stats"_s).toObject(), u"current"_s);
    return stats;
}

} // namespace Stackdeck
