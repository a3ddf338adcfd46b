#include "models/health/healthlogging.h"

namespace Stackdeck {
Q_LOGGING_CATEGORY(lcHealth, "stackdeck.health", QtInfoMsg)
} // namespace Stackdeck
