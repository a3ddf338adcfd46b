#include "models/core/yamlreader.h"

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
#include <vector>

Q_LOGGING_CATEGORY(lcYaml, "stackdeck.yaml")

namespace Stackdeck {
namespace {

struct TooDeep
{
    YAML::Mark mark;
};

// Maps yaml-cpp marks (byte offsets) to 1-based line and character column.
class LineIndex
{
public:
    LineIndex(const QByteArray &text, const QString &file) : m_text(text), m_file(file)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_starts.push_back(i + 1);
        }
    }

    SourceLocation at(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, 0, m_text.size());
        auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const qsizetype lineIndex = qsizetype(it - m_starts.begin()) - 1;
        const qsizetype lineStart = m_starts[size_t(lineIndex)];
        // Events arrive in document order: continue from the last position on the same line,
        // so a single long line costs linear, not quadratic, time.
        qsizetype from = lineStart;
        int column = 1;
        if (m_lastLine == lineIndex && m_lastOffset <= offset) {
            from = m_lastOffset;
            column = m_lastColumn;
        }
        for (qsizetype i = from; i < offset; ++i) {
            if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        m_lastLine = lineIndex;
        m_lastOffset = offset;
        m_lastColumn = column;
        return SourceLocation{m_file, int(lineIndex) + 1, column, offset};
    }

    SourceLocation at(const YAML::Mark &mark) const
    {
        if (mark.pos < 0)
            return SourceLocation{m_file, 0, 0, -1};
        return at(qsizetype(mark.pos));
    }

private:
    const QByteArray &m_text;
    QString m_file;
    std::vector<qsizetype> m_starts;
    mutable qsizetype m_lastLine = -1;
    mutable qsizetype m_lastOffset = 0;
    mutable int m_lastColumn = 1;
};

class TreeBuilder final : public YAML::EventHandler
{
public:
    TreeBuilder(const QByteArray &text, const LineIndex &lines, int maxDepth)
        : m_text(text), m_lines(lines), m_maxDepth(maxDepth) {}

    YamlNodePtr root;
    Findings findings;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto n = newNode(mark, anchor);
        n->kind = YamlNode::Kind::Null;
        const qsizetype at = contentOffset(mark);
        if (at < m_text.size() && m_text.at(at) == '~')
            n->value = QStringLiteral("~");
        else if (m_text.mid(at, 4).toLower() == "null")
            n->value = QString::fromLatin1(m_text.mid(at, 4));
        remember(anchor, n);
        add(n);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const YamlNodePtr target = m_anchors.value(anchor);
        auto n = std::make_shared<YamlNode>();
        if (target)
            *n = *target; // shares the target's children: lists are implicitly shared
        n->anchor.clear();
        n->alias = m_anchorNames.value(anchor);
        n->aliasTarget = target;
        n->location = m_lines.at(mark);
        add(n);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        auto n = newNode(mark, anchor);
        n->kind = YamlNode::Kind::Scalar;
        n->value = QString::fromStdString(value);
        if (tag == "!") {
            const qsizetype at = contentOffset(mark);
            const char c = at < m_text.size() ? m_text.at(at) : '\0';
            n->style = c == '\'' ? YamlNode::Style::SingleQuoted
                     : c == '|'  ? YamlNode::Style::Literal
                     : c == '>'  ? YamlNode::Style::Folded
                                 : YamlNode::Style::DoubleQuoted;
        } else if (tag != "?" && !tag.empty()) {
            n->tag = QString::fromStdString(tag);
        }
        remember(anchor, n);
        add(n);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        auto n = newNode(mark, anchor);
        n->kind = YamlNode::Kind::Sequence;
        n->style = style == YAML::EmitterStyle::Flow ? YamlNode::Style::Flow : YamlNode::Style::Block;
        setTag(*n, tag);
        push(n, anchor, mark);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        auto n = newNode(mark, anchor);
        n->kind = YamlNode::Kind::Map;
        n->style = style == YAML::EmitterStyle::Flow ? YamlNode::Style::Flow : YamlNode::Style::Block;
        setTag(*n, tag);
        push(n, anchor, mark);
    }

    void OnMapEnd() override
    {
        const Frame &f = m_stack.back();
        QHash<QString, SourceLocation> seen;
        for (const YamlPair &p : f.node->pairs) {
            if (!p.key || !p.key->isScalar())
                continue;
            auto it = seen.constFind(p.key->value);
            if (it != seen.constEnd()) {
                findings.append(Finding{Severity::Error, p.key->location, QString(),
                                        QStringLiteral("yaml.duplicate-key"),
                                        QStringLiteral("The key \"%1\" is defined twice in this mapping (first at line %2).")
                                            .arg(p.key->value).arg(it->line),
                                        QStringLiteral("Remove one of the two \"%1\" entries.").arg(p.key->value)});
            } else {
                seen.insert(p.key->value, p.key->location);
            }
        }
        pop();
    }

    void OnAnchor(const YAML::Mark &, const std::string &name) override
    {
        m_pendingAnchorName = QString::fromStdString(name);
    }

