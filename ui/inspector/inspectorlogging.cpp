#include "ui/inspector/inspectorlogging.h"

namespace Stackdeck {
Q_LOGGING_CATEGORY(lcInspector, "stackdeck.inspector", QtInfoMsg)
} // namespace Stackdeck
