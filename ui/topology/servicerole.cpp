#include "ui/topology/servicerole.h"

#include "models/core/yamlnode.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

bool containsAny(const QString &text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

std::optional<ServiceRole> ServiceRoles::fromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == u"spark"_s)
        return ServiceRole::Spark;
    if (k == u"apps"_s || k == u"app"_s || k == u"application"_s)
        return ServiceRole::Apps;
    if (k == u"data"_s || k == u"database"_s || k == u"storage"_s)
        return ServiceRole::Data;
    if (k == u"monitoring"_s || k == u"observability"_s)
        return ServiceRole::Monitoring;
    if (k == u"proxy"_s || k == u"gateway"_s || k == u"ingress"_s)
        return ServiceRole::Proxy;
    return std::nullopt;
}

ServiceRole ServiceRoles::infer(const ServiceSpec &spec)
{
    if (spec.extension && spec.extension->isMap()) {
        if (auto role = fromKey(spec.extension->text(u"role")))
            return *role;
    }
    for (const QString &label : {u"stackdeck.role"_s, u"com.stackdeck.role"_s, u"role"_s}) {
        if (auto role = fromKey(spec.labels.value(label)))
            return *role;
    }
    // Only the repository part: a tag like "postgres-compat" must not decide the role.
    const QString image = spec.image.isEmpty() ? spec.name : spec.image.section(u':', 0, 0);
    if (containsAny(image, {u"spark", u"bitnami/spark"}))
        return ServiceRole::Spark;
    if (containsAny(image, {u"postgres", u"mysql", u"mariadb", u"redis", u"valkey", u"mongo", u"cassandra",
                            u"clickhouse", u"minio", u"kafka", u"zookeeper", u"elasticsearch", u"opensearch"}))
        return ServiceRole::Data;
    if (containsAny(image, {u"prometheus", u"grafana", u"loki", u"alertmanager", u"exporter", u"cadvisor",
                            u"jaeger", u"tempo", u"otel", u"promtail"}))
        return ServiceRole::Monitoring;
    if (containsAny(image, {u"nginx", u"traefik", u"haproxy", u"envoy", u"caddy", u"httpd"}))
        return ServiceRole::Proxy;
    return ServiceRole::Apps;
}

QString ServiceRoles::key(ServiceRole role)
{
    static const std::array<QString, 5> keys = {u"spark"_s, u"apps"_s, u"data"_s, u"monitoring"_s, u"proxy"_s};
    return keys.at(static_cast<size_t>(role));
}

QString ServiceRoles::title(ServiceRole role)
{
    switch (role) {
    case ServiceRole::Spark: return QCoreApplication::translate("Stackdeck::ServiceRoles", "Spark");
    case ServiceRole::Apps: return QCoreApplication::translate("Stackdeck::ServiceRoles", "Apps");
    case ServiceRole::Data: return QCoreApplication::translate("Stackdeck::ServiceRoles", "Data");
    case ServiceRole::Monitoring: return QCoreApplication::translate("Stackdeck::ServiceRoles", "Monitoring");
    case ServiceRole::Proxy: return QCoreApplication::translate("Stackdeck::ServiceRoles", "Proxy");
    }
    return {};
}

} // namespace Stackdeck
