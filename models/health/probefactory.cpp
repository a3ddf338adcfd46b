#include "models/health/probefactory.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Stackdeck {

namespace {
using Kind = ProbeSpec::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeFactory)
};

struct Endpoint
{
    QString host;
    int port = 0;
};

// First number of "8000" or "8000-8010"; 0 when not a number.
int firstPort(const QString &text, int *rangeEnd = nullptr)
{
    const QStringList parts = text.split(u'-');
    bool ok = false;
    const int first = parts.value(0).trimmed().toInt(&ok);
    if (rangeEnd)
        *rangeEnd = parts.size() > 1 ? parts.value(1).trimmed().toInt() : first;
    return ok ? first : 0;
}

QString reachableHost(const QString &hostIp)
{
    if (hostIp.isEmpty() || hostIp == u"0.0.0.0" || hostIp == u"::" || hostIp == u"[::]")
        return QStringLiteral("127.0.0.1"); // published on every interface: loopback reaches it
    QString h = hostIp;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    return h;
}

// The host-side endpoint that reaches container port `target`, when it is published over TCP.
std::optional<Endpoint> publishedFor(const ServiceSpec &s, int target)
{
    for (const auto &p : s.ports) {
        if (p.protocol.toLower() != u"tcp" || p.published.isEmpty())
            continue;
        int targetEnd = 0;
        const int targetFirst = firstPort(p.target, &targetEnd);
        if (targetFirst == 0 || target < targetFirst || target > targetEnd)
            continue;
        const int published = firstPort(p.published);
        if (published > 0)
            return Endpoint{reachableHost(p.hostIp), published + (target - targetFirst)};
    }
    return std::nullopt;
}

std::optional<Endpoint> firstPublished(const ServiceSpec &s)
{
    for (const auto &p : s.ports) {
        if (p.protocol.toLower() == u"tcp" && !p.published.isEmpty() && firstPort(p.published) > 0)
            return Endpoint{reachableHost(p.hostIp), firstPort(p.published)};
    }
    return std::nullopt;
}

QString envValue(const ServiceSpec &s, const QString &name)
{
    for (const auto &e : s.environment) {
        if (e.name == name)
            return e.value;
    }
    return {};
}

bool says(const ServiceSpec &s, QStringView word)
{
    const QString cmd = (s.entrypoint + s.command).join(u' ');
    return cmd.contains(word, Qt::CaseInsensitive) || s.image.contains(word, Qt::CaseInsensitive);
}

bool isSpark(const ServiceSpec &s)
{
    return ProbeFactory::imageName(s.image).contains(u"spark");
}

bool isSparkWorker(const ServiceSpec &s)
{
    return isSpark(s) && (says(s, u"worker") || envValue(s, QStringLiteral("SPARK_MODE")) == u"worker");
}

// A worker's command names its master ("spark://spark-master:7077"): that does not make it a master.
bool isSparkMaster(const ServiceSpec &s)
{
    const QString mode = envValue(s, QStringLiteral("SPARK_MODE"));
    if (mode == u"master")
        return isSpark(s);
    return isSpark(s) && !isSparkWorker(s) && says(s, u"master");
}

// Which well-known server the image is, with its default port; exporters and UIs are not the server.
std::optional<std::pair<Kind, int>> knownImage(const ServiceSpec &s)
{
    const QString name = ProbeFactory::imageName(s.image);
    if (name.isEmpty() || name.contains(u"exporter"))
        return std::nullopt;
    if (name.startsWith(u"postgres") || name == u"postgis" || name.startsWith(u"timescaledb"))
        return std::pair{Kind::Postgres, 5432};
    if ((name.startsWith(u"redis") && !name.contains(u"commander") && !name.contains(u"insight"))
        || name == u"valkey")
        return std::pair{Kind::Redis, 6379};
    if (name == u"prometheus")
        return std::pair{Kind::Prometheus, 9090};
    if (name == u"grafana" || name == u"grafana-oss" || name == u"grafana-enterprise")
        return std::pair{Kind::Grafana, 3000};
    if (isSparkMaster(s)) {
        const int ui = envValue(s, QStringLiteral("SPARK_MASTER_WEBUI_PORT")).toInt();
        return std::pair{Kind::SparkMaster, ui > 0 ? ui : 8080};
    }
    return std::nullopt;
}

