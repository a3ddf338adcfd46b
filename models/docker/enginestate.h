#pragma once

#include <QMetaType>
#include <QString>

namespace Stackdeck {

// What the caller can show about the Docker engine: a state plus a sentence and the fix.
struct EngineState
{
    enum class Kind {
        Unknown,          // not contacted yet
        Connected,        // answered /_ping and /version
        Down,             // socket exists but nothing answers, or connection refused
        SocketMissing,    // unix socket path does not exist
        PermissionDenied, // socket exists but we may not open it
        BadResponse,      // something answered, but not like a Docker engine
        Reconnecting,     // was connected, lost it, retrying with backoff
    };

    Kind kind = Kind::Unknown;
    QString message;
    QString hint;
    QString apiVersion; // negotiated, e.g. "1.41", when Connected

    bool isConnected() const { return kind == Kind::Connected; }
    static QString kindName(Kind kind);
    bool operator==(const EngineState &) const = default;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::EngineState)
