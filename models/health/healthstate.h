#pragma once

#include <QString>

namespace Stackdeck {

// How a service is doing, ordered from best to worst so the stack's state is the maximum.
enum class HealthState : int { Healthy = 0, Unknown = 1, Degraded = 2, Unhealthy = 3, Down = 4 };

// Lower-case word for logs and JSON output: "healthy", "degraded", ...
QString healthStateName(HealthState state);
// The worse of two states (Unknown ranks below Degraded: no news is not bad news).
HealthState worseOf(HealthState a, HealthState b);
// True for the states a dependent service cannot work around (Unhealthy, Down).
bool isFailing(HealthState state);

} // namespace Stackdeck
