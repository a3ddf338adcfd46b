#pragma once

#include "models/docker/stacksnapshot.h"
#include "models/live/servicelivestatus.h"
#include "ui/gauges/servicelimits.h"

namespace Stackdeck {

// What one service's gauges show: figures now, the limits that apply to them, and the alarms.
struct ServiceReading
{
    enum class Presence : quint8 { NoEngine, NotRunning, Running };

    Presence presence = Presence::NotRunning;
    int replicasRunning = 0;
    double cpuCores = 0.0;       // sum over running replicas; 1 = one core busy
    double cpuLimitCores = 0.0;  // 0 = no limit
    qint64 memoryUsed = 0;
    qint64 memoryLimit = 0;      // 0 = no limit
    bool oomKilled = false;
    bool restartLoop = false;
    int restarts = 0;

    bool running() const { return presence == Presence::Running; }
    double cpuFraction() const;    // of the limit; 0 without one
    double memoryFraction() const; // of the limit; 0 without one
    bool memoryHigh() const;       // running above GaugeThresholds::memoryWarning of its limit

    // Running replicas' engine limits win over the status' limit, which wins over the declared one.
    // A null snapshot, or one whose engine is not connected, reads as "no engine".
    static ServiceReading resolve(const ServiceLimits &declared, const StackSnapshot *snapshot,
                                  const ServiceLiveStatus *status, const QString &service);

    friend bool operator==(const ServiceReading &, const ServiceReading &) = default;
};

} // namespace Stackdeck
