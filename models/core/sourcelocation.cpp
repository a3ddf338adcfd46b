#include "models/core/sourcelocation.h"

namespace Stackdeck {

QString SourceLocation::toString() const
{
    if (!isValid())
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

} // namespace Stackdeck
