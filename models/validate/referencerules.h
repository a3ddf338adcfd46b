#pragma once

#include "models/validate/rulecontext.h"

namespace Stackdeck {

// depends_on, networks, named volumes, secrets, configs and extends point at things that exist;
// depends_on has no cycles.
class ReferenceRules final
{
public:
    static void check(const RuleContext &context);
};

} // namespace Stackdeck
