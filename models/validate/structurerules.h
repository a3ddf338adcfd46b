#pragma once

#include "models/validate/rulecontext.h"

namespace Stackdeck {

// Unknown keys (with "did you mean"), wrong types and bad enum values at every level of the file.
class StructureRules final
{
public:
    static void check(const RuleContext &context);
};

} // namespace Stackdeck
