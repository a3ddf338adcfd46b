#include "ui/gauges/servicelimits.h"

#include "models/core/quantity.h"
#include "ui/gauges/gaugelogging.h"

namespace Stackdeck {

ServiceLimits ServiceLimits::fromSpec(const ServiceSpec &spec)
{
    ServiceLimits limits;
    limits.replicas = qMax(0, spec.replicas.value_or(1));
    const QString cpus = spec.limits.cpus.isEmpty() ? spec.cpusLegacy : spec.limits.cpus;
    if (!cpus.isEmpty()) {
        if (const Result<qint64> millis = Quantity::parseCpus(cpus); millis.ok() && *millis > 0)
            limits.cpus = double(*millis) / 1000.0;
        else
            qCDebug(lcGauges) << "service" << spec.name << "has an unreadable cpus limit" << cpus;
    }
    const QString memory = spec.limits.memory.isEmpty() ? spec.memLimit : spec.limits.memory;
    if (!memory.isEmpty()) {
        if (const Result<qint64> bytes = Quantity::parseMemory(memory); bytes.ok() && *bytes > 0)
            limits.memory = *bytes;
        else
            qCDebug(lcGauges) << "service" << spec.name << "has an unreadable memory limit" << memory;
    }
    return limits;
}

} // namespace Stackdeck
