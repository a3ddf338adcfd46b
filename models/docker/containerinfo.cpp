#include "models/docker/containerinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// Docker writes 0001-01-01T00:00:00Z for "never"; treat it as no time.
QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.startsWith(u"0001-"_s))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

double ContainerInfo::cpuLimit() const
{
    if (nanoCpus > 0)
        return double(nanoCpus) / 1e9;
    if (cpuQuota > 0)
        return double(cpuQuota) / double(cpuPeriod > 0 ? cpuPeriod : 100000);
    return 0.0;
}

Result<ContainerInfo> ContainerInfo::fromInspectJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"The engine's container description is not a JSON object (%1 at byte %2)"_s
                         .arg(parseError.errorString()).arg(parseError.offset), {},
                     u"Check that the engine is a Docker engine"_s};
    const QJsonObject root = document.object();
    ContainerInfo info;
    info.id = root.value(u"Id"_s).toString();
    if (info.id.isEmpty())
        return Error{u"The engine's container description has no Id"_s, {}, {}};
    info.name = root.value(u"Name"_s).toString();
    if (info.name.startsWith(u'/'))
        info.name.remove(0, 1);
    info.restartCount = root.value(u"RestartCount"_s).toInt();

    const QJsonObject config = root.value(u"Config"_s).toObject();
    info.image = config.value(u"Image"_s).toString();
    info.tty = config.value(u"Tty"_s).toBool();
    const QJsonObject labels = config.value(u"Labels"_s).toObject();
    info.project = labels.value(u"com.docker.compose.project"_s).toString();
    info.service = labels.value(u"com.docker.compose.service"_s).toString();
    info.containerNumber = labels.value(u"com.docker.compose.container-number"_s).toString().toInt();
    info.oneOff = labels.value(u"com.docker.compose.oneoff"_s).toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;

    const QJsonObject state = root.value(u"State"_s).toObject();
    info.status = state.value(u"Status"_s).toString();
    info.running = state.value(u"Running"_s).toBool();
    info.exitCode = state.value(u"ExitCode"_s).toInt();
    info.oomKilled = state.value(u"OOMKilled"_s).toBool();
    info.error = state.value(u"Error"_s).toString();
    info.startedAt = parseTime(state.value(u"StartedAt"_s));
    info.finishedAt = parseTime(state.value(u"FinishedAt"_s));
    const QJsonObject health = state.value(u"Health"_s).toObject();
    if (!health.isEmpty()) {
        info.hasHealthcheck = true;
        info.health = health.value(u"Status"_s).toString();
        info.failingStreak = health.value(u"FailingStreak"_s).toInt();
        const QJsonArray log = health.value(u"Log"_s).toArray();
        for (const QJsonValue &entry : log) {
            const QJsonObject probe = entry.toObject();
            info.probes.append({parseTime(probe.value(u"Start"_s)), parseTime(probe.value(u"End"_s)),
                                probe.value(u"ExitCode"_s).toInt(), probe.value(u"Output"_s).toString()});
        }
    }

    const QJsonObject hostConfig = root.value(u"HostConfig"_s).toObject();
    info.memoryLimit = qint64(hostConfig.value(u"Memory"_s).toDouble());
    info.nanoCpus = qint64(hostConfig.value(u"NanoCpus"_s).toDouble());
    info.cpuQuota = qint64(hostConfig.value(u"CpuQuota"_s).toDouble());
    info.cpuPeriod = qint64(hostConfig.value(u"CpuPeriod"_s).toDouble());

    const QJsonObject networkSettings = root.value(u"NetworkSettings"_s).toObject();
    const QJsonObject ports = networkSettings.value(u"Ports"_s).toObject();
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const QStringList portProto = it.key().split(u'/');
        const int containerPort = portProto.value(0).toInt();
        const QString protocol = portProto.value(1, u"tcp"_s);
        // null bindings mean exposed but not published.
        const QJsonArray bindings = it.value().toArray();
        for (const QJsonValue &binding : bindings) {
            const QJsonObject b = binding.toObject();
            info.ports.append({containerPort, protocol, b.value(u"HostIp"_s).toString(),
                               b.value(u"HostPort"_s).toString().toInt()});
        }
    }
    std::sort(info.ports.begin(), info.ports.end(), [](const PublishedPort &a, const PublishedPort &b) {
        return std::tie(a.containerPort, a.protocol, a.hostIp) < std::tie(b.containerPort, b.protocol, b.hostIp);
    });
    info.networks = networkSettings.value(u"Networks"_s).toObject().keys();
    return info;
}

} // namespace Stackdeck
