#include "models/health/prometheusprobe.h"

#include "models/health/httpfetcher.h"
#include "models/health/httpprobe.h"

#include <QCoreApplication>

namespace Stackdeck {

ProbeResult PrometheusProbe::run(const ProbeSpec &spec)
{
    ProbeSpec s = spec;
    if (s.path.isEmpty())
        s.path = QStringLiteral("/-/ready");
    return interpret(s, HttpFetcher::get(s));
}

ProbeResult PrometheusProbe::interpret(const ProbeSpec &spec, const HttpReply &reply)
{
    if (!reply.ok())
        return HttpProbe::transportFailure(spec, reply);
    ProbeResult r;
    if (reply.status == 200) {
        r = ProbeResult::make(HealthState::Healthy,
                              QCoreApplication::translate("PrometheusProbe", "Ready to serve queries."));
    } else if (reply.status == 503) {
        r = ProbeResult::make(HealthState::Unhealthy,
                              QCoreApplication::translate("PrometheusProbe",
                                                          "Not ready (HTTP 503): still loading its TSDB/WAL or shutting down."));
    } else {
        r = ProbeResult::make(HealthState::Unhealthy,
                              QCoreApplication::translate("PrometheusProbe", "%1 answered %2; is this Prometheus?")
                                  .arg(spec.url(), HttpProbe::statusText(reply.status)));
    }
    r.addDetail(QStringLiteral("http status"), QString::number(reply.status));
    const QString text = QString::fromUtf8(reply.body.left(200)).trimmed();
    if (!text.isEmpty())
        r.addDetail(QStringLiteral("body"), text);
    r.latency = reply.elapsed;
    return r;
}

} // namespace Stackdeck
