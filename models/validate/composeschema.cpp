#include "models/validate/composeschema.h"

#include <QHash>

#include <iterator>

namespace Stackdeck {

namespace {

using Key = ComposeSchema::Key;
using Object = ComposeSchema::Object;
using Check = ComposeSchema::Check;
constexpr unsigned M = ComposeSchema::Map, L = ComposeSchema::List, S = ComposeSchema::Scalar,
                   I = ComposeSchema::Int, N = ComposeSchema::Number, B = ComposeSchema::Bool;

template<std::size_t n>
constexpr Object object(const char *what, const Key (&keys)[n])
{
    return Object{what, keys, int(n)};
}

constexpr Key kLimits[] = {{"cpus", N | S}, {"memory", S}, {"pids", I}};
constexpr Object oLimits = object("deploy.resources.limits", kLimits);
constexpr Key kReservations[] = {{"cpus", N | S}, {"memory", S}, {"generic_resources", L}, {"devices", L}};
constexpr Object oReservations = object("deploy.resources.reservations", kReservations);
constexpr Key kResources[] = {{"limits", M, &oLimits}, {"reservations", M, &oReservations}};
constexpr Object oResources = object("deploy.resources", kResources);
constexpr Key kRestartPolicy[] = {
    {"condition", S, nullptr, nullptr, nullptr, Check::Enum, "none|on-failure|any"},
    {"delay", S, nullptr, nullptr, nullptr, Check::Duration},
    {"max_attempts", I},
    {"window", S, nullptr, nullptr, nullptr, Check::Duration},
};
constexpr Object oRestartPolicy = object("deploy.restart_policy", kRestartPolicy);
constexpr Key kUpdateConfig[] = {
    {"parallelism", I}, {"delay", S, nullptr, nullptr, nullptr, Check::Duration},
    {"failure_action", S, nullptr, nullptr, nullptr, Check::Enum, "continue|rollback|pause"},
    {"monitor", S, nullptr, nullptr, nullptr, Check::Duration}, {"max_failure_ratio", N | S},
    {"order", S, nullptr, nullptr, nullptr, Check::Enum, "start-first|stop-first"},
};
constexpr Object oUpdateConfig = object("deploy.update_config", kUpdateConfig);
constexpr Key kPlacement[] = {{"constraints", L}, {"preferences", L}, {"max_replicas_per_node", I}};
constexpr Object oPlacement = object("deploy.placement", kPlacement);
constexpr Key kDeploy[] = {
    {"endpoint_mode", S, nullptr, nullptr, nullptr, Check::Enum, "vip|dnsrr"},
    {"labels", M | L},
    {"mode", S, nullptr, nullptr, nullptr, Check::Enum, "replicated|global|replicated-job|global-job"},
    {"placement", M, &oPlacement},
    {"replicas", I},
    {"resources", M, &oResources},
    {"restart_policy", M, &oRestartPolicy},
    {"rollback_config", M, &oUpdateConfig},
    {"update_config", M, &oUpdateConfig},
};
constexpr Object oDeploy = object("deploy", kDeploy);
constexpr Key kHealthcheck[] = {
    {"disable", B}, {"interval", S, nullptr, nullptr, nullptr, Check::Duration}, {"retries", I},
    {"start_interval", S, nullptr, nullptr, nullptr, Check::Duration},
    {"start_period", S, nullptr, nullptr, nullptr, Check::Duration}, {"test", S | L},
    {"timeout", S, nullptr, nullptr, nullptr, Check::Duration},
};
constexpr Object oHealthcheck = object("healthcheck", kHealthcheck);
constexpr Key kLogging[] = {{"driver", S}, {"options", M}};
constexpr Object oLogging = object("logging", kLogging);
constexpr Key kBuild[] = {
    {"additional_contexts", M | L}, {"args", M | L}, {"cache_from", L}, {"cache_to", L}, {"context", S},
    {"dockerfile", S}, {"dockerfile_inline", S}, {"entitlements", L}, {"extra_hosts", M | L},
    {"isolation", S}, {"labels", M | L}, {"network", S}, {"no_cache", B}, {"platforms", L},
    {"privileged", B}, {"provenance", S | B}, {"pull", B}, {"sbom", S | B}, {"secrets", L},
    {"shm_size", S}, {"ssh", M | L}, {"tags", L}, {"target", S}, {"ulimits", M},
};
constexpr Object oBuild = object("build", kBuild);
constexpr Key kDependency[] = {
    {"condition", S, nullptr, nullptr, nullptr, Check::Enum,
     "service_started|service_healthy|service_completed_successfully"},
    {"required", B}, {"restart", B},
};
constexpr Object oDependency = object("a depends_on entry", kDependency);
constexpr Key kPort[] = {
    {"app_protocol", S}, {"host_ip", S},
    {"mode", S, nullptr, nullptr, nullptr, Check::Enum, "host|ingress"}, {"name", S},
    {"protocol", S, nullptr, nullptr, nullptr, Check::Enum, "tcp|udp|sctp"}, {"published", S},
    {"target", S},
};
constexpr Object oPort = object("a port", kPort);
constexpr Key kBindOptions[] = {{"create_host_path", B}, {"propagation", S}, {"recursive", S}, {"selinux", S}};
constexpr Object oBindOptions = object("volume bind options", kBindOptions);
constexpr Key kVolumeOptions[] = {{"labels", M | L}, {"nocopy", B}, {"subpath", S}};
constexpr Object oVolumeOptions = object("volume options", kVolumeOptions);
constexpr Key kTmpfsOptions[] = {{"mode", S}, {"size", S}};
constexpr Object oTmpfsOptions = object("tmpfs options", kTmpfsOptions);
constexpr Key kImageOptions[] = {{"subpath", S}};
constexpr Object oImageOptions = object("image options", kImageOptions);
constexpr Key kMount[] = {
    {"bind", M, &oBindOptions}, {"consistency", S}, {"image", M, &oImageOptions}, {"read_only", B},
    {"source", S}, {"target", S}, {"tmpfs", M, &oTmpfsOptions},
    {"type", S, nullptr, nullptr, nullptr, Check::Enum, "bind|volume|tmpfs|cluster|npipe|image"},
    {"volume", M, &oVolumeOptions},
};
constexpr Object oMount = object("a volume", kMount);
constexpr Key kServiceNetwork[] = {
    {"aliases", L}, {"driver_opts", M}, {"gw_priority", I}, {"interface_name", S}, {"ipv4_address", S},
    {"ipv6_address", S}, {"link_local_ips", L}, {"mac_address", S}, {"priority", I},
};
constexpr Object oServiceNetwork = object("a service network", kServiceNetwork);
constexpr Key kFileReference[] = {{"source", S}, {"target", S}, {"uid", S}, {"gid", S}, {"mode", S}};
constexpr Object oFileReference = object("a secret or config reference", kFileReference);
constexpr Key kExtends[] = {{"file", S}, {"service", S}};
constexpr Object oExtends = object("extends", kExtends);

constexpr Key kService[] = {
    {"annotations", M | L}, {"attach", B}, {"blkio_config", M}, {"build", S | M, &oBuild},
    {"cap_add", L}, {"cap_drop", L}, {"cgroup", S, nullptr, nullptr, nullptr, Check::Enum, "host|private"},
    {"cgroup_parent", S}, {"command", S | L}, {"configs", L, nullptr, &oFileReference},
    {"container_name", S}, {"cpu_count", I}, {"cpu_percent", I}, {"cpu_period", I}, {"cpu_quota", I},
    {"cpu_rt_period", S}, {"cpu_rt_runtime", S}, {"cpu_shares", I}, {"cpus", N | S}, {"cpuset", S},
    {"credential_spec", M}, {"depends_on", L | M, nullptr, nullptr, &oDependency},
    {"deploy", M, &oDeploy}, {"develop", M}, {"device_cgroup_rules", L}, {"devices", L}, {"dns", S | L},
    {"dns_opt", L}, {"dns_search", S | L}, {"domainname", S}, {"entrypoint", S | L}, {"env_file", S | L},
    {"environment", M | L}, {"expose", L}, {"extends", S | M, &oExtends}, {"external_links", L},
    {"extra_hosts", M | L}, {"gpus", S | L}, {"group_add", L}, {"healthcheck", M, &oHealthcheck},
    {"hostname", S}, {"image", S}, {"init", B}, {"ipc", S}, {"isolation", S}, {"label_file", S | L},
    {"labels", M | L}, {"links", L}, {"logging", M, &oLogging}, {"mac_address", S}, {"mem_limit", S},
    {"mem_reservation", S}, {"mem_swappiness", I}, {"memswap_limit", S}, {"models", M | L},
    {"network_mode", S}, {"networks", L | M, nullptr, nullptr, &oServiceNetwork}, {"oom_kill_disable", B},
    {"oom_score_adj", I}, {"pid", S}, {"pids_limit", I}, {"platform", S}, {"ports", L, nullptr, &oPort},
    {"post_start", L}, {"pre_stop", L}, {"privileged", B}, {"profiles", L}, {"provider", M},
    {"pull_policy", S, nullptr, nullptr, nullptr, Check::PullPolicy}, {"pull_refresh_after", S},
    {"read_only", B}, {"restart", S, nullptr, nullptr, nullptr, Check::Restart}, {"runtime", S},
    {"scale", I}, {"secrets", L, nullptr, &oFileReference}, {"security_opt", L}, {"shm_size", S},
    {"stdin_open", B}, {"stop_grace_period", S, nullptr, nullptr, nullptr, Check::Duration},
    {"stop_signal", S}, {"storage_opt", M}, {"sysctls", M | L}, {"tmpfs", S | L}, {"tty", B},
    {"ulimits", M}, {"use_api_socket", B}, {"user", S}, {"userns_mode", S}, {"uts", S},
    {"volumes", L, nullptr, &oMount}, {"volumes_from", L}, {"working_dir", S},
};
constexpr Object oService = object("a service", kService);

constexpr Key kIpam[] = {{"config", L}, {"driver", S}, {"options", M}};
constexpr Object oIpam = object("ipam", kIpam);
constexpr Key kNetwork[] = {
    {"attachable", B}, {"driver", S}, {"driver_opts", M}, {"enable_ipv4", B}, {"enable_ipv6", B},
    {"external", B | M}, {"internal", B}, {"ipam", M, &oIpam}, {"labels", M | L}, {"name", S},
};
constexpr Object oNetwork = object("a network", kNetwork);
constexpr Key kVolume[] = {{"driver", S}, {"driver_opts", M}, {"external", B | M}, {"labels", M | L}, {"name", S}};
constexpr Object oVolume = object("a volume", kVolume);
constexpr Key kSecret[] = {
    {"driver", S}, {"driver_opts", M}, {"environment", S}, {"external", B | M}, {"file", S},
    {"labels", M | L}, {"name", S}, {"template_driver", S},
};
constexpr Object oSecret = object("a secret", kSecret);
constexpr Key kConfig[] = {
    {"content", S}, {"environment", S}, {"external", B | M}, {"file", S}, {"labels", M | L}, {"name", S},
    {"template_driver", S},
};
constexpr Object oConfig = object("a config", kConfig);
constexpr Key kTop[] = {
    {"version", S}, {"name", S}, {"include", L}, {"services", M, nullptr, nullptr, &oService},
    {"models", M}, {"networks", M, nullptr, nullptr, &oNetwork}, {"volumes", M, nullptr, nullptr, &oVolume},
    {"secrets", M, nullptr, nullptr, &oSecret}, {"configs", M, nullptr, nullptr, &oConfig},
};
constexpr Object oTop = object("the top level", kTop);

using Index = QHash<QString, const Key *>;

// One hash per object, built once: the 1,000-service benchmark looks keys up ~20,000 times.
const Index &indexOf(const Object &object)
{
    static const QHash<const Object *, Index> all = [] {
        QHash<const Object *, Index> result;
        const Object *objects[] = {&oLimits, &oReservations, &oResources, &oRestartPolicy, &oUpdateConfig,
                                   &oPlacement, &oDeploy, &oHealthcheck, &oLogging, &oBuild, &oDependency,
                                   &oPort, &oBindOptions, &oVolumeOptions, &oTmpfsOptions, &oImageOptions,
                                   &oMount, &oServiceNetwork, &oFileReference, &oExtends, &oService, &oIpam,
                                   &oNetwork, &oVolume, &oSecret, &oConfig, &oTop};
        for (const Object *o : objects) {
            Index &index = result[o];
            for (int i = 0; i < o->count; ++i)
                index.insert(QString::fromLatin1(o->keys[i].name), &o->keys[i]);
        }
        return result;
    }();
    static const Index empty;
    const auto it = all.constFind(&object);
    return it == all.cend() ? empty : *it;
}

} // namespace

const ComposeSchema::Object &ComposeSchema::topLevel() { return oTop; }
const ComposeSchema::Object &ComposeSchema::service() { return oService; }

const ComposeSchema::Key *ComposeSchema::find(const Object &object, const QString &key)
{
    const Index &index = indexOf(object);
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : *it;
}

QStringList ComposeSchema::keyNames(const Object &object)
{
    QStringList names;
    names.reserve(object.count);
    for (int i = 0; i < object.count; ++i)
        names.append(QString::fromLatin1(object.keys[i].name));
    return names;
}

QStringList ComposeSchema::enumValues(const Key &key)
{
    return key.values ? QString::fromLatin1(key.values).split(QLatin1Char('|')) : QStringList();
}

QString ComposeSchema::describe(unsigned types)
{
    QStringList parts;
    if (types & Map)
        parts << QStringLiteral("a mapping");
    if (types & List)
        parts << QStringLiteral("a list");
    if (types & Scalar)
        parts << QStringLiteral("a string");
    else if (types & Number)
        parts << QStringLiteral("a number");
    else if (types & Int)
        parts << QStringLiteral("an integer");
    if (types & Bool)
        parts << QStringLiteral("true or false");
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace Stackdeck
