#pragma once

#include "models/compose/composeproject.h"
#include "models/core/finding.h"

namespace Stackdeck {

struct ValidationOptions
{
    int machineCpus = 0;              // 0 = this machine's
    qint64 machineMemoryBytes = 0;    // 0 = this machine's
    bool production = false;          // also inferred from file names (prod, production)
};

// Runs every rule family over a loaded project; findings are sorted by file, line and column.
class Validator final
{
public:
    static Findings validate(const ComposeProject &project, const ValidationOptions &options);
    static Findings validate(const ComposeProject &project) { return validate(project, ValidationOptions()); }
};

} // namespace Stackdeck
