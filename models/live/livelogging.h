#pragma once

#include <QLoggingCategory>

namespace Stackdeck {
Q_DECLARE_LOGGING_CATEGORY(lcLive)
} // namespace Stackdeck
