#include "models/commands/valuescommand.h"

namespace Stackdeck {

int ValuesCommand::run(CommandIo &io)
{
    io.err << "stackdeck values: not implemented yet\n";
    return ExitErrors;
}

} // namespace Stackdeck
