#pragma once

#include <QMetaType>

namespace Stackdeck {

// What the inspector's buttons ask the main window to do with a service.
enum class ServiceAction { Start, Stop, Restart, Logs };

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ServiceAction)
