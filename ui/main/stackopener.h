#pragma once

#include "ui/main/loadedstack.h"

namespace Stackdeck {

// Loads and validates a compose project with ComposeLoader and Validator.
class StackOpener final
{
public:
    static LoadedStack open(const ComposeLoadOptions &options);
};

} // namespace Stackdeck
