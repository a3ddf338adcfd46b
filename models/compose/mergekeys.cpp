#include "models/compose/mergekeys.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace Stackdeck {
namespace {

// User-facing text goes through Qt's translation system.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ComposeLoader)
};

bool isMergeKey(const YamlNodePtr &key)
{
    return key && key->isScalar() && !key->isQuoted() && key->value == QLatin1String("<<");
}

const void *sharedKey(const YamlNode &n)
{
    if (n.isMap())
        return n.pairs.isEmpty() ? nullptr : static_cast<const void *>(n.pairs.constData());
    if (n.isSequence())
        return n.items.isEmpty() ? nullptr : static_cast<const void *>(n.items.constData());
    return nullptr;
}

} // namespace

YamlNodePtr MergeKeys::apply(const YamlNodePtr &root, Findings &findings)
{
    MergeKeys m(findings);
    return m.resolve(root, 0);
}

YamlNodePtr MergeKeys::resolve(const YamlNodePtr &node, int depth)
{
    if (!node || depth > 512 || (!node->isMap() && !node->isSequence()))
        return node;
    // Only anchored nodes and their aliases share children: memoise those, walk the rest.
    const void *key = node->anchor.isEmpty() && !node->isAlias() ? nullptr : sharedKey(*node);
    if (key) {
        auto it = m_done.constFind(key);
        if (it != m_done.constEnd()) {
            if (it->get() == node.get() || sharedKey(**it) == key)
                return node; // unchanged subtree, shared by an alias
            auto copy = std::make_shared<YamlNode>(**it);
            copy->location = node->location; // where this occurrence (alias) is written
            copy->alias = node->alias;
            copy->aliasTarget = node->aliasTarget;
            copy->anchor = node->anchor;
            return copy;
        }
    }
    YamlNodePtr result;
    if (node->isMap()) {
        result = mergeMap(node, depth);
    } else {
        std::shared_ptr<YamlNode> copy;
        for (qsizetype i = 0; i < node->items.size(); ++i) {
            const YamlNodePtr v = resolve(node->items[i], depth + 1);
            if (v != node->items[i]) {
                if (!copy)
                    copy = std::make_shared<YamlNode>(*node);
                copy->items[i] = v;
            }
        }
        result = copy ? YamlNodePtr(copy) : node;
    }
    if (key)
        m_done.insert(key, result);
    return result;
}

YamlNodePtr MergeKeys::mergeMap(const YamlNodePtr &node, int depth)
{
    bool hasMerge = false;
    QList<YamlPair> pairs = node->pairs; // shared until a value changes
    for (qsizetype i = 0; i < node->pairs.size(); ++i) {
        const YamlPair &p = node->pairs[i];
        const YamlNodePtr v = resolve(p.value, depth + 1);
        if (v != p.value)
            pairs[i].value = v;
        hasMerge = hasMerge || isMergeKey(p.key);
    }
    if (!hasMerge) {
        if (pairs.constData() == node->pairs.constData())
            return node;
        auto copy = std::make_shared<YamlNode>(*node);
        copy->pairs = pairs;
        return copy;
    }
    QSet<QString> present; // explicit keys win over merged ones
    for (const YamlPair &p : pairs) {
        if (!isMergeKey(p.key) && p.key && p.key->isScalar())
            present.insert(p.key->value);
    }
    QList<YamlPair> out;
    out.reserve(pairs.size());
    for (const YamlPair &p : pairs) {
        if (!isMergeKey(p.key)) {
            out.append(p);
            continue;
        }
        QList<YamlNodePtr> sources;
        if (p.value && p.value->isMap())
            sources.append(p.value);
        else if (p.value && p.value->isSequence())
            sources = p.value->items;
        bool bad = sources.isEmpty();
        for (const YamlNodePtr &src : std::as_const(sources)) {
            if (!src || !src->isMap()) {
                bad = true;
                continue;
            }
            for (const YamlPair &sp : src->pairs) {
                if (!sp.key || !sp.key->isScalar() || present.contains(sp.key->value))
                    continue;
                present.insert(sp.key->value); // earlier sources win
                out.append(sp);
            }
        }
        if (bad) {
            m_findings.append(Finding{Severity::Error, p.value ? p.value->location : p.key->location, QString(),
                                      QStringLiteral("yaml.merge-key"),
                                      Tr::tr("A \"<<\" merge key needs a mapping or a list of mappings, not %1.")
                                          .arg(p.value ? p.value->kindName() : QStringLiteral("nothing")),
                                      Tr::tr("point \"<<\" at an anchored mapping, e.g. <<: *defaults")});
            if (sources.isEmpty())
                out.append(p); // kept so nothing written is dropped silently
        }
    }
    auto copy = std::make_shared<YamlNode>(*node);
    copy->pairs = out;
    return copy;
}

} // namespace Stackdeck