ProbeSpec make(Kind kind, const Endpoint &e, const QString &path, const QString &reason)
{
    ProbeSpec spec;
    spec.kind = kind;
    spec.host = e.host;
    spec.port = e.port;
    spec.path = path;
    spec.reason = reason;
    return spec;
}

Error overrideError(const YamlNodePtr &node, const QString &message)
{
    return Error{message, node ? node->location : SourceLocation{},
                 Tr::tr("Write x-stackdeck: {probe: {kind: http, port: 8000, path: /health, expect: 200}}.")};
}
// Applies the keys of an x-stackdeck.probe mapping to *spec; the first malformed key is returned.
std::optional<Error> applyMapping(const ServiceSpec &s, const YamlNodePtr &probe, ProbeSpec *spec)
{
    ProbeSpec::Kind kind = spec->kind;
    if (const YamlNodePtr k = probe->get(u"kind")) {
        if (!probeKindFromName(k->value, &kind))
            return overrideError(k, Tr::tr("Unknown probe kind \"%1\".").arg(k->value));
        if (kind != spec->kind)
            spec->path.clear(); // the inferred path belongs to the inferred kind
    }
    spec->kind = kind;
    if (const YamlNodePtr p = probe->get(u"port")) {
        bool ok = false;
        const qint64 port = p->toInteger(&ok);
        if (!ok || port <= 0 || port > 65535)
            return overrideError(p, Tr::tr("Probe port must be a number from 1 to 65535."));
        // A container port that is published elsewhere maps to its host port.
        const auto e = publishedFor(s, int(port));
        spec->port = e ? e->port : int(port);
        if (e)
            spec->host = e->host;
    }
    if (const YamlNodePtr h = probe->get(u"host"))
        spec->host = h->value;
    if (const YamlNodePtr p = probe->get(u"path"))
        spec->path = p->value.startsWith(u'/') ? p->value : QString(u'/' + p->value);
    if (const YamlNodePtr x = probe->get(u"scheme"))
        spec->scheme = x->value.toLower();
    for (const auto key : {u"expect", u"workers"}) {
        if (const YamlNodePtr v = probe->get(key)) {
            bool ok = false;
            const qint64 n = v->toInteger(&ok);
            if (!ok || n < 0)
                return overrideError(v, Tr::tr("x-stackdeck.probe.%1 must be a whole number.").arg(QString::fromUtf16(key)));
            (QStringView(key) == u"expect" ? spec->expectStatus : spec->expectWorkers) = int(n);
        }
    }
    if (const YamlNodePtr t = probe->get(u"timeout")) {
        std::chrono::milliseconds d{};
        if (!ProbeFactory::parseDuration(t->value, &d) || d.count() <= 0)
            return overrideError(t, Tr::tr("Probe timeout \"%1\" is not a duration like 3s or 500ms.").arg(t->value));
        spec->deadline = d;
        spec->connectTimeout = std::min(spec->connectTimeout, d);
    }
    return std::nullopt;
}
} // namespace

QString ProbeFactory::imageName(const QString &image)
{
    QString name = image.section(u'@', 0, 0);          // digest
    name = name.section(u'/', -1);                      // registry and namespace
    name = name.section(u':', 0, 0);                    // tag
    return name.trimmed().toLower();
}

bool ProbeFactory::parseDuration(const QString &text, std::chrono::milliseconds *out)
{
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d+)?)(ms|us|h|m|s)?)"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    double total = 0;
    qsizetype pos = 0;
    while (pos < t.size()) {
        const auto m = part.match(t, pos, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return false;
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        if (unit.isEmpty() && m.capturedEnd() != t.size())
            return false; // a bare number must stand alone
        total += unit == u"ms" ? v : unit == u"us" ? v / 1000 : unit == u"m" ? v * 60000
                : unit == u"h" ? v * 3600000 : v * 1000;
        pos = m.capturedEnd();
    }
    *out = std::chrono::milliseconds(qint64(total));
    return true;
}

ProbeSpec ProbeFactory::infer(const ServiceSpec &s)
{
    ProbeSpec spec = inferNetwork(s);
    spec.containerHealthcheck = s.healthcheck && !s.healthcheck->disabled && !s.healthcheck->test.isEmpty()
                                && s.healthcheck->test.value(0).toUpper() != u"NONE";
    return spec;
}

