#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

// Edits one variable of a .env text: replaces its line (comments and other lines kept) or appends it.
class EnvTextEdit final
{
public:
    // The new text, checked by reading it back with EnvFile.
    static Result<QByteArray> set(const QByteArray &text, const QString &name, const QString &value);
    // The value as written in a .env file, quoted when it needs to be.
    static QByteArray quote(const QString &value);
};

} // namespace Stackdeck
