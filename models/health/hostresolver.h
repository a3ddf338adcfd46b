#pragma once

#include <QHostAddress>
#include <QString>

#include <chrono>

namespace Stackdeck {

// Name lookup with a deadline: the system resolver can block far longer than a probe may take.
class HostResolver final
{
public:
    // The first address of `host` (a literal is returned as is); a null address and *error on failure.
    static QHostAddress resolve(const QString &host, std::chrono::milliseconds timeout, QString *error);
};

} // namespace Stackdeck
