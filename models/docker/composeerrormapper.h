#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringList>

namespace Stackdeck {

// Reads a failed compose command's output and says what went wrong in one sentence, with what to do.
class ComposeErrorMapper final
{
public:
    // `lines`: everything the command printed (stdout and stderr, in order); `command`: e.g. "docker-compose up".
    static Error map(const QStringList &lines, int exitCode, const QString &command);
};

} // namespace Stackdeck
