#pragma once

#include "models/docker/enginestate.h"

#include <QByteArray>
#include <QHash>

namespace Stackdeck {

// One HTTP exchange with the engine; `transport` says whether it happened at all.
struct HttpResponse
{
    EngineState transport;            // Connected when an HTTP answer arrived, else why not
    long status = 0;                  // HTTP status code
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    bool delivered() const { return transport.kind == EngineState::Kind::Connected; }
    bool ok() const { return delivered() && status >= 200 && status < 300; }
    // The engine's {"message": ...} error text, or the status line when there is none.
    QString errorText() const;
};

} // namespace Stackdeck
