#pragma once

#include "models/commands/commandio.h"

namespace Stackdeck {

// `stackdeck status`: every service's state, health, CPU, memory and restarts; exit 0/1/2 for scripts.
class StatusCommand final
{
public:
    static int run(CommandIo &io);
};

} // namespace Stackdeck
