#pragma once

#include "models/health/healthstate.h"
#include "models/live/servicelivestatus.h"

#include <QColor>
#include <QIcon>

namespace Stackdeck {

// Colours of health: the models say what a state means, the look comes from here.
class HealthPalette final
{
public:
    static QColor stateColour(HealthState state);
    // A faint row tint for failing and degraded rows; invalid for the others.
    static QColor rowTint(HealthState state);
    // A filled dot in the state's colour, for table cells and lists.
    static QIcon dot(HealthState state);
    // The engine's view of a service: health while running, otherwise the container state.
    static QColor liveColour(const ServiceLiveStatus &status);
};

} // namespace Stackdeck
