#include "models/core/result.h"

namespace Stackdeck {

QString Error::toString() const
{
    QString text;
    const QString where = location.toString();
    if (!where.isEmpty())
        text = where + QStringLiteral(": ");
    text += message;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + QLatin1Char(')');
    return text;
}

} // namespace Stackdeck
