#pragma once

#include "models/validate/rulecontext.h"

namespace Stackdeck {

// The seeds' lessons as warnings: internal ports published, no limits, no restart policy, unrotated logs,
// root, literal secrets and default passwords, database ports published in production.
class HardeningRules final
{
public:
    static void check(const RuleContext &context);
};

} // namespace Stackdeck
