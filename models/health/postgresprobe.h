#pragma once

#include "models/health/proberesult.h"
#include "models/health/probespec.h"

namespace Stackdeck {

// PostgreSQL readiness as pg_isready does it: libpq's PQpingParams (no login needed).
class PostgresProbe final
{
public:
    enum class Ping { Ok, Reject, NoResponse, NoAttempt };

    static ProbeResult run(const ProbeSpec &spec);
    // False when this build has no libpq (run() then reports Unknown).
    static bool available();
    // Verdict for a ping outcome; `timedOut` says the full connect_timeout was used up.
    static ProbeResult interpret(const ProbeSpec &spec, Ping ping, bool timedOut);
    // libpq counts connect_timeout in whole seconds and treats anything below 2 as 2.
    static int connectTimeoutSeconds(const ProbeSpec &spec);
};

} // namespace Stackdeck
