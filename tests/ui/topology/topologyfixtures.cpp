#include "topologyfixtures.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Stackdeck::TopologyFixtures {

namespace {

ServiceSpec service(const QString &name, const QString &image, const QStringList &networks, const QString &cpus,
                    const QString &memory)
{
    ServiceSpec spec;
    spec.name = name;
    spec.image = image;
    spec.networks = networks;
    spec.limits.cpus = cpus;
    spec.limits.memory = memory;
    return spec;
}

void publish(ServiceSpec &spec, const QString &published, const QString &target)
{
    PortSpec port;
    port.hostIp = u"127.0.0.1"_s;
    port.published = published;
    port.target = target;
    spec.ports.append(port);
}

void dependOn(ServiceSpec &spec, const QString &other, const QString &condition)
{
    Dependency dep;
    dep.service = other;
    dep.condition = condition;
    spec.dependsOn.append(dep);
}

} // namespace

QList<ServiceSpec> demoStack()
{
    const QString healthy = u"service_healthy"_s;
    const QString started = u"service_started"_s;
    QList<ServiceSpec> s;

    ServiceSpec master = service(u"spark-master"_s, u"apache/spark:3.5.1"_s, {u"backend"_s}, u"1"_s, u"2G"_s);
    publish(master, u"8081"_s, u"8080"_s);
    s.append(master);
    for (const QString &name : {u"spark-worker-1"_s, u"spark-worker-2"_s}) {
        ServiceSpec worker = service(name, u"apache/spark:3.5.1"_s, {u"backend"_s}, u"2"_s, u"3G"_s);
        dependOn(worker, u"spark-master"_s, healthy);
        s.append(worker);
    }
    ServiceSpec fastapi = service(u"fastapi"_s, u"stackdeck-demo/fastapi:0.1"_s,
                                  {u"frontend"_s, u"backend"_s, u"data"_s}, u"1"_s, u"1G"_s);
    dependOn(fastapi, u"postgres"_s, healthy);
    dependOn(fastapi, u"redis"_s, healthy);
    s.append(fastapi);
    ServiceSpec streamlit = service(u"streamlit"_s, u"stackdeck-demo/streamlit:0.1"_s, {u"frontend"_s}, u"0.5"_s, u"512M"_s);
    dependOn(streamlit, u"fastapi"_s, healthy);
    s.append(streamlit);
    ServiceSpec analytics = service(u"analytics"_s, u"stackdeck-demo/analytics:0.1"_s, {u"backend"_s, u"data"_s},
                                    u"1"_s, u"2G"_s);
    dependOn(analytics, u"postgres"_s, healthy);
    dependOn(analytics, u"redis"_s, healthy);
    dependOn(analytics, u"spark-master"_s, started);
    s.append(analytics);
    s.append(service(u"postgres"_s, u"postgres:16-alpine"_s, {u"data"_s}, u"1"_s, u"1G"_s));
    // No limits on redis here, so the card's "no limit" state shows up in the screenshot.
    s.append(service(u"redis"_s, u"redis:7-alpine"_s, {u"data"_s}, {}, {}));
    ServiceSpec prometheus = service(u"prometheus"_s, u"prom/prometheus:v2.53.0"_s, {u"monitoring"_s, u"backend"_s},
                                     u"0.5"_s, u"512M"_s);
    publish(prometheus, u"9090"_s, u"9090"_s);
    s.append(prometheus);
    ServiceSpec grafana = service(u"grafana"_s, u"grafana/grafana:11.1.0"_s, {u"monitoring"_s}, u"0.5"_s, u"512M"_s);
    publish(grafana, u"3000"_s, u"3000"_s);
    dependOn(grafana, u"prometheus"_s, healthy);
    s.append(grafana);
    ServiceSpec nginx = service(u"nginx"_s, u"nginxinc/nginx-unprivileged:1.27-alpine"_s, {u"frontend"_s}, u"0.5"_s,
                                u"128M"_s);
    publish(nginx, u"8080"_s, u"8080"_s);
    dependOn(nginx, u"fastapi"_s, healthy);
    dependOn(nginx, u"streamlit"_s, started);
    s.append(nginx);
    return s;
}

QHash<QString, ServiceLiveStatus> demoStatuses()
{
    using S = ServiceLiveStatus::State;
    using H = ServiceLiveStatus::Health;
    constexpr qint64 mib = 1024 * 1024;
    auto make = [](S state, H health, int running, std::optional<double> cpu, std::optional<qint64> mem,
                   const QString &cause = {}) {
        ServiceLiveStatus st;
        st.state = state;
        st.health = health;
        st.replicasRunning = running;
        st.cpuPercent = cpu;
        st.memoryUsed = mem;
        st.cause = cause;
        return st;
    };
    QHash<QString, ServiceLiveStatus> h;
    h.insert(u"spark-master"_s, make(S::Running, H::Healthy, 1, 12.0, 610 * mib));
    h.insert(u"spark-worker-1"_s, make(S::Running, H::None, 1, 143.0, 2600 * mib));
    h.insert(u"spark-worker-2"_s, make(S::Restarting, H::Unknown, 0, std::nullopt, std::nullopt,
                                      u"OOM killed, restarting (3×)"_s));
    h.insert(u"postgres"_s, make(S::Exited, H::Unknown, 0, std::nullopt, std::nullopt,
                                 u"exited with code 1"_s));
    h.insert(u"redis"_s, make(S::Running, H::Healthy, 1, 1.5, 9 * mib));
    h.insert(u"fastapi"_s, make(S::Running, H::Unhealthy, 1, 3.0, 180 * mib,
                                u"postgres is down"_s));
    h.insert(u"analytics"_s, make(S::Created, H::Unknown, 0, std::nullopt, std::nullopt,
                                  u"waiting: postgres is down"_s));
    h.insert(u"streamlit"_s, make(S::Running, H::Degraded, 1, 4.0, 220 * mib));
    h.insert(u"prometheus"_s, make(S::Running, H::Healthy, 1, 6.0, 300 * mib));
    h.insert(u"grafana"_s, make(S::Running, H::Starting, 1, 22.0, 140 * mib));
    h.insert(u"nginx"_s, make(S::Running, H::Healthy, 1, 0.4, 12 * mib));
    return h;
}

QList<ServiceSpec> generatedStack(int count, int networks, quint32 seed)
{
    static const QStringList images = {u"apache/spark:3.5.1"_s, u"example/api:1.0"_s, u"postgres:16"_s,
                                       u"redis:7"_s, u"prom/prometheus:v2"_s, u"nginx:1.27"_s};
    QRandomGenerator rng(seed);
    QList<ServiceSpec> s;
    for (int i = 0; i < count; ++i) {
        ServiceSpec spec = service(u"svc-%1"_s.arg(i, 3, 10, QChar(u'0')), images.at(int(rng.bounded(images.size()))),
                                   {u"net-%1"_s.arg(rng.bounded(networks))}, u"1"_s, u"512M"_s);
        if (rng.bounded(3) == 0)
            publish(spec, QString::number(8000 + i), u"80"_s);
        const int deps = i == 0 ? 0 : int(rng.bounded(3));
        for (int d = 0; d < deps; ++d) {
            const QString other = u"svc-%1"_s.arg(rng.bounded(i), 3, 10, QChar(u'0'));
            bool seen = false;
            for (const Dependency &dep : spec.dependsOn)
                seen = seen || dep.service == other;
            if (!seen)
                dependOn(spec, other, rng.bounded(2) ? u"service_healthy"_s : u"service_started"_s);
        }
        s.append(spec);
    }
    return s;
}

} // namespace Stackdeck::TopologyFixtures
