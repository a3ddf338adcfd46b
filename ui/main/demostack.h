#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Stackdeck {

// The bundled demo stack (resources/demo, embedded under :/demo), copied to a writable folder on first use.
class DemoStack final
{
    Q_DECLARE_TR_FUNCTIONS(DemoStack)

public:
    // Copies the demo to `targetDir` (default: AppDataLocation/demo) unless it is there already, and writes
    // a .env with freshly generated secrets (mode 0600) when none exists. Returns the folder.
    static Result<QString> prepare(const QString &targetDir = QString());
    // The default folder the demo is copied to; stacks opened from there are not remembered as recent.
    static QString defaultDir();
    // The names of the variables the generated .env defines.
    static QStringList secretNames();
};

} // namespace Stackdeck
