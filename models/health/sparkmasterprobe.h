#pragma once

#include "models/health/httpreply.h"
#include "models/health/proberesult.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// Spark standalone master: GET /json; alive workers against expected, cores and memory, apps, status.
// Optional fields (aliveworkers, resources, completeddrivers) are missing on older releases.
class SparkMasterProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    static ProbeResult interpret(const ProbeSpec &spec, const HttpReply &reply);
};

} // namespace Stackdeck
