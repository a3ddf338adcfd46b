#pragma once

#include "models/live/logchunk.h"

#include <QList>

#include <memory>

namespace Stackdeck {

// An immutable view of the buffered lines at one moment, safe to read from a worker thread.
// Serials number lines since the model was created; they survive rows dropped at the front.
struct LogSnapshot
{
    QList<std::shared_ptr<const LogChunk>> chunks;
    int headOffset = 0;
    int count = 0;
    qint64 firstSerial = 0;

    const LogRecord &at(int row) const
    {
        const int g = headOffset + row;
        return chunks.at(g / LogChunk::Size)->lines[size_t(g % LogChunk::Size)];
    }
};

} // namespace Stackdeck
