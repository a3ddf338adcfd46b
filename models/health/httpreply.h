#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace Stackdeck {

// What an HTTP GET brought back, or why it brought nothing; no exceptions, no partial states.
struct HttpReply
{
    enum class Failure : quint8 {
        None,           // a complete response (status and body) arrived
        Refused,        // nothing listens on the port
        ConnectTimeout, // the TCP connect did not finish in time
        Timeout,        // connected, but the response did not finish before the deadline
        Resolve,        // host name unknown
        Tls,            // TLS handshake or certificate problem
        Protocol,       // something answered, but not HTTP
        TooLarge,       // body over the cap; the transfer was stopped
        Other,
    };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QString contentType;
    QString error;      // the transport's own wording, for details
    std::chrono::milliseconds elapsed{0};

    bool ok() const { return failure == Failure::None; }
};

} // namespace Stackdeck
