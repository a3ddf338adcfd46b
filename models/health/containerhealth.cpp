#include "models/health/containerhealth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContainerHealthProbe)
};

// The last probe output, trimmed to one readable line.
QString lastOutput(const ContainerHealth &h)
{
    if (h.log.isEmpty())
        return {};
    QString out = h.log.constLast().output.simplified();
    if (out.size() > 200)
        out = out.left(197) + u"...";
    return out;
}
} // namespace

ContainerHealth ContainerHealth::fromStateJson(const QByteArray &json)
{
    ContainerHealth h;
    const QJsonObject state = QJsonDocument::fromJson(json).object();
    h.containerStatus = state.value(u"Status").toString(h.containerStatus);
    h.exitCode = state.value(u"ExitCode").toInt();
    h.oomKilled = state.value(u"OOMKilled").toBool();
    const QJsonObject health = state.value(u"Health").toObject();
    if (health.isEmpty())
        return h;
    h.healthStatus = health.value(u"Status").toString();
    h.failingStreak = health.value(u"FailingStreak").toInt();
    const QJsonArray log = health.value(u"Log").toArray();
    for (const auto &v : log) {
        const QJsonObject e = v.toObject();
        h.log.append({QDateTime::fromString(e.value(u"Start").toString(), Qt::ISODateWithMs),
                      QDateTime::fromString(e.value(u"End").toString(), Qt::ISODateWithMs),
                      e.value(u"ExitCode").toInt(), e.value(u"Output").toString()});
    }
    return h;
}

ProbeResult ContainerHealthProbe::evaluate(const ContainerHealth &h)
{
    const QString status = h.containerStatus.toLower();
    ProbeResult r;
    if (status == u"exited" || status == u"dead" || status == u"created" || status == u"removing") {
        QString msg = status == u"created" ? Tr::tr("Container created but not started.")
                                           : Tr::tr("Container is not running (%1, exit code %2).")
                                                 .arg(status).arg(h.exitCode);
        if (h.oomKilled)
            msg = Tr::tr("Container was killed for running out of memory (exit code %1).").arg(h.exitCode);
        r = ProbeResult::make(HealthState::Down, msg);
    } else if (status == u"restarting") {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Container keeps restarting (last exit code %1).")
                                                          .arg(h.exitCode));
    } else if (status == u"paused") {
        r = ProbeResult::make(HealthState::Degraded, Tr::tr("Container is paused."));
    } else if (h.healthStatus.isEmpty() || h.healthStatus == u"none") {
        r = ProbeResult::make(HealthState::Unknown, Tr::tr("Running; the container defines no health check."));
    } else if (h.healthStatus == u"healthy") {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Health check passes."));
    } else if (h.healthStatus == u"starting") {
        r = ProbeResult::make(HealthState::Degraded,
                              h.failingStreak > 0
                                  ? Tr::tr("Starting: health check failed %1 time(s) so far.").arg(h.failingStreak)
                                  : Tr::tr("Starting: health check has not passed yet."));
    } else if (h.healthStatus == u"unhealthy") {
        QString msg = Tr::tr("Health check failing (%1 in a row).").arg(h.failingStreak);
        if (!h.log.isEmpty() && h.log.constLast().exitCode == -1)
            msg = Tr::tr("Health check timed out (%1 failures in a row).").arg(h.failingStreak);
        const QString out = lastOutput(h);
        if (!out.isEmpty())
            msg += u' ' + Tr::tr("Last output: %1").arg(out);
        r = ProbeResult::make(HealthState::Unhealthy, msg);
    } else {
        r = ProbeResult::make(HealthState::Unknown, Tr::tr("Unrecognised health status \"%1\".").arg(h.healthStatus));
    }
    r.addDetail(QStringLiteral("container"), status);
    if (!h.healthStatus.isEmpty())
        r.addDetail(QStringLiteral("healthcheck"), h.healthStatus);
    if (h.failingStreak > 0)
        r.addDetail(QStringLiteral("failing streak"), QString::number(h.failingStreak));
    if (!h.log.isEmpty())
        r.addDetail(QStringLiteral("last exit code"), QString::number(h.log.constLast().exitCode));
    return r;
}

} // namespace Stackdeck
