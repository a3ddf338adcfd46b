#pragma once

#include <QLoggingCategory>

namespace Stackdeck {
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
} // namespace Stackdeck
