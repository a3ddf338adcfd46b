#pragma once

#include "models/compose/composeproject.h"
#include "models/core/finding.h"

#include <QString>

namespace Stackdeck {

// What the window shows for one opened stack: the project, every finding, or why nothing could be loaded.
struct LoadedStack
{
    bool ok = false;
    QString error;            // one line a person understands, when !ok
    ComposeProject project;
    Findings findings;        // load findings and validation findings, sorted by file, line, column
};

} // namespace Stackdeck
