#include "models/commands/setcommand.h"

namespace Stackdeck {

int SetCommand::run(CommandIo &io)
{
    io.err << "stackdeck set: not implemented yet\n";
    return ExitErrors;
}

} // namespace Stackdeck
