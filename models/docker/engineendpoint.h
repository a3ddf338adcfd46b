#pragma once

#include "models/core/result.h"

#include <QProcessEnvironment>
#include <QString>

namespace Stackdeck {

// Where the Docker engine listens: a unix socket path or a tcp host:port, and where that came from.
struct EngineEndpoint
{
    enum class Kind { Unix, Tcp };
    Kind kind = Kind::Unix;
    QString socketPath;   // Kind::Unix
    QString host;         // Kind::Tcp
    int port = 2375;      // Kind::Tcp
    QString source;       // "DOCKER_HOST", "context <name>", "default"

    // Base URL for libcurl: "http://localhost" for unix sockets, "http://host:port" for tcp.
    QString baseUrl() const;
    QString describe() const;

    // Parses "unix:///path" or "tcp://host:port" (docker's DOCKER_HOST syntax).
    static Result<EngineEndpoint> parse(const QString &hostUri, const QString &source);

    // DOCKER_HOST, else the current docker context (DOCKER_CONTEXT or config.json), else the default socket.
    static Result<EngineEndpoint> resolve(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace Stackdeck
