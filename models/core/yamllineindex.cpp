#include "models/core/yamllineindex.h"

#include <algorithm>

namespace Stackdeck {

YamlLineIndex::YamlLineIndex(const QByteArray &text, const QString &file) : m_text(&text), m_file(file)
{
    auto starts = std::make_shared<std::vector<qsizetype>>();
    starts->push_back(0);
    const char *data = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (data[i] == '\n')
            starts->push_back(i + 1);
    }
    m_starts = std::move(starts);
}

SourceLocation YamlLineIndex::at(qsizetype offset) const
{
    if (offset < 0)
        return SourceLocation{m_file, 0, 0, -1};
    offset = std::min<qsizetype>(offset, m_text->size());
    const std::vector<qsizetype> &starts = *m_starts;
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    const qsizetype lineIndex = qsizetype(it - starts.begin()) - 1;
    // Events arrive in document order: continue from the last position on the same line,
    // so a single long line costs linear, not quadratic, time.
    qsizetype from = starts[size_t(lineIndex)];
    int column = 1;
    if (m_lastLine == lineIndex && m_lastOffset <= offset) {
        from = m_lastOffset;
        column = m_lastColumn;
    }
    const char *data = m_text->constData();
    for (qsizetype i = from; i < offset; ++i) {
        if ((uchar(data[i]) & 0xC0) != 0x80) // count UTF-8 lead bytes only
            ++column;
    }
    m_lastLine = lineIndex;
    m_lastOffset = offset;
    m_lastColumn = column;
    return SourceLocation{m_file, int(lineIndex) + 1, column, offset};
}

} // namespace Stackdeck
