#include "gaugefixtures.h"

#include "models/core/quantity.h"

#include <QRandomGenerator>
#include <QtMath>

namespace Stackdeck::GaugeFixtures {

QList<DemoService> demoServices()
{
    return {
        {QStringLiteral("spark-master"), QStringLiteral("1"), QStringLiteral("2G"), 12.4, 742 * mib},
        {QStringLiteral("spark-worker-1"), QStringLiteral("2"), QStringLiteral("3G"), 146.0, qint64(2.83 * gib)},
        {QStringLiteral("spark-worker-2"), QStringLiteral("2"), QStringLiteral("3G"), 88.5, qint64(1.92 * gib)},
        {QStringLiteral("fastapi"), QStringLiteral("1"), QStringLiteral("1G"), 23.1, 312 * mib},
        {QStringLiteral("streamlit"), QStringLiteral("0.5"), QStringLiteral("512M"), 4.2, 198 * mib},
        {QStringLiteral("analytics"), QStringLiteral("1"), QStringLiteral("2G"), 0, 0, false, true, 4},
        {QStringLiteral("postgres"), QStringLiteral("1"), QStringLiteral("1G"), 7.9, 410 * mib},
        {QStringLiteral("redis"), QStringLiteral("0.5"), QStringLiteral("384M"), 3.1, 352 * mib},
        {QStringLiteral("prometheus"), QStringLiteral("0.5"), QStringLiteral("512M"), 6.4, 281 * mib},
        {QStringLiteral("grafana"), QString(), QString(), 2.7, 163 * mib},
        {QStringLiteral("nginx"), QStringLiteral("0.5"), QStringLiteral("128M"), 0, 0, false},
    };
}

ServiceSpec spec(const QString &name, const QString &cpus, const QString &memory, int replicas)
{
    ServiceSpec s;
    s.name = name;
    s.image = QStringLiteral("example/") + name;
    s.limits.cpus = cpus;
    s.limits.memory = memory;
    if (replicas != 1)
        s.replicas = replicas;
    return s;
}

QList<ServiceSpec> specs(const QList<DemoService> &services)
{
    QList<ServiceSpec> list;
    for (const DemoService &d : services)
        list.append(spec(d.name, d.cpus, d.memory));
    return list;
}

ContainerInfo container(const QString &service, int number, bool running, double cpuLimitCores, qint64 memoryLimit)
{
    ContainerInfo info;
    info.id = QStringLiteral("%1-%2-id").arg(service).arg(number);
    info.name = QStringLiteral("demo-%1-%2").arg(service).arg(number);
    info.project = QStringLiteral("demo");
    info.service = service;
    info.containerNumber = number;
    info.running = running;
    info.status = running ? QStringLiteral("running") : QStringLiteral("exited");
    info.nanoCpus = qint64(cpuLimitCores * 1e9);
    info.memoryLimit = memoryLimit;
    return info;
}

std::shared_ptr<StatsHistory> history(int samples, const QDateTime &latest, double cpuPercent, qint64 memoryUsed,
                                      quint32 seed)
{
    auto ring = std::make_shared<StatsHistory>();
    QRandomGenerator random(seed);
    for (int i = 0; i < samples; ++i) {
        const int age = samples - 1 - i;
        ContainerStats s;
        s.name = QStringLiteral("total");
        s.read = latest.addSecs(-age);
        if (age == 0) {
            s.cpuPercent = cpuPercent;
            s.memoryUsed = memoryUsed;
        } else {
            const double wave = 0.75 + 0.25 * std::sin(age / 90.0 + seed) + 0.1 * random.generateDouble();
            s.cpuPercent = qMax(0.0, cpuPercent * wave);
            s.memoryUsed = qint64(double(memoryUsed) * (0.85 + 0.15 * double(samples - age) / samples));
        }
        ring->append(s);
    }
    return ring;
}

ServiceSnapshot service(const DemoService &demo, const QDateTime &taken, int historySamples, quint32 seed)
{
    const qint64 memoryLimit = demo.memory.isEmpty() ? 0 : Quantity::parseMemory(demo.memory).value();
    const double cpuLimit = demo.cpus.isEmpty() ? 0.0 : double(Quantity::parseCpus(demo.cpus).value()) / 1000.0;
    ServiceSnapshot s;
    s.name = demo.name;
    ContainerInfo info = container(demo.name, 1, demo.running, cpuLimit, memoryLimit);
    info.oomKilled = demo.oomKilled;
    info.restartCount = demo.restarts;
    if (demo.restarts > 0 && !demo.running)
        info.status = QStringLiteral("restarting");
    s.containers.append(info);
    // A stopped service keeps the history it had while it ran.
    const double lastCpu = demo.running ? demo.cpuPercent : demo.oomKilled ? 35.0 : 1.5;
    const qint64 lastMemory = demo.running ? demo.memoryUsed : demo.oomKilled ? memoryLimit - 8 * mib : 24 * mib;
    s.history = history(historySamples, taken.addSecs(demo.running ? 0 : -240), lastCpu, lastMemory, seed);
    s.total = s.history->latest();
    return s;
}

StackSnapshotPtr snapshot(const QList<DemoService> &services, const QDateTime &taken, int historySamples,
                          quint64 sequence)
{
    auto snap = std::make_shared<StackSnapshot>();
    snap->sequence = sequence;
    snap->taken = taken;
    snap->engine.kind = EngineState::Kind::Connected;
    snap->project = QStringLiteral("demo");
    quint32 seed = 7;
    for (const DemoService &d : services)
        snap->services.append(service(d, taken, historySamples, seed++));
    return snap;
}

} // namespace Stackdeck::GaugeFixtures
