#include "models/edit/pathresolver.h"

#include "models/edit/documentedit.h"

#include <QCoreApplication>

namespace Stackdeck {

namespace {

// Error texts are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::PathResolver)
};

qsizetype findKey(const YamlNode &map, const QString &key)
{
    for (qsizetype i = 0; i < map.pairs.size(); ++i) {
        const YamlPair &p = map.pairs.at(i);
        if (p.key && p.key->isScalar() && p.key->value == key)
            return i;
    }
    return -1;
}

QString shownPath(const QStringList &path, qsizetype count)
{
    return DocumentEdit::joinPath(path.mid(0, count));
}

} // namespace

YamlNodePtr PathResolver::findInMerge(const YamlNode &map, const QString &key, SourceLocation *mergeAt,
                                      QString *alias, int guard)
{
    if (guard > 16)
        return nullptr;
    for (const YamlPair &p : map.pairs) {
        if (!p.key || !p.key->isScalar() || p.key->value != QLatin1String("<<") || !p.value)
            continue;
        QList<YamlNodePtr> sources;
        if (p.value->isMap())
            sources.append(p.value);
        else if (p.value->isSequence())
            sources = p.value->items;
        for (const YamlNodePtr &source : sources) {
            if (!source || !source->isMap())
                continue;
            const qsizetype i = findKey(*source, key);
            YamlNodePtr found = i >= 0 ? source->pairs.at(i).value
                                       : findInMerge(*source, key, nullptr, nullptr, guard + 1);
            if (found) {
                if (mergeAt)
                    *mergeAt = p.key->location;
                if (alias)
                    *alias = source->alias;
                return found;
            }
        }
    }
    return nullptr;
}

Result<ResolvedPath> PathResolver::resolve(const YamlDocument &doc, const QStringList &path)
{
    ResolvedPath r;
    YamlNodePtr node = doc.root;
    bool flow = false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &segment = path.at(i);
        if (!node)
            return Error{Tr::tr("The document is empty."), SourceLocation{doc.file, 0, 0, -1}, QString()};
        if (node->isAlias()) {
            const SourceLocation anchorAt = node->aliasTarget ? node->aliasTarget->location : SourceLocation();
            return Error{Tr::tr("%1 is the alias *%2 at line %3 (the anchor &%2 is at line %4): a value inside "
                                        "it is shared with every other use of the anchor, so it is not changed from here.")
                             .arg(shownPath(path, i), node->alias).arg(node->location.line).arg(anchorAt.line),
                         node->location,
                         Tr::tr("replace *%1 with its own copy of the values, or edit the anchor at line %2 "
                                        "if every use should change")
                             .arg(node->alias).arg(anchorAt.line)};
        }
        flow = flow || node->isFlow();
        if (node->isMap()) {
            const qsizetype index = findKey(*node, segment);
            if (index >= 0) {
                r.steps.append(ResolvedPath::Step{node, index, flow});
                node = node->pairs.at(index).value;
                continue;
            }
            SourceLocation mergeAt;
            QString alias;
            const YamlNodePtr merged = findInMerge(*node, segment, &mergeAt, &alias);
            if (merged && i + 1 < path.size()) {
                return Error{Tr::tr("%1 comes from the merge key \"<<\" at line %2 (*%3): an override here would "
                                            "replace the whole merged mapping, not one value in it.")
                                 .arg(shownPath(path, i + 1)).arg(mergeAt.line).arg(alias),
                             mergeAt,
                             Tr::tr("copy %1 into %2 by hand, or edit the anchor &%3 if every use should change")
                                 .arg(segment, shownPath(path, i), alias)};
            }
            if (merged) {
                r.mergedValue = merged;
                r.mergeLocation = mergeAt;
                r.mergeAlias = alias;
            }
            r.deepest = node;
            r.deepestFlow = flow;
            r.missing = path.mid(i);
            return r;
        }
        if (node->isSequence()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            if (!ok || index < 0 || index >= node->items.size()) {
                return Error{Tr::tr("%1 is a list of %2 items; \"%3\" is not one of its indices.")
                                 .arg(shownPath(path, i)).arg(node->items.size()).arg(segment),
                             node->location,
                             Tr::tr("use an index from 0 to %1; new list items are added by hand")
                                 .arg(node->items.size() - 1)};
            }
            r.steps.append(ResolvedPath::Step{node, index, flow});
            node = node->items.at(index);
            continue;
        }
        if (node->isNull()) {
            r.deepest = node;
            r.deepestFlow = flow;
            r.missing = path.mid(i);
            return r;
        }
        return Error{Tr::tr("%1 is %2 (\"%3\"), not a mapping: it has no key \"%4\".")
                         .arg(shownPath(path, i), node->kindName(), node->value, segment),
                     node->location, Tr::tr("check the path; set one value per key")};
    }
    r.target = node;
    return r;
}

int PathResolver::existingDepth(const YamlDocument &doc, const QStringList &path)
{
    const Result<ResolvedPath> r = resolve(doc, path);
    if (!r.ok())
        return -1;
    if (r->found())
        return int(path.size());
    return r->mergedValue ? int(path.size()) : r->depth();
}

} // namespace Stackdeck
