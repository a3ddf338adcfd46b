#pragma once

#include "models/docker/engineendpoint.h"
#include "models/docker/httpresponse.h"

#include <QByteArray>

typedef void CURL;

namespace Stackdeck {

// Blocking HTTP/1.1 requests to the engine over a unix socket or tcp, always with a timeout.
class EngineTransport final
{
public:
    explicit EngineTransport(EngineEndpoint endpoint);

    const EngineEndpoint &endpoint() const { return m_endpoint; }

    HttpResponse request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                         int timeoutMs = 10000) const;
    HttpResponse get(const QByteArray &path, int timeoutMs = 10000) const { return request("GET", path, {}, timeoutMs); }

    // Sets URL, socket and connect timeout on a handle (used by streams as well).
    void prepare(CURL *handle, const QByteArray &path, int connectTimeoutMs) const;
    // Turns a libcurl failure (code, errno) into a state naming the cause and the fix.
    EngineState failureState(int curlCode, long osErrno) const;

private:
    EngineEndpoint m_endpoint;
    QByteArray m_socketPath;
    QByteArray m_baseUrl;
};

} // namespace Stackdeck
