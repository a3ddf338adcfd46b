#pragma once

#include "models/commands/commandio.h"

namespace Stackdeck {

// `stackdeck set`: see docs/cli.md.
class SetCommand final
{
public:
    static int run(CommandIo &io);
};

} // namespace Stackdeck
