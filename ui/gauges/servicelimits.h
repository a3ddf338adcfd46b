#pragma once

#include "models/compose/servicespec.h"

#include <QtGlobal>

#include <optional>

namespace Stackdeck {

// The limits a service declares per replica: deploy.resources.limits, else the legacy cpus / mem_limit.
struct ServiceLimits
{
    std::optional<double> cpus;   // cores per replica
    std::optional<qint64> memory; // bytes per replica
    int replicas = 1;             // deploy.replicas or scale

    // Unparsable or zero values count as "no limit"; the validator reports them.
    static ServiceLimits fromSpec(const ServiceSpec &spec);

    friend bool operator==(const ServiceLimits &, const ServiceLimits &) = default;
};

} // namespace Stackdeck
