#pragma once

#include "models/health/proberesult.h"
#include "models/health/probespec.h"

#include <QElapsedTimer>

class QTcpSocket;

namespace Stackdeck {

// TCP connect probe; its connect and read helpers are shared by the Redis probe.
class TcpProbe final
{
public:
    static ProbeResult run(const ProbeSpec &spec);
    // Connects within the spec's connect timeout; on failure fills *failure (Down + message).
    static bool connectSocket(const ProbeSpec &spec, QTcpSocket *socket, ProbeResult *failure);
    // Reads until a CRLF-terminated line, `maxBytes`, EOF or the deadline; false on timeout.
    static bool readLine(QTcpSocket *socket, const QElapsedTimer &clock, std::chrono::milliseconds deadline,
                         qint64 maxBytes, QByteArray *line);
};

} // namespace Stackdeck
