#pragma once

#include <QString>

namespace Stackdeck {

// Whether a variable or key name looks like it holds a secret (PASSWORD, SECRET, TOKEN, KEY, ...):
// the one rule the inspector, the editor and the apply plan mask by.
bool isSecretName(const QString &name);

} // namespace Stackdeck
