#pragma once

#include "models/compose/composeproject.h"
#include "models/editor/applyplan.h"

#include <QStringList>

namespace Stackdeck {

// Compares the last applied version with the new one service by service (their effective, merged and
// interpolated mappings) and says what compose will do: create, recreate, remove or leave alone.
class ApplyPlanner final
{
public:
    // `applied` is the last applied version (nullptr: none recorded, every service counts as new unless
    // running); `running` the services that have a container now.
    static ApplyPlan plan(const ComposeProject *applied, const ComposeProject &next, const QStringList &running);
};

} // namespace Stackdeck
