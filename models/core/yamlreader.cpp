#include "models/core/yamlreader.h"

#include "models/core/yamlsplitter.h"
#include "models/core/yamltreebuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcYaml, "stackdeck.yaml")

namespace Stackdeck {
namespace {

// Counts nodes with aliases expanded, memoised per shared node so the count itself stays linear.
qint64 expandedSize(const YamlNodePtr &n, QHash<const void *, qint64> &memo, qint64 cap)
{
    if (!n)
        return 0;
    const void *key = n->isMap() ? static_cast<const void *>(n->pairs.constData())
                    : n->isSequence() ? static_cast<const void *>(n->items.constData())
                                      : nullptr;
    if (key) {
        auto it = memo.constFind(key);
        if (it != memo.constEnd())
            return *it;
    }
    qint64 total = 1;
    for (const YamlNodePtr &item : n->items) {
        total += expandedSize(item, memo, cap);
        if (total > cap)
            break;
    }
    for (const YamlPair &p : n->pairs) {
        total += 1 + expandedSize(p.value, memo, cap);
        if (total > cap)
            break;
    }
    if (key)
        memo.insert(key, total);
    return total;
}

// First byte that is NUL or not valid UTF-8, or -1.
qsizetype firstBinaryByte(const QByteArray &text)
{
    const qsizetype nul = text.indexOf('\0');
    QStringDecoder decoder(QStringDecoder::Utf8);
    qsizetype bad = -1;
    // Decode line by line so the first invalid sequence can be located.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(start, end - start);
        QStringDecoder d(QStringDecoder::Utf8);
        const QString s = d.decode(line);
        if (d.hasError()) {
            const QByteArray round = s.left(s.indexOf(QChar::ReplacementCharacter)).toUtf8();
            bad = start + round.size();
            break;
        }
        start = end + 1;
    }
    if (nul >= 0 && (bad < 0 || nul < bad))
        return nul;
    return bad;
}

} // namespace

Result<YamlDocument> YamlReader::readFile(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    SourceLocation where{path, 0, 0, -1};
    if (!info.exists())
        return Error{QStringLiteral("File not found."), where,
                     QStringLiteral("check the path, or run from the folder that holds the file")};
    if (info.isDir())
        return Error{QStringLiteral("This is a folder, not a file."), where,
                     QStringLiteral("name the compose or values file inside it")};
    if (!info.isFile())
        return Error{QStringLiteral("This is not a regular file (a device, pipe or socket)."), where,
                     QStringLiteral("name a YAML file on disk")};
    if (info.size() > limits.maxBytes)
        return Error{QStringLiteral("The file is %1 MB; Stackdeck reads YAML files up to %2 MB.")
                         .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     where, QStringLiteral("split the file, or check that this is the file you meant")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read the file: %1.").arg(file.errorString()), where,
                     QStringLiteral("check its permissions (the user running Stackdeck needs read access)")};
    const QByteArray text = file.read(limits.maxBytes + 1);
    return parse(text, path, limits);
}

namespace {

// One parsed part of a document: its tree, or the reason it could not be read on its own.
struct PartResult
{
    YamlNodePtr root;
    Findings findings;
    bool ok = false;
};

PartResult parsePart(const QByteArray &text, qsizetype begin, qsizetype end, const YamlLineIndex &lines,
                     int maxDepth, qsizetype unmergedDepth)
{
    PartResult result;
    std::istringstream stream(std::string(text.constData() + begin, size_t(end - begin)));
    YamlTreeBuilder builder(text, begin, lines, maxDepth);
    builder.setUnmergedDepth(unmergedDepth);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        YamlTreeBuilder extra(text, begin, lines, maxDepth);
        if (parser.HandleNextDocument(extra))
            return result;
    } catch (...) {
        return result; // the sequential parse reports the exact error
    }
    result.root = builder.root;
    result.findings = std::move(builder.findings);
    result.ok = true;
    return result;
}

// Parses a large document as three parts (head, second half of its largest section, tail), the middle
// one on a second thread, and joins them; nullptr when the parts do not join cleanly.
YamlNodePtr parseSplit(const QByteArray &text, const YamlSplitter::Split &split, const YamlLineIndex &lines,
                       int maxDepth, Findings &findings)
{
    PartResult middle;
    std::thread worker([&] { middle = parsePart(text, split.cut, split.sectionEnd, lines, maxDepth, 0); });
    const PartResult head = parsePart(text, 0, split.cut, lines, maxDepth, 1);
    const PartResult tail = split.sectionEnd < text.size()
        ? parsePart(text, split.sectionEnd, text.size(), lines, maxDepth, 0)
        : PartResult{nullptr, {}, true};
    worker.join();
    if (!head.ok || !middle.ok || !tail.ok || !head.root || !head.root->isMap() || head.root->isFlow()
        || head.root->pairs.isEmpty() || !middle.root || !middle.root->isMap() || middle.root->isFlow())
        return nullptr;
    const YamlPair &last = head.root->pairs.last();
    if (!last.key->isScalar() || last.key->value != QString::fromUtf8(split.sectionKey) || !last.value
        || !last.value->isMap() || last.value->isFlow())
        return nullptr;
    if (tail.root && !tail.root->isNull() && (!tail.root->isMap() || tail.root->isFlow()))
        return nullptr;

    auto section = std::make_shared<YamlNode>(*last.value);
    section->pairs += middle.root->pairs;
    auto root = std::make_shared<YamlNode>(*head.root);
    root->pairs.last().value = section;
    if (tail.root && tail.root->isMap())
        root->pairs += tail.root->pairs;
    findings = head.findings + middle.findings + tail.findings;
    YamlTreeBuilder::reportDuplicateKeys(*section, 0, findings);
    YamlTreeBuilder::reportDuplicateKeys(*root, 0, findings);
    return root;
}

} // namespace

