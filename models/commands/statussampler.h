#pragma once

#include "models/commands/statuscontext.h"
#include "models/health/stackhealth.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// One service's line in `stackdeck status`: engine state, probe verdict and resource use over its containers.
struct ServiceStatus
{
    QString service;
    QString state;            // running, exited, restarting, not created, "running 2/3" ...
    int containers = 0;
    int running = 0;
    int restarts = 0;
    bool hasCpu = false;      // two stats samples arrived
    double cpuPercent = 0.0;
    qint64 memoryUsed = 0;
    qint64 memoryLimit = 0;   // 0 = no limit set on the container
    QString probe;            // what was probed, e.g. "http 127.0.0.1:8080/"
};

// A whole stack's status at one moment.
struct StackStatus
{
    QList<ServiceStatus> services;   // compose file order
    StackHealthReport health;
};

// Gathers a stack's status: inspect, two streaming stats samples per running container, probes in parallel.
class StatusSampler final
{
public:
    static constexpr int statsWaitMs = 2500; // the engine sends the second sample after about a second

    static Result<StackStatus> sample(StatusContext &context);
};

} // namespace Stackdeck
