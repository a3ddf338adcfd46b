#pragma once

#include "models/health/httpreply.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// Blocking HTTP GET with libcurl under the spec's connect timeout, hard deadline and body cap.
// Call it off the GUI thread (the scheduler's pool does).
class HttpFetcher final
{
public:
    static HttpReply get(const ProbeSpec &spec);
};

} // namespace Stackdeck
