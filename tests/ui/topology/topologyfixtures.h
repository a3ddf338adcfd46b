#pragma once

#include "models/compose/servicespec.h"
#include "models/live/servicelivestatus.h"

#include <QHash>

namespace Stackdeck::TopologyFixtures {

// The demo stack's structure (Spark master + 2 workers, apps, data, monitoring, nginx), built by hand.
QList<ServiceSpec> demoStack();
// A plausible live moment of the demo stack: mostly healthy, postgres down and its dependents blocked.
QHash<QString, ServiceLiveStatus> demoStatuses();
// `count` services with a random depends_on DAG (edges only to lower indices) over `networks` networks.
QList<ServiceSpec> generatedStack(int count, int networks, quint32 seed);

} // namespace Stackdeck::TopologyFixtures
