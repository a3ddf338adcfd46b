#include "models/editor/valueskey.h"

#include <QCoreApplication>

namespace Stackdeck {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ValuesKey)
};

QList<ValuesKey> buildTable()
{
    using T = ValuesKey::Type;
    const QString executor = Tr::tr("Executors");
    const QString dynamic = Tr::tr("Dynamic allocation");
    const QString autoscaling = Tr::tr("Autoscaling");
    const QString monitoring = Tr::tr("Monitoring");
    const QString iceberg = Tr::tr("Iceberg catalog");
    return {
        {QStringLiteral("connect.executor.instances"), executor, Tr::tr("Instances"), T::Integer, {}, false},
        {QStringLiteral("connect.executor.cores"), executor, Tr::tr("Cores"), T::Integer, {}, false},
        {QStringLiteral("connect.executor.memory"), executor, Tr::tr("Memory"), T::Memory, {}, false},
        {QStringLiteral("connect.executor.memoryLimit"), executor, Tr::tr("Memory limit"), T::Memory, {}, false},
        {QStringLiteral("connect.dynamicAllocation.enabled"), dynamic, Tr::tr("Enabled"), T::Bool, {}, false},
        {QStringLiteral("connect.dynamicAllocation.minExecutors"), dynamic, Tr::tr("Min executors"), T::Integer, {}, false},
        {QStringLiteral("connect.dynamicAllocation.maxExecutors"), dynamic, Tr::tr("Max executors"), T::Integer, {}, false},
        {QStringLiteral("autoscaling.clusterAutoscaler.enabled"), autoscaling, Tr::tr("Cluster autoscaler"), T::Bool, {}, true},
        {QStringLiteral("autoscaling.keda.enabled"), autoscaling, Tr::tr("KEDA"), T::Bool, {}, true},
        {QStringLiteral("autoscaling.keda.maxReplicaCount"), autoscaling, Tr::tr("KEDA max replicas"), T::Integer, {}, true},
        {QStringLiteral("monitoring.serviceMonitor.enabled"), monitoring, Tr::tr("Prometheus ServiceMonitor"), T::Bool, {}, false},
        {QStringLiteral("monitoring.podMonitor.enabled"), monitoring, Tr::tr("Prometheus PodMonitor"), T::Bool, {}, false},
        {QStringLiteral("features.iceberg.enabled"), iceberg, Tr::tr("Enabled"), T::Bool, {}, false},
        {QStringLiteral("features.iceberg.catalogType"), iceberg, Tr::tr("Catalog type"), T::Choice,
         {QStringLiteral("hadoop"), QStringLiteral("hive"), QStringLiteral("rest")}, false},
        {QStringLiteral("features.iceberg.restCatalogUri"), iceberg, Tr::tr("Catalog URI"), T::String, {}, false},
        {QStringLiteral("features.iceberg.warehouse"), iceberg, Tr::tr("Warehouse"), T::String, {}, false},
    };
}

} // namespace

const QList<ValuesKey> &ValuesKey::common()
{
    static const QList<ValuesKey> table = buildTable();
    return table;
}

const ValuesKey *ValuesKey::find(const QString &key)
{
    for (const ValuesKey &k : common()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

QString ValuesKey::typeName(Type type)
{
    switch (type) {
    case Type::Integer: return Tr::tr("a whole number such as 4");
    case Type::Bool: return Tr::tr("true or false");
    case Type::Memory: return Tr::tr("a memory quantity such as 512Mi or 4Gi");
    case Type::Cpu: return Tr::tr("a CPU quantity such as 500m or 2");
    case Type::String: return Tr::tr("text");
    case Type::Choice: return Tr::tr("one of the listed choices");
    }
    return QString();
}

} // namespace Stackdeck
