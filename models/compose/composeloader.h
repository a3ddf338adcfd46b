#pragma once

#include "models/compose/composeproject.h"
#include "models/core/result.h"

namespace Stackdeck {

// Discovers, reads, merges and interpolates a compose project.
// Returns an Error only when nothing usable could be loaded (no file, unreadable, invalid YAML);
// everything else becomes a Finding in ComposeProject::findings.
class ComposeLoader final
{
public:
    static Result<ComposeProject> load(const ComposeLoadOptions &options);
};

} // namespace Stackdeck
