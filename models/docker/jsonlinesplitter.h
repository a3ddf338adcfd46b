#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Stackdeck {

// Cuts a streamed body (stats, events) into newline-terminated JSON documents, across chunk borders.
class JsonLineSplitter final
{
public:
    static constexpr qsizetype maxLine = 8 * 1024 * 1024;

    // Returns the complete lines in this chunk; a partial tail waits for the next chunk.
    QList<QByteArray> feed(QByteArrayView chunk);
    qsizetype pending() const { return m_buffer.size(); }
    int discarded() const { return m_discarded; }

private:
    QByteArray m_buffer;
    int m_discarded = 0;
};

} // namespace Stackdeck
