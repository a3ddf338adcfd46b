#pragma once

// Internal to stackdeck_core: the yaml-cpp event handler that builds located YamlNode trees.

#include "models/core/finding.h"
#include "models/core/yamllineindex.h"
#include "models/core/yamlnode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <algorithm>
#include <vector>

namespace Stackdeck {

// Thrown out of the parser when nesting passes the reader's limit.
struct YamlTooDeep
{
    SourceLocation location;
};

class YamlTreeBuilder final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::YamlTreeBuilder)
public:
    // `base` is the byte offset of the parsed text inside `text` (non-zero for a split part).
    YamlTreeBuilder(const QByteArray &text, qsizetype base, const YamlLineIndex &lines, int maxDepth)
        : m_text(text), m_base(base), m_lines(lines), m_maxDepth(maxDepth) {}

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
        n->location = location(mark);
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
        if (qsizetype(m_stack.size()) - 1 > m_unmergedDepth)
            reportDuplicateKeys(*m_stack.back().node, 0, findings);
        pop();
    }

    // Anchors visible at the end of the document: the last node defined under each name.
    QHash<QString, YamlNodePtr> anchorsByName() const
    {
        QList<YAML::anchor_t> ids = m_anchors.keys();
        std::sort(ids.begin(), ids.end()); // yaml-cpp numbers anchors in document order
        QHash<QString, YamlNodePtr> byName;
        for (YAML::anchor_t id : ids)
            byName.insert(m_anchorNames.value(id), m_anchors.value(id));
        return byName;
    }

    // Maps at depth <= `depth` are continued in another part: their duplicate keys are checked after merging.
    void setUnmergedDepth(qsizetype depth) { m_unmergedDepth = depth; }

    // Reports keys of `map` defined twice (pairs before `from` are only compared against).
    static void reportDuplicateKeys(const YamlNode &map, qsizetype from, Findings &out)
    {
        const QList<YamlPair> &pairs = map.pairs;
        auto report = [&out](const YamlPair &second, const SourceLocation &first) {
            out.append(Finding{Severity::Error, second.key->location, QString(), QStringLiteral("yaml.duplicate-key"),
                               tr("The key \"%1\" is defined twice in this mapping (first at line %2).")
                                   .arg(second.key->value).arg(first.line),
                               tr("Remove one of the two \"%1\" entries.").arg(second.key->value)});
        };
        if (pairs.size() <= 16) { // small maps: a quadratic scan beats building a hash
            for (qsizetype i = std::max<qsizetype>(from, 1); i < pairs.size(); ++i) {
                const YamlNodePtr &k = pairs[i].key;
                if (!k || !k->isScalar())
                    continue;
                for (qsizetype j = 0; j < i; ++j) {
                    const YamlNodePtr &e = pairs[j].key;
                    if (e && e->isScalar() && e->value == k->value) {
                        report(pairs[i], e->location);
                        break;
                    }
                }
            }
            return;
        }
        QHash<QString, SourceLocation> seen;
        seen.reserve(pairs.size());
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const YamlPair &p = pairs[i];
            if (!p.key || !p.key->isScalar())
                continue;
            auto it = seen.constFind(p.key->value);
            if (it == seen.constEnd())
                seen.insert(p.key->value, p.key->location);
            else if (i >= from)
                report(p, *it);
        }
    }

    void OnAnchor(const YAML::Mark &, const std::string &name) override
    {
        m_pendingAnchorName = QString::fromStdString(name);
    }

    SourceLocation location(const YAML::Mark &mark) const
    {
        return mark.pos < 0 ? m_lines.at(-1) : m_lines.at(m_base + mark.pos);
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
        n->location = location(mark);
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
        qsizetype at = m_base + std::max<qsizetype>(0, mark.pos);
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
            throw YamlTooDeep{location(mark)};
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
    qsizetype m_base = 0;
    qsizetype m_unmergedDepth = -1;
    YamlLineIndex m_lines;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, YamlNodePtr> m_anchors;
    QHash<YAML::anchor_t, QString> m_anchorNames;
    QString m_pendingAnchorName;
};

} // namespace Stackdeck
