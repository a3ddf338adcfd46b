#include "models/validate/resourcerules.h"

#include "models/core/quantity.h"
#include "models/validate/machineinfo.h"

#include <limits>

namespace Stackdeck {

namespace {

using Rules::join;
using Rules::Tr;

enum class Kind { Cpus, Memory };

// A parsed quantity and where it was written; value < 0 when absent or invalid.
struct Amount
{
    qint64 value = -1;
    const YamlNode *node = nullptr;
    QString path;
    bool set() const { return value > 0; } // 0 means "no limit" to docker
};

QString format(Kind kind, qint64 value)
{
    return kind == Kind::Cpus ? Tr::tr("%1 CPUs").arg(Quantity::formatMillicpus(value)) : Quantity::formatBytes(value);
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

qint64 saturatingMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    return __builtin_mul_overflow(a, b, &r) ? std::numeric_limits<qint64>::max() : r;
}

class Checker final
{
public:
    explicit Checker(const RuleContext &context) : m_context(context)
    {
        const ValidationOptions &o = context.options();
        m_machineCpus = qint64(o.machineCpus > 0 ? o.machineCpus : MachineInfo::cpus()) * 1000;
        m_machineMemory = o.machineMemoryBytes > 0 ? o.machineMemoryBytes : MachineInfo::memoryBytes();
    }

    void run()
    {
        const YamlNode *services = m_context.services();
        if (!services)
            return;
        for (const YamlPair &pair : services->pairs) {
            if (pair.key && pair.value && pair.value->isMap())
                service(*pair.value, join(QStringLiteral("services"), pair.key->value));
        }
        const YamlPair *servicesPair = m_context.root()->pair(u"services");
        const SourceLocation where = servicesPair->key->location;
        if (m_machineCpus > 0 && m_totalCpus > m_machineCpus)
            m_context.add(Severity::Warning, where, QStringLiteral("services"),
                          QStringLiteral("resources.stack-exceeds-machine"),
                          Tr::tr("the services' CPU limits add up to %1, more than this machine's %2")
                              .arg(format(Kind::Cpus, m_totalCpus), format(Kind::Cpus, m_machineCpus)),
                          Tr::tr("lower deploy.resources.limits.cpus or the replicas, or run on a larger machine"));
        if (m_machineMemory > 0 && m_totalMemory > m_machineMemory)
            m_context.add(Severity::Warning, where, QStringLiteral("services"),
                          QStringLiteral("resources.stack-exceeds-machine"),
                          Tr::tr("the services' memory limits add up to %1, more than this machine's %2")
                              .arg(format(Kind::Memory, m_totalMemory), format(Kind::Memory, m_machineMemory)),
                          Tr::tr("lower deploy.resources.limits.memory or the replicas, or run on a larger machine"));
    }

private:
    Amount parse(const YamlNodePtr &parent, QStringView key, const QString &parentPath, Kind kind)
    {
        Amount amount;
        if (!parent || !parent->isMap())
            return amount;
        const YamlNodePtr node = parent->get(key);
        if (!node || !node->isScalar() || Rules::emptyFromVariable(*node))
            return amount; // absent, unset variable, or a wrong type the structure rules report
        amount.node = node.get();
        amount.path = join(parentPath, key.toString());
        const Result<qint64> r = kind == Kind::Cpus ? Quantity::parseCpus(node->value) : Quantity::parseMemory(node->value);
        if (!r) {
            m_context.add(Severity::Error, node->location, amount.path, QStringLiteral("resources.invalid"),
                          Tr::tr("%1: %2").arg(amount.path, r.error().message), r.error().hint);
            return amount;
        }
        amount.value = *r;
        return amount;
    }

