#include "models/docker/stacksnapshot.h"

namespace Stackdeck {

const ServiceSnapshot *StackSnapshot::service(const QString &name) const
{
    for (const ServiceSnapshot &s : services)
        if (s.name == name)
            return &s;
    return nullptr;
}

QList<ContainerInfo> StackSnapshot::allContainers() const
{
    QList<ContainerInfo> all;
    for (const ServiceSnapshot &s : services)
        all += s.containers;
    return all + oneOffs + orphans;
}

} // namespace Stackdeck
