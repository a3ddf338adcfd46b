#pragma once

#include "models/health/proberesult.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// Runs one network probe to completion, blocking, within the spec's hard deadline; call off the GUI thread.
// Container probes are not run here: their state comes from the engine (ContainerHealthProbe).
class ProbeRunner final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
};

} // namespace Stackdeck
