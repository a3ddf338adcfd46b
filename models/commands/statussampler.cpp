#include "models/commands/statussampler.h"

#include "models/docker/containerinfo.h"
#include "models/docker/containerstats.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/jsonlinesplitter.h"
#include "models/docker/projectcontainers.h"
#include "models/health/probefactory.h"
#include "models/health/proberunner.h"
#include "models/live/livestatusderiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <future>
#include <map>

namespace Stackdeck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdeck::StatusSampler", text);
}

bool isNetworkProbe(ProbeSpec::Kind kind)
{
    return kind != ProbeSpec::Kind::None && kind != ProbeSpec::Kind::Container;
}

// Per running container: the stats stream's latest sample and how many arrived.
struct StatsSlot
{
    JsonLineSplitter splitter;
    int samples = 0;
    ContainerStats latest;
};

} // namespace

Result<StackStatus> StatusSampler::sample(StatusContext &context)
{
    const Result<QList<ContainerSummary>> listed = context.containers();
    if (!listed)
        return listed.error();
    const ProjectContainers mapped = ProjectContainers::map(*listed, context.serviceNames());
    const QMap<QString, ProbeSpec> specs = ProbeFactory::forServices(context.project.services);

    // Inspect every replica; one-off runs and orphans are not part of the services' state.
    QHash<QString, QList<ContainerInfo>> infos;
    for (const ServiceSpec &service : context.project.services) {
        for (const ContainerSummary &summary : mapped.services.value(service.name)) {
            Result<ContainerInfo> info = context.client->inspect(summary.id);
            if (info)
                infos[service.name].append(*info);
        }
    }

    // Network probes run on their own threads while the stats streams fill.
    std::map<QString, std::future<ProbeResult>> probes;
    for (const ServiceSpec &service : context.project.services) {
        const ProbeSpec spec = specs.value(service.name);
        const QList<ContainerInfo> &list = infos[service.name];
        const bool anyRunning = std::any_of(list.cbegin(), list.cend(), [](const ContainerInfo &i) { return i.running; });
        if (anyRunning && isNetworkProbe(spec.kind))
            probes.emplace(service.name, std::async(std::launch::async, [spec] { return ProbeRunner::run(spec); }));
    }

    EngineStreamPool pool(context.client->transport());
    QHash<QString, StatsSlot> stats;
    int open = 0;
    for (const QList<ContainerInfo> &list : std::as_const(infos)) {
        for (const ContainerInfo &info : list) {
            if (!info.running)
                continue;
            const QString id = info.id;
            stats.insert(id, StatsSlot{});
            ++open;
            pool.open(context.client->apiPath("/containers/" + id.toLatin1() + "/stats?stream=1"),
                      [&stats, id](QByteArrayView chunk) {
                          StatsSlot &slot = stats[id];
                          const QList<QByteArray> lines = slot.splitter.feed(chunk);
                          for (const QByteArray &line : lines) {
                              Result<ContainerStats> s = ContainerStats::fromJson(line);
                              if (s) {
                                  slot.latest = *s;
                                  ++slot.samples;
                              }
                          }
                      },
                      [&open](const EngineState &, long, const QByteArray &) { --open; });
        }
    }
    QElapsedTimer timer;
    timer.start();
    auto complete = [&stats] {
        return std::all_of(stats.cbegin(), stats.cend(), [](const StatsSlot &s) { return s.samples >= 2; });
    };
    while (open > 0 && !complete() && timer.elapsed() < statsWaitMs)
        pool.pump(50);
    pool.closeAll();

    StackStatus status;
    QMap<QString, ProbeResult> results;
    for (const ServiceSpec &service : context.project.services) {
        ServiceStatus row;
        row.service = service.name;
        const ProbeSpec spec = specs.value(service.name);
        row.probe = isNetworkProbe(spec.kind) ? spec.describe() : probeKindName(ProbeSpec::Kind::Container);
        const QList<ContainerInfo> &list = infos[service.name];
        row.containers = int(list.size());
        ProbeResult result;
        if (list.isEmpty()) {
            row.state = tr("not created");
            result = ProbeResult::make(HealthState::Down, tr("No container: the service was never created (run up)."));
        } else {
            QStringList states;
            for (const ContainerInfo &info : list) {
                if (!states.contains(info.status))
                    states.append(info.status);
                row.running += info.running ? 1 : 0;
                row.restarts += info.restartCount;
                row.memoryLimit = info.memoryLimit > 0 ? row.memoryLimit + info.memoryLimit : row.memoryLimit;
                const auto slot = stats.constFind(info.id);
                if (slot != stats.cend() && slot->samples >= 2) {
                    row.hasCpu = true;
                    row.cpuPercent += slot->latest.cpuPercent;
                    row.memoryUsed += slot->latest.memoryUsed;
                }
            }
            result = LiveStatusDeriver::containerVerdict(list);
            row.state = states.size() == 1 && list.size() == 1 ? states.constFirst()
                        : states.size() == 1 ? QStringLiteral("%1 %2/%3").arg(states.constFirst()).arg(list.size()).arg(list.size())
                                             : tr("running %1/%2").arg(row.running).arg(list.size());
            // A network probe speaks for a running service unless the container itself is already worse.
            if (probes.count(service.name) != 0)
                result = LiveStatusDeriver::combine(result, probes.at(service.name).get());
        }
        results.insert(service.name, result);
        status.services.append(row);
    }
    status.health = StackHealth::evaluate(StackHealth::dependencyGraph(context.project.services), results);
    return status;
}

} // namespace Stackdeck
