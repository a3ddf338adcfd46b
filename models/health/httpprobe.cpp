#include "models/health/httpprobe.h"

#include "models/health/httpfetcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpProbe)
};

QString endpoint(const ProbeSpec &spec)
{
    return spec.host + u':' + QString::number(spec.port);
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &item : v.toArray())
            parts << (item.isObject() || item.isArray() ? QStringLiteral("…") : scalarText(item));
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

// Top-level keys become details; one level of nested objects is flattened as "parent.key".
void addBodyDetails(const QJsonObject &body, ProbeResult *r)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == u"status")
            continue;
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                r->addDetail(it.key() + u'.' + in.key(), scalarText(in.value()));
        } else {
            r->addDetail(it.key(), scalarText(it.value()));
        }
    }
}

// Why a body says it is not healthy: false flags and non-empty warning/error lists.
QString complaints(const QJsonObject &body)
{
    QStringList out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isBool() && !it.value().toBool())
            out << it.key() + u"=false";
        else if (it.value().isArray() && !it.value().toArray().isEmpty())
            out << it.key() + u": " + scalarText(it.value());
        else if ((it.key() == u"error" || it.key() == u"message" || it.key() == u"reason")
                 && it.value().isString() && !it.value().toString().isEmpty())
            out << it.value().toString();
    }
    return out.join(QStringLiteral("; "));
}

bool statusMatches(const ProbeSpec &spec, int status)
{
    if (spec.expectStatus > 0)
        return status == spec.expectStatus;
    return status >= 200 && status < 400;
}
} // namespace

QString HttpProbe::statusText(int status)
{
    static const QMap<int, const char *> names{
        {200, "OK"}, {204, "No Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {405, "Method Not Allowed"}, {429, "Too Many Requests"}, {500, "Internal Server Error"},
        {502, "Bad Gateway"}, {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    const char *name = names.value(status, nullptr);
    QString text = u"HTTP " + QString::number(status);
    if (name)
        text += u' ' + QString::fromLatin1(name);
    return text;
}

bool HttpProbe::parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

ProbeResult HttpProbe::run(const ProbeSpec &spec)
{
    const HttpReply reply = HttpFetcher::get(spec);
    ProbeResult r = reply.ok() ? interpret(spec, reply) : transportFailure(spec, reply);
    r.latency = reply.elapsed;
    return r;
}

ProbeResult HttpProbe::transportFailure(const ProbeSpec &spec, const HttpReply &reply)
{
    using F = HttpReply::Failure;
    ProbeResult r;
    switch (reply.failure) {
    case F::None: return interpret(spec, reply);
    case F::Refused:
        r = ProbeResult::make(HealthState::Down, Tr::tr("Connection refused on %1: nothing is listening.")
                                                     .arg(endpoint(spec)));
        break;
    case F::ConnectTimeout:
        r = ProbeResult::make(HealthState::Down, Tr::tr("No answer to connect on %1 within %2.")
                                                     .arg(endpoint(spec), humanDuration(spec.connectTimeout)));
        break;
    case F::Timeout:
        r = ProbeResult::make(HealthState::Unhealthy,
                              Tr::tr("Connected to %1, but %2 did not answer within %3.")
                                  .arg(endpoint(spec), spec.path.isEmpty() ? QStringLiteral("/") : spec.path,
                                       humanDuration(spec.deadline)));
        break;
    case F::Resolve:
        r = ProbeResult::make(HealthState::Down, Tr::tr("Host name %1 cannot be resolved.").arg(spec.host));
        break;
    case F::Tls:
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("TLS handshake with %1 failed: %2.")
                                                          .arg(endpoint(spec), reply.error));
        break;
    case F::Protocol:
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("%1 answered, but not with valid HTTP (%2).")
                                                          .arg(endpoint(spec), reply.error));
        break;
    case F::TooLarge:
        r = ProbeResult::make(HealthState::Unhealthy,
                              Tr::tr("%1 sent a body larger than %2 KiB; the probe stopped reading.")
                                  .arg(spec.url()).arg(spec.maxBodyBytes / 1024));
        break;
    case F::Other:
        r = ProbeResult::make(HealthState::Down, Tr::tr("Request to %1 failed: %2.").arg(spec.url(), reply.error));
        break;
    }
    if (reply.status > 0)
        r.addDetail(QStringLiteral("http status"), QString::number(reply.status));
    if (!reply.error.isEmpty())
        r.addDetail(QStringLiteral("error"), reply.error);
    r.latency = reply.elapsed;
    return r;
}

ProbeResult HttpProbe::interpret(const ProbeSpec &spec, const HttpReply &reply)
{
    if (!reply.ok())
        return transportFailure(spec, reply);
    const bool statusOk = statusMatches(spec, reply.status);
    const QString code = statusText(reply.status);
    QJsonObject body;
    const bool isJson = parseObject(reply.body, &body);
    const bool saysJson = reply.contentType.contains(u"json", Qt::CaseInsensitive);
    ProbeResult r;

    if (isJson && body.value(u"status").isString()) {
        const QString status = body.value(u"status").toString().trimmed().toLower();
        const QString why = complaints(body);
        if (status == u"healthy" || status == u"ok" || status == u"up" || status == u"pass") {
            r = statusOk ? ProbeResult::make(HealthState::Healthy, Tr::tr("Reports %1 (%2).").arg(status, code))
                         : ProbeResult::make(HealthState::Unhealthy,
                                             Tr::tr("Body says %1, but the server answered %2.").arg(status, code));
        } else if (status == u"degraded" || status == u"warn" || status == u"warning") {
            r = ProbeResult::make(HealthState::Degraded,
                                  why.isEmpty() ? Tr::tr("Reports degraded (%1).").arg(code)
                                                : Tr::tr("Reports degraded: %1.").arg(why));
        } else if (status == u"unhealthy" || status == u"fail" || status == u"down" || status == u"error") {
            r = ProbeResult::make(HealthState::Unhealthy,
                                  why.isEmpty() ? Tr::tr("Reports unhealthy (%1).").arg(code)
                                                : Tr::tr("Reports unhealthy (%1): %2.").arg(code, why));
        } else {
            r = ProbeResult::make(statusOk ? HealthState::Degraded : HealthState::Unhealthy,
                                  Tr::tr("Reports an unrecognised status \"%1\" (%2).").arg(status, code));
        }
        addBodyDetails(body, &r);
    } else if (!statusOk) {
        r = ProbeResult::make(HealthState::Unhealthy,
                              spec.expectStatus > 0
                                  ? Tr::tr("Expected HTTP %1 from %2, got %3.").arg(spec.expectStatus).arg(spec.url(), code)
                                  : Tr::tr("%1 answered %2.").arg(spec.url(), code));
    } else if (saysJson && !isJson) {
        r = ProbeResult::make(HealthState::Degraded,
                              Tr::tr("%1, but the JSON health body does not parse.").arg(code));
    } else {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Answers %1.").arg(code));
    }
    r.details.prepend({QStringLiteral("http status"), QString::number(reply.status)});
    r.latency = reply.elapsed;
    return r;
}

} // namespace Stackdeck
