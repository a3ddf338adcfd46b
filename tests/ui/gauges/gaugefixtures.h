#pragma once

#include "models/compose/servicespec.h"
#include "models/docker/stacksnapshot.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace Stackdeck::GaugeFixtures {

// One service of the demo stack as the engine would see it now.
struct DemoService
{
    QString name;
    QString cpus;          // declared, as written; empty = none
    QString memory;
    double cpuPercent = 0; // 100 = one core
    qint64 memoryUsed = 0;
    bool running = true;
    bool oomKilled = false;
    int restarts = 0;
};

constexpr qint64 mib = 1024 * 1024;
constexpr qint64 gib = 1024 * mib;

// The 11 services of resources/demo with realistic figures (one near OOM, one restarting, one unlimited).
QList<DemoService> demoServices();
ServiceSpec spec(const QString &name, const QString &cpus, const QString &memory, int replicas = 1);
QList<ServiceSpec> specs(const QList<DemoService> &services);
ContainerInfo container(const QString &service, int number, bool running, double cpuLimitCores, qint64 memoryLimit);
// samples one-per-second ending at latest with exactly (cpuPercent, memoryUsed); the rest wanders around it.
std::shared_ptr<StatsHistory> history(int samples, const QDateTime &latest, double cpuPercent, qint64 memoryUsed,
                                      quint32 seed);
ServiceSnapshot service(const DemoService &demo, const QDateTime &taken, int historySamples, quint32 seed);
StackSnapshotPtr snapshot(const QList<DemoService> &services, const QDateTime &taken, int historySamples,
                          quint64 sequence = 1);

} // namespace Stackdeck::GaugeFixtures
