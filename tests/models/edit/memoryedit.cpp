#include "memoryedit.h"

#include "models/core/yamlreader.h"
#include "models/edit/linediff.h"
#include "models/edit/pathresolver.h"

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// A copy of `root` without the entry at `path` (the last pair of that key wins, as for "<<" overrides).
YamlNodePtr without(const YamlNodePtr &node, const QStringList &path, qsizetype depth)
{
    if (!node || depth >= path.size())
        return node;
    auto copy = std::make_shared<YamlNode>(*node);
    if (copy->isSequence()) {
        const int index = path.at(depth).toInt();
        if (index >= 0 && index < copy->items.size()) {
            if (depth + 1 == path.size())
                copy->items.removeAt(index);
            else
                copy->items[index] = without(copy->items.at(index), path, depth + 1);
        }
        return copy;
    }
    for (qsizetype i = copy->pairs.size() - 1; i >= 0; --i) {
        if (copy->pairs.at(i).key && copy->pairs.at(i).key->value == path.at(depth)) {
            if (depth + 1 == path.size())
                copy->pairs.removeAt(i);
            else
                copy->pairs[i].value = without(copy->pairs.at(i).value, path, depth + 1);
            break;
        }
    }
    return copy;
}

YamlNodePtr lastAt(YamlNodePtr node, const QStringList &path)
{
    for (const QString &key : path) {
        YamlNodePtr next;
        for (const YamlPair &p : node ? node->pairs : QList<YamlPair>()) {
            if (p.key && p.key->value == key)
                next = p.value;
        }
        node = next;
    }
    return node;
}

} // namespace

std::optional<MemoryEdit> chooseMemoryEdit(const YamlDocument &doc, QString *why)
{
    const YamlNodePtr services = doc.root && doc.root->isMap() ? doc.root->get(u"services") : nullptr;
    if (!services || !services->isMap() || services->pairs.isEmpty()) {
        *why = u"no services mapping"_s;
        return std::nullopt;
    }
    auto make = [&](const QStringList &path) -> std::optional<MemoryEdit> {
        const Result<ResolvedPath> r = PathResolver::resolve(doc, path);
        if (!r.ok() || (!r->found() && !r->mergedValue))
            return std::nullopt;
        MemoryEdit m;
        const YamlNodePtr old = r->found() ? r->target : r->mergedValue;
        m.edit = DocumentEdit::set(path, old && old->value == "3G"_L1 ? u"5G"_s : u"3G"_s);
        m.replace = r->found();
        m.changedRoot = path;
        return m;
    };
    for (const YamlPair &service : services->pairs) {
        const QString name = service.key->value;
        if (auto m = make({u"services"_s, name, u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}))
            return m;
        if (auto m = make({u"services"_s, name, u"mem_limit"_s}))
            return m;
    }
    const QString first = services->pairs.constFirst().key->value;
    MemoryEdit m;
    m.edit = DocumentEdit::set({u"services"_s, first, u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s}, u"3G"_s);
    const Result<ResolvedPath> r = PathResolver::resolve(doc, m.edit.path);
    if (!r.ok()) {
        *why = r.error().message;
        return std::nullopt;
    }
    // Keys are inserted below the deepest existing map, or replace the empty value that stood there.
    m.changedRoot = m.edit.path.mid(0, r->depth() + (r->deepest && r->deepest->isMap() ? 1 : 0));
    m.inline_ = r->deepestFlow || (r->deepest && r->deepest->isFlow());
    return m;
}

QString checkMemoryEdit(const YamlDocument &before, const MemoryEdit &edit, const QByteArray &after)
{
    // A file without a final line break gets one when lines are added after its last line.
    const auto ended = [](QByteArray t) { return t.endsWith('\n') ? t : t + '\n'; };
    const LineDiff::Stats stats = LineDiff::stats(LineDiff::compare(ended(before.text), ended(after)));
    if ((edit.replace || edit.inline_) && (stats.removed != 1 || stats.added != 1 || stats.blocks != 1))
        return u"changing in place removed %1 and added %2 lines in %3 places"_s.arg(stats.removed).arg(stats.added).arg(stats.blocks);
    if (!edit.replace && !edit.inline_ && (stats.removed != 0 || stats.added < 1 || stats.blocks != 1))
        return u"inserting removed %1 and added %2 lines in %3 places"_s.arg(stats.removed).arg(stats.added).arg(stats.blocks);
    const Result<YamlDocument> parsed = YamlReader::parse(after, before.file);
    if (!parsed.ok())
        return u"the result does not parse: "_s + parsed.error().toString();
    const YamlNodePtr value = lastAt(parsed->root, edit.edit.path);
    if (!value || value->value != edit.edit.value)
        return u"the new value does not read back"_s;
    if (!sameContent(without(before.root, edit.changedRoot, 0), without(parsed->root, edit.changedRoot, 0)))
        return u"other values changed"_s;
    return QString();
}

} // namespace Stackdeck
