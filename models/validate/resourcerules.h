#pragma once

#include "models/validate/rulecontext.h"

namespace Stackdeck {

// CPU and memory quantities parse, reservations do not exceed limits, the stack fits the machine.
class ResourceRules final
{
public:
    static void check(const RuleContext &context);
};

} // namespace Stackdeck
