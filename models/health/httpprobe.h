#pragma once

#include "models/health/httpreply.h"
#include "models/health/proberesult.h"
#include "models/health/probespec.h"

#include <QJsonObject>

namespace Stackdeck {

// Generic HTTP probe: status code, and the JSON health body ({"status": healthy|degraded|unhealthy, ...}).
class HttpProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    // Verdict for a reply that arrived (any status); pure, for tests.
    static ProbeResult interpret(const ProbeSpec &spec, const HttpReply &reply);
    // Verdict for a reply that failed in transport (refused, timeout, TLS, garbage, too large).
    static ProbeResult transportFailure(const ProbeSpec &spec, const HttpReply &reply);
    // Parses a JSON object body; false when the body is not one.
    static bool parseObject(const QByteArray &body, QJsonObject *object);
    // "HTTP 503 Service Unavailable".
    static QString statusText(int status);
};

} // namespace Stackdeck
