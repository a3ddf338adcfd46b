#include "models/docker/enginestate.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

QString EngineState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown: return u"unknown"_s;
    case Kind::Connected: return u"connected"_s;
    case Kind::Down: return u"down"_s;
    case Kind::SocketMissing: return u"socket-missing"_s;
    case Kind::PermissionDenied: return u"permission-denied"_s;
    case Kind::BadResponse: return u"bad-response"_s;
    case Kind::Reconnecting: return u"reconnecting"_s;
    }
    return u"unknown"_s;
}

} // namespace Stackdeck
