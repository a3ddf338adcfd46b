#pragma once

#include "models/commands/commandio.h"

namespace Stackdeck {

// `stackdeck values`: see docs/cli.md.
class ValuesCommand final
{
public:
    static int run(CommandIo &io);
};

} // namespace Stackdeck
