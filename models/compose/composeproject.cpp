#include "models/compose/composeproject.h"

namespace Stackdeck {

const ServiceSpec *ComposeProject::service(const QString &serviceName) const
{
    for (const ServiceSpec &s : services) {
        if (s.name == serviceName)
            return &s;
    }
    return nullptr;
}

} // namespace Stackdeck
