#pragma once

#include "models/commands/commandio.h"

namespace Stackdeck {

// `stackdeck logs`: merged, timestamp-ordered logs of a project's services, prefixed like docker compose.
class LogsCommand final
{
public:
    static int run(CommandIo &io);
};

} // namespace Stackdeck
