#include "models/health/healthstate.h"

namespace Stackdeck {

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QStringLiteral("healthy");
    case HealthState::Unknown: return QStringLiteral("unknown");
    case HealthState::Degraded: return QStringLiteral("degraded");
    case HealthState::Unhealthy: return QStringLiteral("unhealthy");
    case HealthState::Down: return QStringLiteral("down");
    }
    return QStringLiteral("unknown");
}

HealthState worseOf(HealthState a, HealthState b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

bool isFailing(HealthState state)
{
    return state == HealthState::Unhealthy || state == HealthState::Down;
}

} // namespace Stackdeck
