#include "models/live/livelogging.h"

namespace Stackdeck {
Q_LOGGING_CATEGORY(lcLive, "stackdeck.live", QtInfoMsg)
} // namespace Stackdeck