ProbeSpec ProbeFactory::inferNetwork(const ServiceSpec &s)
{
    if (const auto known = knownImage(s)) {
        if (const auto e = publishedFor(s, known->second)) {
            return make(known->first, *e, {},
                        Tr::tr("Image %1: %2 probe on published port %3.")
                            .arg(imageName(s.image), probeKindName(known->first)).arg(e->port));
        }
    }
    const bool hasHealthcheck = s.healthcheck && !s.healthcheck->disabled && !s.healthcheck->test.isEmpty()
                                && s.healthcheck->test.value(0).toUpper() != u"NONE";
    if (hasHealthcheck) {
        // curl/wget http://localhost:PORT/PATH inside the container: probe the same path from the host.
        static const QRegularExpression url(QStringLiteral(
            R"((https?)://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d+))?(/[^\s'"|;&)]*)?)"));
        const auto m = url.match(s.healthcheck->test.join(u' '));
        if (m.hasMatch()) {
            const bool https = m.captured(1) == u"https";
            const int target = m.captured(2).isEmpty() ? (https ? 443 : 80) : m.captured(2).toInt();
            if (const auto e = publishedFor(s, target)) {
                ProbeSpec spec = make(Kind::Http, *e, m.captured(3).isEmpty() ? QStringLiteral("/") : m.captured(3),
                                      Tr::tr("Healthcheck URL %1 on published port %2.").arg(m.captured(0)).arg(e->port));
                spec.scheme = m.captured(1);
                return spec;
            }
        }
        ProbeSpec spec;
        spec.kind = Kind::Container;
        spec.reason = Tr::tr("The container's own health check.");
        return spec;
    }
    if (const auto e = firstPublished(s))
        return make(Kind::Tcp, *e, {}, Tr::tr("TCP connect to the first published port %1.").arg(e->port));
    ProbeSpec none;
    none.reason = Tr::tr("No published port and no health check: nothing to probe from the host.");
    return none;
}

Result<ProbeSpec> ProbeFactory::forService(const ServiceSpec &s)
{
    ProbeSpec spec = infer(s);
    const YamlNodePtr probe = s.extension && s.extension->isMap() ? s.extension->get(u"probe") : nullptr;
    if (!probe)
        return spec;
    ProbeSpec::Kind kind = spec.kind;
    if (probe->isScalar()) { // shorthand: "probe: tcp"
        if (!probeKindFromName(probe->value, &kind))
            return overrideError(probe, Tr::tr("Unknown probe kind \"%1\".").arg(probe->value));
        if (kind != spec.kind)
            spec.path.clear();
        spec.kind = kind;
    } else if (!probe->isMap()) {
        return overrideError(probe, Tr::tr("x-stackdeck.probe must be a mapping or a probe kind, not %1.")
                                        .arg(probe->kindName()));
    }
    if (probe->isMap()) {
        if (auto bad = applyMapping(s, probe, &spec))
            return *bad;
    }
    if (spec.kind != ProbeSpec::Kind::None && spec.kind != ProbeSpec::Kind::Container && spec.port <= 0) {
        if (const auto e = firstPublished(s)) {
            spec.host = e->host;
            spec.port = e->port;
        } else {
            return overrideError(probe, Tr::tr("The probe needs a port: the service publishes none."));
        }
    }
    spec.reason = Tr::tr("Set in x-stackdeck.");
    return spec;
}

QMap<QString, ProbeSpec> ProbeFactory::forServices(const QList<ServiceSpec> &services, QList<Error> *errors)
{
    int workers = 0;
    for (const auto &s : services) {
        if (isSparkWorker(s) && !isSparkMaster(s))
            workers += s.replicas.value_or(1);
    }
    QMap<QString, ProbeSpec> out;
    for (const auto &s : services) {
        Result<ProbeSpec> r = forService(s);
        if (!r.ok() && errors)
            errors->append(r.error());
        ProbeSpec spec = r.ok() ? r.value() : infer(s);
        if (spec.kind == Kind::SparkMaster && spec.expectWorkers == 0)
            spec.expectWorkers = workers;
        out.insert(s.name, spec);
    }
    return out;
}

} // namespace Stackdeck