Result<YamlDocument> YamlReader::parse(const QByteArray &text, const QString &fileName, const Limits &limits)
{
    YamlDocument doc;
    doc.file = fileName;
    doc.text = text;
    const YamlLineIndex lines(doc.text, fileName);

    if (text.size() > limits.maxBytes)
        return Error{QStringLiteral("The text is %1 MB; Stackdeck reads YAML files up to %2 MB.")
                         .arg(double(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     SourceLocation{fileName, 0, 0, -1}, QString()};
    const qsizetype bad = firstBinaryByte(text);
    if (bad >= 0)
        return Error{QStringLiteral("This is not a text file: byte 0x%1 is not valid UTF-8 text.")
                         .arg(uchar(text.at(bad)), 2, 16, QLatin1Char('0')),
                     lines.at(bad), QStringLiteral("open the YAML file itself, saved as UTF-8")};

    if (text.size() >= limits.parallelThreshold) {
        if (const auto split = YamlSplitter::find(doc.text))
            doc.root = parseSplit(doc.text, *split, lines, limits.maxDepth, doc.findings);
    }
    if (!doc.root) {
        doc.findings.clear();
        std::istringstream stream(std::string(text.constData(), size_t(text.size())));
        YamlTreeBuilder builder(doc.text, 0, lines, limits.maxDepth);
        try {
            YAML::Parser parser(stream);
            if (parser.HandleNextDocument(builder)) {
                YamlTreeBuilder extra(doc.text, 0, lines, limits.maxDepth);
                if (parser.HandleNextDocument(extra)) {
                    doc.findings.append(Finding{Severity::Warning,
                                                extra.root ? extra.root->location : SourceLocation{fileName, 0, 0, -1},
                                                QString(), QStringLiteral("yaml.extra-document"),
                                                QStringLiteral("The file holds more than one YAML document; only the first is read."),
                                                QStringLiteral("move the other documents to files of their own")});
                }
            }
        } catch (const YamlTooDeep &deep) {
            return Error{QStringLiteral("The YAML is nested more than %1 levels deep.").arg(limits.maxDepth),
                         deep.location, QStringLiteral("flatten the structure; compose and values files need a few levels")};
        } catch (const YAML::Exception &e) {
            QString msg = QString::fromStdString(e.msg);
            if (!msg.isEmpty())
                msg[0] = msg[0].toUpper();
            if (!msg.endsWith(QLatin1Char('.')))
                msg += QLatin1Char('.');
            return Error{QStringLiteral("Invalid YAML: %1").arg(msg), lines.at(e.mark.pos < 0 ? -1 : e.mark.pos),
                         QStringLiteral("fix the syntax at this position (indentation, quotes, a missing ':')")};
        } catch (const std::exception &e) {
            return Error{QStringLiteral("Invalid YAML: %1").arg(QString::fromLocal8Bit(e.what())),
                         SourceLocation{fileName, 0, 0, -1}, QString()};
        }
        doc.findings += builder.findings;
        doc.root = builder.root ? builder.root : YamlNode::makeNull(lines.at(0));
        // Duplicate keys were reported in closing order; keep them in document order.
        std::stable_sort(doc.findings.begin(), doc.findings.end(),
                         [](const Finding &a, const Finding &b) { return a.location.offset < b.location.offset; });
    } else {
        std::stable_sort(doc.findings.begin(), doc.findings.end(),
                         [](const Finding &a, const Finding &b) { return a.location.offset < b.location.offset; });
    }

    QHash<const void *, qint64> memo;
    if (expandedSize(doc.root, memo, limits.maxExpandedNodes) > limits.maxExpandedNodes)
        return Error{QStringLiteral("Aliases in this file expand to more than %1 nodes (an \"alias bomb\").")
                         .arg(limits.maxExpandedNodes),
                     doc.root->location, QStringLiteral("use fewer nested aliases; a real compose file expands to a few thousand nodes")};
    return doc;
}

} // namespace Stackdeck
