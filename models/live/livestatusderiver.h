#pragma once

#include "models/compose/servicespec.h"
#include "models/docker/enginestate.h"
#include "models/docker/stacksnapshot.h"
#include "models/health/probespec.h"
#include "models/health/proberesult.h"
#include "models/health/stackhealth.h"
#include "models/live/restarttracker.h"
#include "models/live/servicelivestatus.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Stackdeck {

// Snapshot + network probe results → statuses and verdicts, without I/O (time from `taken`) so hand-built snapshots test it.
class LiveStatusDeriver final
{
public:
    struct Derived
    {
        QHash<QString, ServiceLiveStatus> statuses;
        QMap<QString, ProbeResult> verdicts;  // what each service's health row shows
        QMap<QString, QString> causeHints;    // "because db is down", also for services without a verdict of their own
        StackHealthReport report;             // StackHealth over the verdicts
    };

    void setServices(const QList<ServiceSpec> &services, const QMap<QString, ProbeSpec> &probes);
    const QList<ServiceSpec> &services() const { return m_services; }

    // `snapshot` may be null (nothing known yet); `network` holds fresh network probe results of running services.
    Derived derive(const StackSnapshot *snapshot, const EngineState &engine, const QMap<QString, ProbeResult> &network);
    void resetRestarts() { m_restarts.clear(); }

    static QString notCreatedReason();
    static QString engineReason(const EngineState &engine);
    // What a service is before the engine has said anything.
    static ServiceLiveStatus initialStatus();
    static ServiceLiveStatus engineUnavailable(const EngineState &engine);
    // A replica that serves (paused counts: it still holds its state and ports).
    static bool isUp(const ContainerInfo &replica);
    // The worst replica's own verdict (state and HEALTHCHECK), the later replica on ties.
    static ProbeResult containerVerdict(const QList<ContainerInfo> &replicas);
    // The replicas that speak for a service's health: the running ones, or all when none runs.
    static QList<ContainerInfo> servingReplicas(const QList<ContainerInfo> &replicas);
    // The replica the scheduler should judge the service by (the worst serving one); null when none.
    static const ContainerInfo *worstReplica(const QList<ContainerInfo> &replicas);
    // A network verdict speaks for the service unless the container's own verdict is already worse.
    static ProbeResult combine(const ProbeResult &container, const std::optional<ProbeResult> &network);
    // Running service health from its verdict; None when nothing can be probed.
    static ServiceLiveStatus::Health healthOf(const ProbeResult &verdict, bool probeable);

private:
    ServiceLiveStatus deriveService(const ServiceSpec &spec, const StackSnapshot &snapshot,
                                    const ServiceSnapshot &service, const ProbeResult &verdict);

    QList<ServiceSpec> m_services;
    QMap<QString, ProbeSpec> m_probes;
    QMap<QString, QStringList> m_graph;
    RestartTracker m_restarts;
};

} // namespace Stackdeck
