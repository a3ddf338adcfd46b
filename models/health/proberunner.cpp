#include "models/health/proberunner.h"

#include "models/health/grafanaprobe.h"
#include "models/health/healthlogging.h"
#include "models/health/httpprobe.h"
#include "models/health/postgresprobe.h"
#include "models/health/prometheusprobe.h"
#include "models/health/redisprobe.h"
#include "models/health/sparkmasterprobe.h"
#include "models/health/tcpprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Stackdeck {

ProbeResult ProbeRunner::run(const ProbeSpec &spec)
{
    using Kind = ProbeSpec::Kind;
    QElapsedTimer clock;
    clock.start();
    ProbeResult r;
    switch (spec.kind) {
    case Kind::Http: r = HttpProbe::run(spec); break;
    case Kind::Tcp: r = TcpProbe::run(spec); break;
    case Kind::Postgres: r = PostgresProbe::run(spec); break;
    case Kind::Redis: r = RedisProbe::run(spec); break;
    case Kind::Prometheus: r = PrometheusProbe::run(spec); break;
    case Kind::Grafana: r = GrafanaProbe::run(spec); break;
    case Kind::SparkMaster: r = SparkMasterProbe::run(spec); break;
    case Kind::Container:
        r = ProbeResult::make(HealthState::Unknown,
                              QCoreApplication::translate("ProbeRunner", "Waiting for the container's health state."));
        break;
    case Kind::None:
        r = ProbeResult::make(HealthState::Unknown,
                              spec.reason.isEmpty()
                                  ? QCoreApplication::translate("ProbeRunner", "No probe for this service.")
                                  : spec.reason);
        break;
    }
    r.latency = std::chrono::milliseconds(clock.elapsed());
    r.checkedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcHealth) << spec.describe() << healthStateName(r.state) << r.message << r.latency.count() << "ms";
    return r;
}

} // namespace Stackdeck
