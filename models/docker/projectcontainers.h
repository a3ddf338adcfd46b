#pragma once

#include "models/docker/containersummary.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace Stackdeck {

// A project's containers sorted onto the model's services: replicas, one-off runs, orphans.
struct ProjectContainers
{
    QMap<QString, QList<ContainerSummary>> services; // every known service, replicas by container-number
    QList<ContainerSummary> oneOffs;                 // `compose run` containers of known services
    QList<ContainerSummary> orphans;                 // containers of services not in the list

    static ProjectContainers map(const QList<ContainerSummary> &containers, const QStringList &serviceNames);
};

} // namespace Stackdeck
