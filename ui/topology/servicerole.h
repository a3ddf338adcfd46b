#pragma once

#include "models/compose/servicespec.h"

#include <QString>

namespace Stackdeck {

enum class ServiceRole : quint8 { Spark, Apps, Data, Monitoring, Proxy };

// Which group a service is drawn in: x-stackdeck.role wins, then a role label, then the image name.
class ServiceRoles final
{
public:
    static ServiceRole infer(const ServiceSpec &spec);
    // "spark", "apps", "data", "monitoring", "proxy", or nullopt for an unknown word.
    static std::optional<ServiceRole> fromKey(QStringView key);
    static QString key(ServiceRole role);
    // Translated group title shown above the region.
    static QString title(ServiceRole role);
};

} // namespace Stackdeck
