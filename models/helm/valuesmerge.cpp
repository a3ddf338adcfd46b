#include "models/helm/valuesmerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Stackdeck {
namespace {

using Memo = QHash<const void *, YamlNodePtr>;

// Shared children identify aliased subtrees, so each is resolved once (alias bombs stay linear).
const void *childrenKey(const YamlNodePtr &n)
{
    if (n->isMap() && !n->pairs.isEmpty())
        return n->pairs.constData();
    if (n->isSequence() && !n->items.isEmpty())
        return n->items.constData();
    return nullptr;
}

bool isMergeKey(const YamlNodePtr &key)
{
    return key && key->isScalar() && !key->isQuoted() && key->value == u"<<";
}

YamlNodePtr resolve(const YamlNodePtr &n, Memo &memo, Findings *findings);

// Scalar keys already taken, so merging stays linear in the size of the mappings.
struct TakenKeys
{
    QSet<QString> scalars;
    QList<YamlNodePtr> others;

    bool contains(const YamlNodePtr &key) const
    {
        if (key && key->isScalar())
            return scalars.contains(key->value);
        for (const YamlNodePtr &o : others) {
            if (ValuesMerge::sameKey(o, key))
                return true;
        }
        return false;
    }
    void insert(const YamlNodePtr &key)
    {
        if (key && key->isScalar())
            scalars.insert(key->value);
        else
            others.append(key);
    }
};

void addMergeSource(const YamlNodePtr &source, QList<YamlPair> &merged, TakenKeys &taken, Memo &memo, Findings *findings)
{
    const YamlNodePtr resolved = resolve(source, memo, findings);
    if (!resolved || !resolved->isMap()) {
        if (findings)
            findings->append(Finding{Severity::Warning, source ? source->location : SourceLocation{},
                                     QString(), QStringLiteral("yaml.merge-key"),
                                     QCoreApplication::translate("Stackdeck::ValuesMerge",
                                                                 "A \"<<\" merge key needs a mapping or a list of mappings; this is %1.")
                                         .arg(source ? source->kindName() : QStringLiteral("nothing")),
                                     QCoreApplication::translate("Stackdeck::ValuesMerge",
                                                                 "point \"<<\" at an anchored mapping, e.g. \"<<: *defaults\"")});
        return;
    }
    for (const YamlPair &p : resolved->pairs) {
        if (!taken.contains(p.key)) {
            taken.insert(p.key);
            merged.append(p);
        }
    }
}

YamlNodePtr resolve(const YamlNodePtr &n, Memo &memo, Findings *findings)
{
    if (!n || (!n->isMap() && !n->isSequence()))
        return n;
    const void *key = childrenKey(n);
    if (!key)
        return n;
    const auto hit = memo.constFind(key);
    if (hit != memo.constEnd())
        return childrenKey(*hit) == key ? n : *hit;

    bool changed = false;
    auto copy = std::make_shared<YamlNode>(*n);
    if (n->isSequence()) {
        for (YamlNodePtr &item : copy->items) {
            const YamlNodePtr r = resolve(item, memo, findings);
            changed = changed || r != item;
            item = r;
        }
    } else {
        QList<YamlPair> explicitPairs;
        QList<YamlPair> merged;
        TakenKeys mergedKeys;
        qsizetype mergeAt = -1;
        for (const YamlPair &p : n->pairs) {
            if (isMergeKey(p.key)) {
                changed = true;
                if (mergeAt < 0)
                    mergeAt = explicitPairs.size();
                if (p.value && p.value->isSequence()) {
                    for (const YamlNodePtr &source : p.value->items)
                        addMergeSource(source, merged, mergedKeys, memo, findings);
                } else {
                    addMergeSource(p.value, merged, mergedKeys, memo, findings);
                }
                continue;
            }
            const YamlNodePtr r = resolve(p.value, memo, findings);
            changed = changed || r != p.value;
            explicitPairs.append(YamlPair{p.key, r});
        }
        if (mergeAt >= 0) {
            // Merged keys sit where "<<" was written, unless an explicit key overrides them.
            TakenKeys explicitKeys;
            for (const YamlPair &e : std::as_const(explicitPairs))
                explicitKeys.insert(e.key);
            QList<YamlPair> pairs = explicitPairs.mid(0, mergeAt);
            for (const YamlPair &m : std::as_const(merged)) {
                if (!explicitKeys.contains(m.key))
                    pairs.append(m);
            }
            pairs += explicitPairs.mid(mergeAt);
            copy->pairs = pairs;
        } else {
            copy->pairs = explicitPairs;
        }
    }
    const YamlNodePtr result = changed ? YamlNodePtr(copy) : n;
    memo.insert(key, result);
    return result;
}

YamlNodePtr strip(const YamlNodePtr &n, Memo &memo)
{
    if (!n || !n->isMap())
        return n;
    const void *key = childrenKey(n);
    if (!key)
        return n;
    const auto hit = memo.constFind(key);
    if (hit != memo.constEnd())
        return childrenKey(*hit) == key ? n : *hit;
    bool changed = false;
    QList<YamlPair> pairs;
    for (const YamlPair &p : n->pairs) {
        if (p.value && p.value->isNull()) {
            changed = true;
            continue;
        }
        const YamlNodePtr v = strip(p.value, memo);
        changed = changed || v != p.value;
        pairs.append(YamlPair{p.key, v});
    }
    YamlNodePtr result = n;
    if (changed) {
        auto copy = std::make_shared<YamlNode>(*n);
        copy->pairs = pairs;
        result = copy;
    }
    memo.insert(key, result);
    return result;
}

} // namespace

bool ValuesMerge::sameKey(const YamlNodePtr &a, const YamlNodePtr &b)
{
    if (a && b && a->isScalar() && b->isScalar())
        return a->value == b->value;
    return sameContent(a, b);
}

YamlNodePtr ValuesMerge::resolveMergeKeys(const YamlNodePtr &root, Findings *findings)
{
    Memo memo;
    return resolve(root, memo, findings);
}

YamlNodePtr ValuesMerge::stripNulls(const YamlNodePtr &node)
{
    Memo memo;
    return strip(node, memo);
}

YamlNodePtr ValuesMerge::overlay(const YamlNodePtr &base, const YamlNodePtr &over)
{
    if (!over)
        return base;
    if (!over->isMap() || !base || !base->isMap())
        return over->isMap() ? stripNulls(over) : over;

    QList<YamlPair> pairs = base->pairs;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (pairs[i].key && pairs[i].key->isScalar() && !index.contains(pairs[i].key->value))
            index.insert(pairs[i].key->value, i);
    }
    for (const YamlPair &p : over->pairs) {
        qsizetype at = -1;
        if (p.key && p.key->isScalar()) {
            at = index.value(p.key->value, -1);
        } else {
            for (qsizetype i = 0; i < pairs.size() && at < 0; ++i) {
                if (sameKey(pairs[i].key, p.key))
                    at = i;
            }
        }
        if (p.value && p.value->isNull()) {
            if (at >= 0)
                pairs[at].value = nullptr; // removed below; keeps indices stable meanwhile
            continue;
        }
        if (at >= 0) {
            pairs[at].value = overlay(pairs[at].value, p.value);
        } else {
            pairs.append(YamlPair{p.key, overlay(nullptr, p.value)});
            if (p.key && p.key->isScalar())
                index.insert(p.key->value, pairs.size() - 1);
        }
    }
    pairs.removeIf([](const YamlPair &p) { return !p.value; });
    auto merged = std::make_shared<YamlNode>(*over);
    merged->pairs = pairs;
    return merged;
}

} // namespace Stackdeck
