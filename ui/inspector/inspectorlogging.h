#pragma once

#include <QLoggingCategory>

namespace Stackdeck {
Q_DECLARE_LOGGING_CATEGORY(lcInspector)
} // namespace Stackdeck
