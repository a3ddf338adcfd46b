#include "models/docker/jsonlinesplitter.h"

namespace Stackdeck {

QList<QByteArray> JsonLineSplitter::feed(QByteArrayView chunk)
{
    QList<QByteArray> lines;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (qsizetype newline = m_buffer.indexOf('\n'); newline >= 0; newline = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    // A peer that never sends a newline must not grow memory without bound.
    if (m_buffer.size() > maxLine) {
        m_buffer.clear();
        ++m_discarded;
    }
    return lines;
}

} // namespace Stackdeck
