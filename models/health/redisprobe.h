#pragma once

#include "models/health/proberesult.h"
#include "models/health/probespec.h"

#include <QByteArray>

namespace Stackdeck {

// Redis: PING over RESP; +PONG is healthy, -LOADING / -NOAUTH / -BUSY and garbage get their own verdicts.
class RedisProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    // Verdict for the first reply line (CRLF optional); empty = the server closed without answering.
    static ProbeResult interpretReply(const QByteArray &reply);
};

} // namespace Stackdeck
