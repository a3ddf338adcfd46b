#pragma once

#include "models/live/servicelivestatus.h"
#include "ui/topology/servicerole.h"

#include <QColor>

namespace Stackdeck {

// Colours of the topology: meaning comes from the models, the look from here.
class TopologyPalette final
{
public:
    static QColor stateColour(ServiceLiveStatus::State state);
    static QColor healthColour(ServiceLiveStatus::Health health);
    // The node's accent: health while running, otherwise the state.
    static QColor accent(const ServiceLiveStatus &status);
    static QColor roleTint(ServiceRole role);
    static QColor roleTitle(ServiceRole role);
    static QColor networkColour(int index);
    static QColor barColour(double fraction);
};

} // namespace Stackdeck
