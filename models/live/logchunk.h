#pragma once

#include "models/live/logrecord.h"

#include <vector>

namespace Stackdeck {

// Fixed-size block of the log ring buffer. Blocks are shared with filter snapshots: slots past a
// snapshot's end are filled in place, rewritten slots go to a copy (copy-on-write).
struct LogChunk
{
    static constexpr int Size = 4096;
    std::vector<LogRecord> lines = std::vector<LogRecord>(Size);
};

} // namespace Stackdeck
