#include "models/docker/composev1filter.h"

#include "models/core/yamlreader.h"
#include "models/docker/dockerlogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

// Collects start_interval keys of a healthcheck mapping, following aliases and `<<` merges.
void collectStartIntervals(const YamlNodePtr &node, QList<YamlNodePtr> &keys, int depth = 0)
{
    if (!node || depth > 16)
        return;
    const YamlNodePtr map = node->isAlias() && node->aliasTarget ? node->aliasTarget : node;
    if (map->isSequence()) { // "<<: [*a, *b]"
        for (const YamlNodePtr &item : map->items)
            collectStartIntervals(item, keys, depth + 1);
        return;
    }
    if (!map->isMap())
        return;
    for (const YamlPair &p : map->pairs) {
        if (!p.key || !p.key->isScalar())
            continue;
        if (p.key->value == u"start_interval"_s)
            keys.append(p.key);
        else if (p.key->value == u"<<"_s)
            collectStartIntervals(p.value, keys, depth + 1);
    }
}

qsizetype lineStart(const QByteArray &text, qsizetype offset)
{
    if (offset <= 0)
        return 0; // lastIndexOf(-1) would search from the end
    const qsizetype nl = text.lastIndexOf('\n', offset - 1);
    return nl < 0 ? 0 : nl + 1;
}

qsizetype lineEnd(const QByteArray &text, qsizetype from) // just past the '\n', or the end
{
    const qsizetype nl = text.indexOf('\n', from);
    return nl < 0 ? text.size() : nl + 1;
}

int indentOf(const QByteArray &text, qsizetype start, qsizetype end)
{
    int n = 0;
    while (start + n < end && text.at(start + n) == ' ')
        ++n;
    return n;
}

bool isBlank(const QByteArray &text, qsizetype start, qsizetype end)
{
    for (qsizetype i = start; i < end; ++i) {
        if (!QChar::isSpace(uchar(text.at(i))))
            return false;
    }
    return true;
}

} // namespace

Result<ComposeV1Filter::Filtered> ComposeV1Filter::filter(const YamlDocument &document)
{
    Filtered out;
    out.text = document.text;
    const YamlNodePtr root = document.root;
    if (!root || !root->isMap())
        return out;

    QList<YamlNodePtr> keys;
    if (const YamlPair *name = root->pair(u"name")) {
        keys.append(name->key);
        out.name = name->value ? name->value->value : QString();
    }
    if (const YamlNodePtr services = root->get(u"services"); services && services->isMap()) {
        for (const YamlPair &service : services->pairs) {
            if (service.value && service.value->isMap())
                collectStartIntervals(service.value->get(u"healthcheck"), keys);
        }
    }

    // Byte ranges [start, end) of whole lines to delete: the key's line and its deeper-indented continuation.
    QList<std::pair<qsizetype, qsizetype>> ranges;
    QSet<qsizetype> seen;
    const QByteArray &text = document.text;
    for (const YamlNodePtr &key : std::as_const(keys)) {
        const qsizetype offset = key->location.offset;
        if (offset < 0 || seen.contains(offset))
            continue;
        seen.insert(offset);
        const qsizetype start = lineStart(text, offset);
        if (!isBlank(text, start, offset)) {
            return Error{QCoreApplication::translate("ComposeV1Filter",
                                                     "docker-compose v1 does not accept %1 here, and it shares its line with other keys.")
                             .arg(key->value),
                         key->location,
                         QCoreApplication::translate("ComposeV1Filter",
                                                     "Write the mapping in block style (one key per line), or install the docker compose v2 plugin.")};
        }
        const int indent = int(offset - start);
        qsizetype end = lineEnd(text, offset);
        for (qsizetype next = end; next < text.size();) {
            const qsizetype nextEnd = lineEnd(text, next);
            if (isBlank(text, next, nextEnd)) {
                next = nextEnd; // blank lines belong to the value only when deeper lines follow
                continue;
            }
            if (indentOf(text, next, nextEnd) <= indent)
                break;
            end = nextEnd;
            next = nextEnd;
        }
        ranges.append({start, end});
    }
    std::sort(ranges.begin(), ranges.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[start, end] : std::as_const(ranges)) {
        const int last = document.locationAt(std::max(start, end - 1)).line;
        for (int line = document.locationAt(start).line; line <= last; ++line)
            out.removedLines.append(line);
        out.text.remove(start, end - start);
    }
    std::sort(out.removedLines.begin(), out.removedLines.end());
    return out;
}

Result<std::shared_ptr<QTemporaryFile>> ComposeV1Filter::writeCopy(const QString &path, Filtered *filtered)
{
    const auto document = YamlReader::readFile(path);
    if (!document.ok())
        return std::shared_ptr<QTemporaryFile>(); // let compose itself report what is wrong with the file
    auto result = filter(*document);
    if (!result.ok())
        return result.error();
    if (filtered)
        *filtered = result.value();
    if (result->removedLines.isEmpty())
        return std::shared_ptr<QTemporaryFile>();

    const QFileInfo info(path);
    auto copy = std::make_shared<QTemporaryFile>(info.absolutePath() + u"/.stackdeck-v1-XXXXXX-"_s + info.fileName());
    if (!copy->open() || copy->write(result->text) != result->text.size() || !copy->flush()) {
        return Error{QCoreApplication::translate("ComposeV1Filter", "Cannot write a v1-compatible copy of %1: %2")
                         .arg(path, copy->errorString()),
                     SourceLocation{path, 0, 0, -1},
                     QCoreApplication::translate("ComposeV1Filter", "Make the compose file's folder writable, or install the docker compose v2 plugin.")};
    }
    qCDebug(lcComposeRunner) << "v1 copy" << copy->fileName() << "without lines" << result->removedLines;
    return copy;
}

} // namespace Stackdeck
