#include "models/health/grafanaprobe.h"

#include "models/health/httpfetcher.h"
#include "models/health/httpprobe.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrafanaProbe)
};
} // namespace

ProbeResult GrafanaProbe::run(const ProbeSpec &spec)
{
    ProbeSpec s = spec;
    if (s.path.isEmpty())
        s.path = QStringLiteral("/api/health");
    return interpret(s, HttpFetcher::get(s));
}

ProbeResult GrafanaProbe::interpret(const ProbeSpec &spec, const HttpReply &reply)
{
    if (!reply.ok())
        return HttpProbe::transportFailure(spec, reply);
    const QString code = HttpProbe::statusText(reply.status);
    QJsonObject body;
    const bool isJson = HttpProbe::parseObject(reply.body, &body);
    const QString database = body.value(u"database").toString().trimmed().toLower();
    ProbeResult r;
    if (!isJson) {
        r = ProbeResult::make(reply.status == 200 ? HealthState::Degraded : HealthState::Unhealthy,
                              Tr::tr("%1 with a body that is not Grafana's health JSON.").arg(code));
    } else if (database == u"failing") {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Grafana answers, but its database is failing (%1).").arg(code));
    } else if (reply.status != 200) {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Grafana answered %1.").arg(code));
    } else if (database == u"ok") {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Grafana is up; its database is ok."));
    } else if (database.isEmpty()) {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Grafana answers %1 (no database field).").arg(code));
    } else {
        r = ProbeResult::make(HealthState::Degraded, Tr::tr("Grafana reports database \"%1\".").arg(database));
    }
    r.addDetail(QStringLiteral("http status"), QString::number(reply.status));
    if (!database.isEmpty())
        r.addDetail(QStringLiteral("database"), database);
    // version and commit are absent when hide_version is set: details only when present.
    for (const auto key : {u"version", u"commit"}) {
        const QString k = QString::fromUtf16(key);
        if (body.value(k).isString())
            r.addDetail(k, body.value(k).toString());
    }
    r.latency = reply.elapsed;
    return r;
}

} // namespace Stackdeck