    void service(const YamlNode &service, const QString &path)
    {
        const YamlNodePtr deploy = service.get(u"deploy");
        const QString deployPath = join(path, QStringLiteral("deploy"));
        const YamlNodePtr resources = deploy && deploy->isMap() ? deploy->get(u"resources") : YamlNodePtr();
        const QString resourcesPath = join(deployPath, QStringLiteral("resources"));
        const YamlNodePtr limits = resources && resources->isMap() ? resources->get(u"limits") : YamlNodePtr();
        const YamlNodePtr reservations = resources && resources->isMap() ? resources->get(u"reservations") : YamlNodePtr();
        const QString limitsPath = join(resourcesPath, QStringLiteral("limits"));
        const QString reservationsPath = join(resourcesPath, QStringLiteral("reservations"));
        const YamlNodePtr self = YamlNodePtr(YamlNodePtr(), &service); // non-owning view for parse()

        Amount cpuLimit = parse(limits, u"cpus", limitsPath, Kind::Cpus);
        const Amount legacyCpu = parse(self, u"cpus", path, Kind::Cpus);
        if (!cpuLimit.node)
            cpuLimit = legacyCpu;
        Amount memLimit = parse(limits, u"memory", limitsPath, Kind::Memory);
        const Amount legacyMem = parse(self, u"mem_limit", path, Kind::Memory);
        if (!memLimit.node)
            memLimit = legacyMem;
        const Amount cpuReservation = parse(reservations, u"cpus", reservationsPath, Kind::Cpus);
        Amount memReservation = parse(reservations, u"memory", reservationsPath, Kind::Memory);
        const Amount legacyMemReservation = parse(self, u"mem_reservation", path, Kind::Memory);
        if (!memReservation.node)
            memReservation = legacyMemReservation;

        exceeds(cpuReservation, cpuLimit, Kind::Cpus);
        exceeds(memReservation, memLimit, Kind::Memory);
        machine(cpuLimit, Kind::Cpus, m_machineCpus);
        machine(memLimit, Kind::Memory, m_machineMemory);

        qint64 replicas = 1;
        if (deploy && deploy->isMap()) {
            if (const YamlNodePtr r = deploy->get(u"replicas"); r && r->isScalar())
                replicas = std::max<qint64>(0, r->value.toLongLong());
        } else if (const YamlNodePtr scale = service.get(u"scale"); scale && scale->isScalar()) {
            replicas = std::max<qint64>(0, scale->value.toLongLong());
        }
        if (cpuLimit.set())
            m_totalCpus = saturatingAdd(m_totalCpus, saturatingMul(cpuLimit.value, replicas));
        if (memLimit.set())
            m_totalMemory = saturatingAdd(m_totalMemory, saturatingMul(memLimit.value, replicas));
    }

    void exceeds(const Amount &reservation, const Amount &limit, Kind kind)
    {
        if (!reservation.set() || !limit.set() || reservation.value <= limit.value)
            return;
        m_context.add(Severity::Error, reservation.node->location, reservation.path,
                      QStringLiteral("resources.reservation-exceeds-limit"),
                      Tr::tr("reservation %1 is more than the limit %2 (%3)")
                          .arg(format(kind, reservation.value), format(kind, limit.value), limit.path),
                      Tr::tr("lower the reservation to at most %1, or raise the limit").arg(format(kind, limit.value)));
    }

    void machine(const Amount &limit, Kind kind, qint64 available)
    {
        if (!limit.set() || available <= 0 || limit.value <= available)
            return;
        m_context.add(Severity::Warning, limit.node->location, limit.path, QStringLiteral("resources.exceeds-machine"),
                      Tr::tr("limit %1 is more than this machine has (%2)").arg(format(kind, limit.value), format(kind, available)),
                      Tr::tr("lower it to at most %1").arg(format(kind, available)));
    }

    const RuleContext &m_context;
    qint64 m_machineCpus = 0;
    qint64 m_machineMemory = 0;
    qint64 m_totalCpus = 0;
    qint64 m_totalMemory = 0;
};

} // namespace

void ResourceRules::check(const RuleContext &context)
{
    Checker(context).run();
}

} // namespace Stackdeck
