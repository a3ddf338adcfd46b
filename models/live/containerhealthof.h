#pragma once

#include "models/docker/containerinfo.h"
#include "models/health/containerhealth.h"

namespace Stackdeck {

// The engine's view of one container as the health room reads it; `status` and LiveStack share this one copy.
ContainerHealth containerHealthOf(const ContainerInfo &info);

} // namespace Stackdeck
