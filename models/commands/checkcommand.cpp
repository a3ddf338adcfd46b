#include "models/commands/checkcommand.h"

namespace Stackdeck {

int CheckCommand::run(CommandIo &io)
{
    io.err << "stackdeck check: not implemented yet\n";
    return ExitErrors;
}

} // namespace Stackdeck
