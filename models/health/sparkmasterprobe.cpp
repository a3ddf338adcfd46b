#include "models/health/sparkmasterprobe.h"

#include "models/health/httpfetcher.h"
#include "models/health/httpprobe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SparkMasterProbe)
};

// Spark writes ints; tolerate numbers sent as strings by proxies or older builds.
qint64 number(const QJsonObject &o, QStringView key, qint64 fallback = 0)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : fallback;
}

QString memoryText(qint64 mb)
{
    if (mb >= 1024)
        return QString::number(double(mb) / 1024.0, 'f', 1) + u" GiB";
    return QString::number(mb) + u" MiB";
}
} // namespace

ProbeResult SparkMasterProbe::run(const ProbeSpec &spec)
{
    ProbeSpec s = spec;
    if (s.path.isEmpty())
        s.path = QStringLiteral("/json");
    return interpret(s, HttpFetcher::get(s));
}

ProbeResult SparkMasterProbe::interpret(const ProbeSpec &spec, const HttpReply &reply)
{
    if (!reply.ok())
        return HttpProbe::transportFailure(spec, reply);
    QJsonObject master;
    if (reply.status != 200) {
        ProbeResult r = ProbeResult::make(HealthState::Unhealthy,
                                          Tr::tr("Spark master UI answered %1.").arg(HttpProbe::statusText(reply.status)));
        r.addDetail(QStringLiteral("http status"), QString::number(reply.status));
        r.latency = reply.elapsed;
        return r;
    }
    if (!HttpProbe::parseObject(reply.body, &master)
        || (!master.contains(u"workers") && !master.contains(u"status"))) {
        ProbeResult r = ProbeResult::make(HealthState::Unhealthy,
                                          Tr::tr("%1 did not return a Spark master state.").arg(spec.url()));
        r.latency = reply.elapsed;
        return r;
    }

    const QString status = master.value(u"status").toString().toUpper();
    const QJsonArray workers = master.value(u"workers").toArray();
    int known = 0, aliveCounted = 0;
    QStringList lost;
    for (const auto &w : workers) {
        const QJsonObject worker = w.toObject();
        const QString state = worker.value(u"state").toString().toUpper();
        if (state == u"DECOMMISSIONED")
            continue; // removed on purpose: neither expected nor missing
        ++known;
        if (state == u"ALIVE")
            ++aliveCounted;
        else
            lost << worker.value(u"host").toString(worker.value(u"id").toString()) + u" (" + state + u')';
    }
    // aliveworkers exists in newer releases only; count the list otherwise.
    const int alive = master.value(u"aliveworkers").isDouble() ? int(number(master, u"aliveworkers")) : aliveCounted;
    const int expected = spec.expectWorkers > 0 ? spec.expectWorkers : known;
    const qint64 cores = number(master, u"cores"), coresUsed = number(master, u"coresused");
    const qint64 memory = number(master, u"memory"), memoryUsed = number(master, u"memoryused");
    int running = 0, waiting = 0;
    for (const auto &a : master.value(u"activeapps").toArray()) {
        const QString state = a.toObject().value(u"state").toString().toUpper();
        running += state == u"RUNNING";
        waiting += state == u"WAITING";
    }

    const QString workersText = Tr::tr("%1/%2 alive").arg(alive).arg(expected);
    ProbeResult r;
    if (status == u"STANDBY") {
        r = ProbeResult::make(HealthState::Degraded,
                              Tr::tr("Standby master: it waits for the active master to fail and schedules nothing."));
    } else if (status == u"RECOVERING" || status == u"COMPLETING_RECOVERY") {
        r = ProbeResult::make(HealthState::Degraded, Tr::tr("Master is recovering its state (%1).").arg(status));
    } else if (!status.isEmpty() && status != u"ALIVE") {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Master reports status %1.").arg(status));
    } else if (alive == 0) {
        r = ProbeResult::make(HealthState::Unhealthy,
                              expected > 0 ? Tr::tr("Master is up but no worker is alive (0/%1).").arg(expected)
                                           : Tr::tr("Master is up but no worker has registered."));
    } else if (alive < expected) {
        QString msg = Tr::tr("Only %1 of %2 workers alive.").arg(alive).arg(expected);
        if (!lost.isEmpty())
            msg += u' ' + Tr::tr("Lost: %1.").arg(lost.join(QStringLiteral(", ")));
        r = ProbeResult::make(HealthState::Degraded, msg);
    } else {
        r = ProbeResult::make(HealthState::Healthy,
                              Tr::tr("%1 workers alive; %2 of %3 cores in use; %4 running application(s).")
                                  .arg(alive).arg(coresUsed).arg(cores).arg(running));
    }
    r.addDetail(QStringLiteral("status"), status.isEmpty() ? Tr::tr("(not reported)") : status);
    r.addDetail(QStringLiteral("workers"), workersText);
    r.addDetail(QStringLiteral("cores"), Tr::tr("%1/%2 used").arg(coresUsed).arg(cores));
    r.addDetail(QStringLiteral("memory"), Tr::tr("%1/%2 used").arg(memoryText(memoryUsed), memoryText(memory)));
    r.addDetail(QStringLiteral("running applications"), QString::number(running));
    if (waiting > 0)
        r.addDetail(QStringLiteral("waiting applications"), QString::number(waiting));
    r.addDetail(QStringLiteral("completed applications"),
                QString::number(master.value(u"completedapps").toArray().size()));
    if (master.value(u"url").isString())
        r.addDetail(QStringLiteral("url"), master.value(u"url").toString());
    r.latency = reply.elapsed;
    return r;
}

} // namespace Stackdeck
