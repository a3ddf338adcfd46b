#include "models/core/yamlsplitter.h"

#include <cstring>

namespace Stackdeck {
namespace {

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;   // index of '\n' or text size
    qsizetype indent = 0;
    char first = 0;      // first non-space character, 0 for a blank line
};

bool isKeyStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A line whose value may be empty: its null would be placed at the next token, which a cut moves.
bool mayEndEmpty(QByteArray line)
{
    const qsizetype comment = line.indexOf(" #");
    if (comment >= 0)
        line.truncate(comment);
    line = line.trimmed();
    return line.endsWith(':') || line == "-" || line.endsWith(" -");
}

} // namespace

std::optional<YamlSplitter::Split> YamlSplitter::find(const QByteArray &text)
{
    const char *data = text.constData();
    const qsizetype size = text.size();
    // Tags and directives apply across parts: leave such documents whole.
    for (const char c : {'!', '%', '\t'}) {
        if (std::memchr(data, c, size_t(size)))
            return std::nullopt;
    }
    if (text.startsWith("---") || text.contains("\n---") || text.contains("\n..."))
        return std::nullopt;

    // Top-level sections: from a key line at column 1 to the next one.
    qsizetype bestStart = -1, bestEnd = -1, sectionStart = -1;
    auto closeSection = [&](qsizetype end) {
        if (sectionStart >= 0 && end - sectionStart > bestEnd - bestStart) {
            bestStart = sectionStart;
            bestEnd = end;
        }
    };
    for (qsizetype pos = 0; pos < size;) {
        const char *nl = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(size - pos)));
        const qsizetype end = nl ? nl - data : size;
        if (end > pos && data[pos] != ' ' && data[pos] != '#' && data[pos] != '\r' && data[pos] != '\n') {
            closeSection(pos);
            sectionStart = pos;
        }
        pos = end + 1;
    }
    closeSection(size);
    if (bestStart < 0)
        return std::nullopt;

    // The section's key line must be exactly "key:" (a block mapping follows).
    const char *keyEnd = static_cast<const char *>(std::memchr(data + bestStart, '\n', size_t(bestEnd - bestStart)));
    if (!keyEnd)
        return std::nullopt;
    QByteArray keyLine = text.mid(bestStart, keyEnd - (data + bestStart)).trimmed();
    if (!keyLine.endsWith(':') || keyLine.size() < 2 || !isKeyStart(keyLine.at(0)) || keyLine.contains(' '))
        return std::nullopt;

    // Child indentation: the first non-blank, non-comment line of the section.
    qsizetype childIndent = -1;
    qsizetype firstChild = -1;
    qsizetype previousStart = 0, previousEnd = 0; // the last line that was neither blank nor a comment
    const qsizetype middle = bestStart + (bestEnd - bestStart) / 2;
    for (qsizetype pos = keyEnd - data + 1; pos < bestEnd;) {
        const char *nl = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(bestEnd - pos)));
        const qsizetype end = nl ? nl - data : bestEnd;
        qsizetype indent = 0;
        while (pos + indent < end && data[pos + indent] == ' ')
            ++indent;
        const char first = pos + indent < end ? data[pos + indent] : 0;
        if (first != 0 && first != '#' && first != '\r') {
            if (childIndent < 0) {
                if (!isKeyStart(first))
                    return std::nullopt; // a sequence or a complex key: not a plain block mapping
                childIndent = indent;
                firstChild = pos;
            } else if (indent < childIndent) {
                return std::nullopt;     // odd indentation: leave it to the real parser
            } else if (indent == childIndent && pos >= middle && pos > firstChild && isKeyStart(first)
                       && !mayEndEmpty(text.mid(previousStart, previousEnd - previousStart))) {
                // Anchors after the cut could shadow earlier ones: only aliases may follow it.
                if (std::memchr(data + pos, '&', size_t(size - pos)))
                    return std::nullopt;
                Split split{keyLine.chopped(1), pos, bestEnd, {}};
                for (qsizetype at = 0; (at = text.indexOf('&', at)) >= 0 && at < pos; ++at) {
                    qsizetype stop = at + 1;
                    while (stop < pos && !std::strchr(" \t\r\n,[]{}", data[stop]))
                        ++stop;
                    const QByteArray name = text.mid(at + 1, stop - at - 1);
                    if (!name.isEmpty() && !split.anchorNames.contains(name))
                        split.anchorNames.append(name);
                }
                return split;
            }
            previousStart = pos;
            previousEnd = end;
        }
        pos = end + 1;
    }
    return std::nullopt;
}

} // namespace Stackdeck
