#pragma once

#include "models/health/httpreply.h"
#include "models/health/proberesult.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// Grafana: GET /api/health, {"database": "ok"|"failing", "version"?, "commit"?}; 503 when the DB fails.
class GrafanaProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    static ProbeResult interpret(const ProbeSpec &spec, const HttpReply &reply);
};

} // namespace Stackdeck
