#pragma once

#include "models/compose/servicespec.h"

namespace Stackdeck {

// Builds the typed view of one effective service; values of the wrong type are skipped, never fatal.
class ServiceSpecParser final
{
public:
    static ServiceSpec parse(const YamlPair &service);

    static QList<PortSpec> ports(const YamlNodePtr &node);
    static QList<EnvVar> environment(const YamlNodePtr &node);
    static QList<VolumeMount> volumes(const YamlNodePtr &node);
    static QList<Dependency> dependsOn(const YamlNodePtr &node);
    static std::optional<Healthcheck> healthcheck(const YamlNodePtr &node);
    static ResourceSpec resources(const YamlNodePtr &node);
};

} // namespace Stackdeck
