#include "models/core/secretname.h"

#include <QRegularExpression>

namespace Stackdeck {

bool isSecretName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("PASS|PWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE|AUTH|SALT|CERT|DSN"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

} // namespace Stackdeck
