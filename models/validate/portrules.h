#pragma once

#include "models/validate/rulecontext.h"

namespace Stackdeck {

// Port entries are valid (numbers, ranges, sizes) and no host port is published twice.
class PortRules final
{
public:
    static void check(const RuleContext &context);
};

} // namespace Stackdeck
