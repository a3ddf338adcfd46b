#include "models/core/yamldocument.h"

namespace Stackdeck {

SourceLocation YamlDocument::locationAt(qsizetype offset) const
{
    SourceLocation loc;
    loc.file = file;
    if (offset < 0 || offset > text.size())
        return loc;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(text.at(i)) & 0xC0) != 0x80) // count UTF-8 lead bytes only
            ++column;
    }
    loc.line = line;
    loc.column = column;
    loc.offset = offset;
    return loc;
}

} // namespace Stackdeck
