#pragma once

#include "models/health/httpreply.h"
#include "models/health/proberesult.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// Prometheus readiness: GET /-/ready is 200 once the TSDB is loaded, 503 before (or while stopping).
class PrometheusProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    static ProbeResult interpret(const ProbeSpec &spec, const HttpReply &reply);
};

} // namespace Stackdeck
