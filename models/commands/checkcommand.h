#pragma once

#include "models/commands/commandio.h"

namespace Stackdeck {

// `stackdeck check`: see docs/cli.md.
class CheckCommand final
{
public:
    static int run(CommandIo &io);
};

} // namespace Stackdeck
