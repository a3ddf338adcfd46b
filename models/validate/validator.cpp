#include "models/validate/validator.h"

#include "models/validate/hardeningrules.h"
#include "models/validate/portrules.h"
#include "models/validate/referencerules.h"
#include "models/validate/resourcerules.h"
#include "models/validate/rulecontext.h"
#include "models/validate/structurerules.h"

#include <algorithm>
#include <tuple>

namespace Stackdeck {

Findings Validator::validate(const ComposeProject &project, const ValidationOptions &options)
{
    Findings findings = project.findings;
    if (project.effective) {
        const RuleContext context(project, options, findings);
        StructureRules::check(context);
        ReferenceRules::check(context);
        ResourceRules::check(context);
        PortRules::check(context);
        HardeningRules::check(context);
    }
    // stable: findings at the same place keep the rule families' order
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.location.file, a.location.line, a.location.column)
            < std::tie(b.location.file, b.location.line, b.location.column);
    });
    return findings;
}

} // namespace Stackdeck
