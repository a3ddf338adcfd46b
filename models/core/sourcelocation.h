#pragma once

#include <QString>

namespace Stackdeck {

// Where a value came from: 1-based line and column (characters), byte offset into the file text.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
    // "file:line:column", or just the file (or empty) when the position is unknown.
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace Stackdeck
