#include "models/core/yamlreader.h"

#include "models/core/yamlsplitter.h"
#include "models/core/yamltreebuilder.h"

#include <QCoreApplication>
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

// Load errors are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::YamlReader)
};

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
        return Error{Tr::tr("File not found."), where,
                     Tr::tr("check the path, or run from the folder that holds the file")};
    if (info.isDir())
        return Error{Tr::tr("This is a folder, not a file."), where,
                     Tr::tr("name the compose or values file inside it")};
    if (!info.isFile())
        return Error{Tr::tr("This is not a regular file (a device, pipe or socket)."), where,
                     Tr::tr("name a YAML file on disk")};
    if (info.size() > limits.maxBytes)
        return Error{Tr::tr("The file is %1 MB; Stackdeck reads YAML files up to %2 MB.")
                         .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     where, Tr::tr("split the file, or check that this is the file you meant")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read the file: %1.").arg(file.errorString()), where,
                     Tr::tr("check its permissions (the user running Stackdeck needs read access)")};
    const QByteArray text = file.read(limits.maxBytes + 1);
    return parse(text, path, limits);
}

namespace {

// One parsed part of a document: its tree, or the reason it could not be read on its own.
struct PartResult
{
    YamlNodePtr root;
    Findings findings;
    QHash<QString, YamlNodePtr> anchors;
    bool ok = false;
};

// Parses text[begin, end) preceded by `prefix` (not part of the file); locations stay those of the file.
PartResult parsePart(const QByteArray &text, qsizetype begin, qsizetype end, const QByteArray &prefix,
                     const YamlLineIndex &lines, int maxDepth, qsizetype unmergedDepth)
{
    PartResult result;
    std::string bytes;
    bytes.reserve(size_t(prefix.size() + end - begin));
    bytes.append(prefix.constData(), size_t(prefix.size()));
    bytes.append(text.constData() + begin, size_t(end - begin));
    std::istringstream stream(std::move(bytes));
    YamlTreeBuilder builder(text, begin - prefix.size(), lines, maxDepth + 1);
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
    result.anchors = builder.anchorsByName();
    result.ok = true;
    return result;
}

// Aliases after the cut point at stand-in anchors; give them the real anchored nodes from the head.
YamlNodePtr resolveStandIns(const YamlNodePtr &n, const QHash<QString, YamlNodePtr> &head, bool *ok)
{
    if (!n || !*ok)
        return n;
    if (n->isAlias()) {
        const YamlNodePtr target = head.value(n->alias);
        if (!target) {
            *ok = false; // an unknown anchor: the sequential parse says where
            return n;
        }
        auto copy = std::make_shared<YamlNode>(*target);
        copy->anchor.clear();
        copy->alias = n->alias;
        copy->aliasTarget = target;
        copy->location = n->location;
        return copy;
    }
    std::shared_ptr<YamlNode> copy;
    for (qsizetype i = 0; i < n->items.size(); ++i) {
        const YamlNodePtr item = resolveStandIns(n->items[i], head, ok);
        if (item != n->items[i]) {
            if (!copy)
                copy = std::make_shared<YamlNode>(*n);
            copy->items[i] = item;
        }
    }
    for (qsizetype i = 0; i < n->pairs.size(); ++i) {
        const YamlNodePtr value = resolveStandIns(n->pairs[i].value, head, ok);
        if (value != n->pairs[i].value) {
            if (!copy)
                copy = std::make_shared<YamlNode>(*n);
            copy->pairs[i].value = value;
        }
    }
    return copy ? YamlNodePtr(copy) : n;
}

// Parses a large document as three parts (head, second half of its largest section, tail), the middle
// one on a second thread, and joins them; nullptr when the parts do not join cleanly.
YamlNodePtr parseSplit(const QByteArray &text, const YamlSplitter::Split &split, const YamlLineIndex &lines,
                       int maxDepth, Findings &findings)
{
    // Stand-in anchors let the later parts parse aliases to anchors defined before the cut.
    QByteArray standIns;
    for (qsizetype i = 0; i < split.anchorNames.size(); ++i)
        standIns += "__stackdeck_anchor_" + QByteArray::number(i) + ": &" + split.anchorNames[i] + " ~\n";
    const qsizetype skip = split.anchorNames.size();
    const QByteArray middlePrefix = standIns + "__stackdeck_part__:\n";

    PartResult middle;
    std::thread worker([&] {
        middle = parsePart(text, split.cut, split.sectionEnd, middlePrefix, lines, maxDepth, 1);
    });
    const PartResult head = parsePart(text, 0, split.cut, QByteArray(), lines, maxDepth, 1);
    const PartResult tail = split.sectionEnd < text.size()
        ? parsePart(text, split.sectionEnd, text.size(), standIns, lines, maxDepth, 0)
        : PartResult{nullptr, {}, {}, true};
    worker.join();
    if (!head.ok || !middle.ok || !tail.ok || !head.root || !head.root->isMap() || head.root->isFlow()
        || head.root->pairs.isEmpty() || !middle.root || !middle.root->isMap()
        || middle.root->pairs.size() != skip + 1)
        return nullptr;
    const YamlNodePtr middleMap = middle.root->pairs.last().value;
    const YamlPair &last = head.root->pairs.last();
    if (!middleMap || !middleMap->isMap() || middleMap->isFlow() || !last.key->isScalar()
        || last.key->value != QString::fromUtf8(split.sectionKey) || !last.value || !last.value->isMap()
        || last.value->isFlow())
        return nullptr;
    const bool tailIsMap = tail.root && tail.root->isMap() && !tail.root->isFlow() && tail.root->pairs.size() > skip;
    if (tail.root && !tailIsMap && !(skip == 0 && tail.root->isNull())
        && !(tail.root->isMap() && tail.root->pairs.size() == skip))
        return nullptr;

    bool ok = true;
    auto section = std::make_shared<YamlNode>(*last.value);
    const YamlNodePtr resolvedMiddle = skip ? resolveStandIns(middleMap, head.anchors, &ok) : middleMap;
    section->pairs += resolvedMiddle->pairs;
    auto root = std::make_shared<YamlNode>(*head.root);
    root->pairs.last().value = section;
    if (tailIsMap) {
        for (qsizetype i = skip; i < tail.root->pairs.size(); ++i) {
            YamlPair pair = tail.root->pairs[i];
            if (skip)
                pair.value = resolveStandIns(pair.value, head.anchors, &ok);
            root->pairs.append(pair);
        }
    }
    if (!ok)
        return nullptr;
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
        return Error{Tr::tr("The text is %1 MB; Stackdeck reads YAML files up to %2 MB.")
                         .arg(double(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(limits.maxBytes / (1024 * 1024)),
                     SourceLocation{fileName, 0, 0, -1}, QString()};
    const qsizetype bad = firstBinaryByte(text);
    if (bad >= 0)
        return Error{Tr::tr("This is not a text file: byte 0x%1 is not valid UTF-8 text.")
                         .arg(uchar(text.at(bad)), 2, 16, QLatin1Char('0')),
                     lines.at(bad), Tr::tr("open the YAML file itself, saved as UTF-8")};

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
                                                Tr::tr("The file holds more than one YAML document; only the first is read."),
                                                Tr::tr("move the other documents to files of their own")});
                }
            }
        } catch (const YamlTooDeep &deep) {
            return Error{Tr::tr("The YAML is nested more than %1 levels deep.").arg(limits.maxDepth),
                         deep.location, Tr::tr("flatten the structure; compose and values files need a few levels")};
        } catch (const YAML::Exception &e) {
            QString msg = QString::fromStdString(e.msg);
            if (!msg.isEmpty())
                msg[0] = msg[0].toUpper();
            if (!msg.endsWith(QLatin1Char('.')))
                msg += QLatin1Char('.');
            return Error{Tr::tr("Invalid YAML: %1").arg(msg), lines.at(e.mark.pos < 0 ? -1 : e.mark.pos),
                         Tr::tr("fix the syntax at this position (indentation, quotes, a missing ':')")};
        } catch (const std::exception &e) {
            return Error{Tr::tr("Invalid YAML: %1").arg(QString::fromLocal8Bit(e.what())),
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
        return Error{Tr::tr("Aliases in this file expand to more than %1 nodes (an \"alias bomb\").")
                         .arg(limits.maxExpandedNodes),
                     doc.root->location, Tr::tr("use fewer nested aliases; a real compose file expands to a few thousand nodes")};
    return doc;
}

} // namespace Stackdeck
