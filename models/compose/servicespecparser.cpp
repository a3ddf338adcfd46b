#include "models/compose/servicespecparser.h"

#include "models/compose/shortsyntax.h"

namespace Stackdeck {
namespace {

QString text(const YamlNodePtr &n)
{
    return n && n->isScalar() ? n->value : QString();
}

QString rawText(const YamlNodePtr &n)
{
    return n && n->isScalar() ? (n->raw.isEmpty() ? n->value : n->raw) : QString();
}

// A list of scalars, or a single scalar as a one-item list.
QStringList strings(const YamlNodePtr &n)
{
    QStringList out;
    if (!n)
        return out;
    if (n->isScalar())
        out.append(n->value);
    for (const YamlNodePtr &item : n->items) {
        if (item && item->isScalar())
            out.append(item->value);
    }
    return out;
}

// command/entrypoint: a list as is, a string split like a shell would.
QStringList commandLine(const YamlNodePtr &n)
{
    if (n && n->isScalar())
        return ShortSyntax::splitCommand(n->value);
    return strings(n);
}

// Names of a list form or the keys of a map form.
QStringList names(const YamlNodePtr &n)
{
    QStringList out;
    if (!n)
        return out;
    if (n->isSequence()) {
        for (const YamlNodePtr &item : n->items) {
            if (item && item->isScalar())
                out.append(item->value);
            else if (item && item->isMap() && !item->text(u"source").isEmpty())
                out.append(item->text(u"source"));
        }
    }
    for (const YamlPair &p : n->pairs) {
        if (p.key && p.key->isScalar())
            out.append(p.key->value);
    }
    return out;
}

QMap<QString, QString> keyValues(const YamlNodePtr &n)
{
    QMap<QString, QString> out;
    if (!n)
        return out;
    for (const YamlNodePtr &item : n->items) {
        const QString s = text(item);
        const qsizetype eq = s.indexOf(u'=');
        if (!s.isEmpty())
            out.insert(eq < 0 ? s : s.left(eq), eq < 0 ? QString() : s.mid(eq + 1));
    }
    for (const YamlPair &p : n->pairs) {
        if (p.key && p.key->isScalar())
            out.insert(p.key->value, text(p.value));
    }
    return out;
}

std::optional<int> integer(const YamlNodePtr &n)
{
    if (!n || !n->isScalar())
        return std::nullopt;
    bool ok = false;
    const qint64 v = n->value.toLongLong(&ok);
    if (!ok || v < 0 || v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(v);
}

} // namespace

QList<PortSpec> ServiceSpecParser::ports(const YamlNodePtr &node)
{
    QList<PortSpec> out;
    if (!node || !node->isSequence())
        return out;
    for (const YamlNodePtr &item : node->items) {
        if (!item)
            continue;
        if (item->isScalar()) {
            const auto p = ShortSyntax::parsePort(item->value);
            if (!p)
                continue;
            out.append(PortSpec{p->hostIp, p->published, p->target, p->protocol, false, item->location});
        } else if (item->isMap()) {
            PortSpec spec;
            spec.longSyntax = true;
            spec.location = item->location;
            spec.target = item->text(u"target");
            spec.published = item->text(u"published");
            spec.hostIp = item->text(u"host_ip");
            spec.protocol = item->text(u"protocol", QStringLiteral("tcp"));
            if (!spec.target.isEmpty())
                out.append(spec);
        }
    }
    return out;
}

QList<EnvVar> ServiceSpecParser::environment(const YamlNodePtr &node)
{
    QList<EnvVar> out;
    if (!node)
        return out;
    for (const YamlNodePtr &item : node->items) {
        if (!item || !item->isScalar() || item->value.isEmpty())
            continue;
        EnvVar v;
        v.location = item->location;
        const qsizetype eq = item->value.indexOf(u'=');
        v.name = eq < 0 ? item->value : item->value.left(eq);
        v.hasValue = eq >= 0;
        v.value = eq < 0 ? QString() : item->value.mid(eq + 1);
        const QString raw = rawText(item);
        const qsizetype rawEq = raw.indexOf(u'=');
        v.raw = rawEq < 0 ? v.value : raw.mid(rawEq + 1);
        out.append(v);
    }
    for (const YamlPair &p : node->pairs) {
        if (!p.key || !p.key->isScalar())
            continue;
        EnvVar v;
        v.name = p.key->value;
        v.location = p.key->location;
        v.hasValue = p.value && !p.value->isNull() && p.value->isScalar();
        v.value = text(p.value);
        v.raw = v.hasValue ? rawText(p.value) : QString();
        out.append(v);
    }
    return out;
}

QList<VolumeMount> ServiceSpecParser::volumes(const YamlNodePtr &node)
{
    QList<VolumeMount> out;
    if (!node || !node->isSequence())
        return out;
    for (const YamlNodePtr &item : node->items) {
        if (item && item->isScalar()) {
            const auto v = ShortSyntax::parseVolume(item->value);
            if (v)
                out.append(VolumeMount{v->type, v->source, v->target, v->readOnly, item->location});
        } else if (item && item->isMap()) {
            VolumeMount m;
            m.type = item->text(u"type", QStringLiteral("volume"));
            m.source = item->text(u"source");
            m.target = item->text(u"target");
            const YamlNodePtr ro = item->get(u"read_only");
            m.readOnly = ro && ro->toBool();
            m.location = item->location;
            out.append(m);
        }
    }
    return out;
}

QList<Dependency> ServiceSpecParser::dependsOn(const YamlNodePtr &node)
{
    QList<Dependency> out;
    if (!node)
        return out;
    for (const YamlNodePtr &item : node->items) {
        if (item && item->isScalar()) {
            Dependency d;
            d.service = item->value;
            d.location = item->location;
            out.append(d);
        }
    }
    for (const YamlPair &p : node->pairs) {
        if (!p.key || !p.key->isScalar())
            continue;
        Dependency d;
        d.service = p.key->value;
        d.location = p.key->location;
        if (p.value && p.value->isMap()) {
            d.condition = p.value->text(u"condition", d.condition);
            if (const YamlNodePtr r = p.value->get(u"required"); r && r->isBool())
                d.required = r->toBool();
            if (const YamlNodePtr r = p.value->get(u"restart"); r && r->isBool())
                d.restart = r->toBool();
        }
        out.append(d);
    }
    return out;
}

std::optional<Healthcheck> ServiceSpecParser::healthcheck(const YamlNodePtr &node)
{
    if (!node || !node->isMap())
        return std::nullopt;
    Healthcheck h;
    h.location = node->location;
    const YamlNodePtr test = node->get(u"test");
    if (test && test->isScalar())
        h.test = QStringList{QStringLiteral("CMD-SHELL"), test->value};
    else
        h.test = strings(test);
    h.interval = node->text(u"interval");
    h.timeout = node->text(u"timeout");
    h.startPeriod = node->text(u"start_period");
    h.startInterval = node->text(u"start_interval");
    h.retries = integer(node->get(u"retries"));
    const YamlNodePtr disable = node->get(u"disable");
    h.disabled = (disable && disable->toBool()) || (!h.test.isEmpty() && h.test.first() == QLatin1String("NONE"));
    return h;
}

ResourceSpec ServiceSpecParser::resources(const YamlNodePtr &node)
{
    ResourceSpec r;
    if (!node || !node->isMap())
        return r;
    if (const YamlNodePtr cpus = node->get(u"cpus"); cpus && cpus->isScalar()) {
        r.cpus = cpus->value;
        r.cpusLocation = cpus->location;
    }
    if (const YamlNodePtr mem = node->get(u"memory"); mem && mem->isScalar()) {
        r.memory = mem->value;
        r.memoryLocation = mem->location;
    }
    if (const YamlNodePtr pids = node->get(u"pids"); pids && pids->isInteger())
        r.pids = pids->toInteger();
    return r;
}

ServiceSpec ServiceSpecParser::parse(const YamlPair &service)
{
    ServiceSpec s;
    s.name = text(service.key);
    s.location = service.key ? service.key->location : SourceLocation();
    s.node = service.value;
    const YamlNodePtr n = service.value;
    if (!n || !n->isMap())
        return s;
    s.image = n->text(u"image");
    if (const YamlNodePtr build = n->get(u"build")) {
        if (build->isScalar())
            s.buildContext = build->value;
        else if (build->isMap())
            s.buildContext = build->text(u"context", QStringLiteral("."));
    }
    s.command = commandLine(n->get(u"command"));
    s.entrypoint = commandLine(n->get(u"entrypoint"));
    s.ports = ports(n->get(u"ports"));
    s.expose = strings(n->get(u"expose"));
    s.environment = environment(n->get(u"environment"));
    if (const YamlNodePtr envFiles = n->get(u"env_file")) {
        s.envFiles = strings(envFiles);
        for (const YamlNodePtr &item : envFiles->items) {
            if (item && item->isMap() && !item->text(u"path").isEmpty())
                s.envFiles.append(item->text(u"path"));
        }
    }
    s.volumes = volumes(n->get(u"volumes"));
    s.networks = names(n->get(u"networks"));
    s.dependsOn = dependsOn(n->get(u"depends_on"));
    s.healthcheck = healthcheck(n->get(u"healthcheck"));
    s.restart = n->text(u"restart");
    if (const YamlNodePtr deploy = n->get(u"deploy"); deploy && deploy->isMap()) {
        s.replicas = integer(deploy->get(u"replicas"));
        if (const YamlNodePtr res = deploy->get(u"resources"); res && res->isMap()) {
            s.limits = resources(res->get(u"limits"));
            s.reservations = resources(res->get(u"reservations"));
        }
    }
    if (!s.replicas)
        s.replicas = integer(n->get(u"scale"));
    s.memLimit = n->text(u"mem_limit");
    s.cpusLegacy = n->text(u"cpus");
    if (const YamlNodePtr logging = n->get(u"logging"); logging && logging->isMap()) {
        s.logging.driver = logging->text(u"driver");
        s.logging.options = keyValues(logging->get(u"options"));
        s.logging.location = logging->location;
    }
    s.user = n->text(u"user");
    if (const YamlNodePtr ro = n->get(u"read_only"))
        s.readOnly = ro->toBool();
    s.securityOpt = strings(n->get(u"security_opt"));
    s.capDrop = strings(n->get(u"cap_drop"));
    s.capAdd = strings(n->get(u"cap_add"));
    s.secrets = names(n->get(u"secrets"));
    s.configs = names(n->get(u"configs"));
    s.labels = keyValues(n->get(u"labels"));
    s.profiles = strings(n->get(u"profiles"));
    if (const YamlNodePtr x = n->get(u"x-stackdeck"); x && x->isMap())
        s.extension = x;
    return s;
}

} // namespace Stackdeck
