#include "models/docker/projectcontainers.h"

#include <algorithm>

namespace Stackdeck {

ProjectContainers ProjectContainers::map(const QList<ContainerSummary> &containers, const QStringList &serviceNames)
{
    ProjectContainers result;
    for (const QString &name : serviceNames)
        result.services.insert(name, {});
    for (const ContainerSummary &container : containers) {
        if (!serviceNames.contains(container.service))
            result.orphans.append(container);
        else if (container.oneOff)
            result.oneOffs.append(container);
        else
            result.services[container.service].append(container);
    }
    const auto byNumber = [](const ContainerSummary &a, const ContainerSummary &b) {
        return std::tie(a.service, a.containerNumber, a.name) < std::tie(b.service, b.containerNumber, b.name);
    };
    for (auto &replicas : result.services)
        std::sort(replicas.begin(), replicas.end(), byNumber);
    std::sort(result.oneOffs.begin(), result.oneOffs.end(), byNumber);
    std::sort(result.orphans.begin(), result.orphans.end(), byNumber);
    return result;
}

} // namespace Stackdeck