private:
    struct Frame
    {
        std::shared_ptr<YamlNode> node;
        YAML::anchor_t anchor = 0;
        std::shared_ptr<YamlNode> pendingKey; // maps: key waiting for its value
    };

    std::shared_ptr<YamlNode> newNode(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        auto n = std::make_shared<YamlNode>();
        n->location = m_lines.at(mark);
        if (anchor != YAML::NullAnchor) {
            n->anchor = m_pendingAnchorName;
            m_anchorNames.insert(anchor, m_pendingAnchorName);
        }
        m_pendingAnchorName.clear();
        return n;
    }

    static void setTag(YamlNode &n, const std::string &tag)
    {
        if (tag != "?" && tag != "!" && !tag.empty())
            n.tag = QString::fromStdString(tag);
    }

    // Skips "&anchor" and "!tag" prefixes so styles are read from the content itself.
    qsizetype contentOffset(const YAML::Mark &mark) const
    {
        qsizetype at = std::max<qsizetype>(0, mark.pos);
        for (int guard = 0; guard < 4 && at < m_text.size(); ++guard) {
            const char c = m_text.at(at);
            if (c != '&' && c != '!')
                break;
            while (at < m_text.size() && m_text.at(at) != ' ' && m_text.at(at) != '\n' && m_text.at(at) != '\t')
                ++at;
            while (at < m_text.size() && (m_text.at(at) == ' ' || m_text.at(at) == '\t'))
                ++at;
        }
        return at;
    }

    void add(const std::shared_ptr<YamlNode> &n)
    {
        if (m_stack.empty()) {
            if (!root)
                root = n;
            return;
        }
        Frame &f = m_stack.back();
        if (f.node->kind == YamlNode::Kind::Sequence) {
            f.node->items.append(n);
        } else if (!f.pendingKey) {
            f.pendingKey = n;
        } else {
            f.node->pairs.append(YamlPair{f.pendingKey, n});
            f.pendingKey.reset();
        }
    }

    void push(const std::shared_ptr<YamlNode> &n, YAML::anchor_t anchor, const YAML::Mark &mark)
    {
        if (int(m_stack.size()) >= m_maxDepth)
            throw TooDeep{mark};
        m_stack.push_back(Frame{n, anchor, {}});
    }

    void pop()
    {
        Frame f = m_stack.back();
        m_stack.pop_back();
        if (f.anchor != YAML::NullAnchor)
            m_anchors.insert(f.anchor, f.node);
        add(f.node);
    }

    // Scalars and nulls become anchor targets as soon as they are read.
    void remember(YAML::anchor_t anchor, const YamlNodePtr &n)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors.insert(anchor, n);
    }

    const QByteArray &m_text;
    const LineIndex &m_lines;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, YamlNodePtr> m_anchors;
    QHash<YAML::anchor_t, QString> m_anchorNames;
    QString m_pendingAnchorName;
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

Result<YamlDocument> YamlReader::parse(const QByteArray &text, const QString &fileName, const Limits &limits)
{
    YamlDocument doc;
    doc.file = fileName;
    doc.text = text;
    const LineIndex lines(doc.text, fileName);

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

    std::string bytes(text.constData(), size_t(text.size()));
    std::istringstream stream(bytes);
    TreeBuilder builder(doc.text, lines, limits.maxDepth);
    try {
        YAML::Parser parser(stream);
        if (parser.HandleNextDocument(builder)) {
            TreeBuilder extra(doc.text, lines, limits.maxDepth);
            if (parser.HandleNextDocument(extra)) {
                doc.findings.append(Finding{Severity::Warning, extra.root ? extra.root->location : SourceLocation{fileName, 0, 0, -1},
                                            QString(), QStringLiteral("yaml.extra-document"),
                                            QStringLiteral("The file holds more than one YAML document; only the first is read."),
                                            QStringLiteral("move the other documents to files of their own")});
            }
        }
    } catch (const TooDeep &deep) {
        return Error{QStringLiteral("The YAML is nested more than %1 levels deep.").arg(limits.maxDepth),
                     lines.at(deep.mark), QStringLiteral("flatten the structure; compose and values files need a few levels")};
    } catch (const YAML::Exception &e) {
        QString msg = QString::fromStdString(e.msg);
        if (!msg.isEmpty())
            msg[0] = msg[0].toUpper();
        if (!msg.endsWith(QLatin1Char('.')))
            msg += QLatin1Char('.');
        return Error{QStringLiteral("Invalid YAML: %1").arg(msg), lines.at(e.mark),
                     QStringLiteral("fix the syntax at this position (indentation, quotes, a missing ':')")};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("Invalid YAML: %1").arg(QString::fromLocal8Bit(e.what())),
                     SourceLocation{fileName, 0, 0, -1}, QString()};
    }
    doc.root = builder.root ? builder.root : YamlNode::makeNull(lines.at(0));
    doc.findings += builder.findings;

    QHash<const void *, qint64> memo;
    if (expandedSize(doc.root, memo, limits.maxExpandedNodes) > limits.maxExpandedNodes)
        return Error{QStringLiteral("Aliases in this file expand to more than %1 nodes (an \"alias bomb\").")
                         .arg(limits.maxExpandedNodes),
                     doc.root->location, QStringLiteral("use fewer nested aliases; a real compose file expands to a few thousand nodes")};
    return doc;
}

} // namespace Stackdeck
