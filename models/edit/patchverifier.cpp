#include "models/edit/patchverifier.h"

#include "models/core/yamlreader.h"
#include "models/edit/scalarformatter.h"

#include <QCoreApplication>

#include <functional>

namespace Stackdeck {

namespace {

// Error texts are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::PatchVerifier)
};

using Leaf = std::function<YamlNodePtr(const YamlNodePtr &)>;

// Copies the nodes along `steps` and lets `leaf` replace the node the last step leads to.
YamlNodePtr rebuild(const YamlNodePtr &node, const QList<ResolvedPath::Step> &steps, qsizetype depth, const Leaf &leaf)
{
    if (depth == steps.size())
        return leaf(node);
    auto copy = std::make_shared<YamlNode>(*node);
    const qsizetype index = steps.at(depth).index;
    if (copy->isMap())
        copy->pairs[index].value = rebuild(copy->pairs.at(index).value, steps, depth + 1, leaf);
    else
        copy->items[index] = rebuild(copy->items.at(index), steps, depth + 1, leaf);
    return copy;
}

bool meansNull(const QString &value, bool wantString)
{
    return !wantString && (value == QLatin1String("~") || value == QLatin1String("null") || value == QLatin1String("Null")
                           || value == QLatin1String("NULL"));
}

YamlNodePtr valueNode(const QString &value, bool wantString)
{
    return meansNull(value, wantString) ? YamlNode::makeNull() : YamlNode::makeScalar(value);
}

YamlNodePtr chain(const QStringList &keys, const QString &value, bool wantString)
{
    YamlNodePtr node = valueNode(value, wantString);
    for (qsizetype i = keys.size() - 1; i >= 1; --i) {
        auto map = std::make_shared<YamlNode>();
        map->kind = YamlNode::Kind::Map;
        map->pairs.append(YamlPair{YamlNode::makeScalar(keys.at(i)), node});
        node = map;
    }
    return node;
}

YamlNodePtr at(YamlNodePtr node, const QStringList &path)
{
    for (const QString &segment : path) {
        if (!node)
            return nullptr;
        if (node->isSequence()) {
            node = node->items.value(segment.toInt());
        } else {
            // The last pair wins: an override written after a "<<" key sits later in the map.
            YamlNodePtr found;
            for (const YamlPair &p : node->pairs) {
                if (p.key && p.key->value == segment)
                    found = p.value;
            }
            node = found;
        }
    }
    return node;
}

} // namespace

Status PatchVerifier::verify(const YamlDocument &before, const ResolvedPath &where, const DocumentEdit &edit,
                             bool wantString, const QByteArray &newText)
{
    const QString shown = DocumentEdit::joinPath(edit.path);
    const Result<YamlDocument> after = YamlReader::parse(newText, before.file);
    if (!after.ok())
        return Error{Tr::tr("Changing %1 would leave text that does not parse (%2); nothing was written.")
                         .arg(shown, after.error().message),
                     after.error().location, Tr::tr("make this change by hand and report the case")};

    YamlNodePtr expected;
    if (edit.action == DocumentEdit::Action::Remove) {
        QList<ResolvedPath::Step> parentSteps = where.steps;
        const ResolvedPath::Step last = parentSteps.takeLast();
        expected = rebuild(before.root, parentSteps, 0, [&](const YamlNodePtr &n) {
            auto copy = std::make_shared<YamlNode>(*n);
            if (copy->isMap())
                copy->pairs.removeAt(last.index);
            else
                copy->items.removeAt(last.index);
            return YamlNodePtr(copy);
        });
    } else if (where.found()) {
        expected = rebuild(before.root, where.steps, 0, [&](const YamlNodePtr &) {
            return valueNode(edit.value, wantString);
        });
    } else {
        expected = rebuild(before.root, where.steps, 0, [&](const YamlNodePtr &n) {
            auto copy = std::make_shared<YamlNode>(*n);
            copy->kind = YamlNode::Kind::Map;
            copy->value.clear();
            copy->pairs.append(YamlPair{YamlNode::makeScalar(where.missing.first()), chain(where.missing, edit.value, wantString)});
            return YamlNodePtr(copy);
        });
    }
    if (!sameContent(expected, after->root))
        return Error{Tr::tr("Changing %1 would also change other values of the file; nothing was written.")
                         .arg(shown),
                     before.root ? before.root->location : SourceLocation(),
                     Tr::tr("make this change by hand and report the case")};

    if (edit.action == DocumentEdit::Action::Set && !meansNull(edit.value, wantString)) {
        const YamlNodePtr now = at(after->root, edit.path);
        if (!now || !now->isScalar() || now->value != edit.value || (wantString && !ScalarFormatter::readsAsString(*now)))
            return Error{Tr::tr("After the change %1 does not read back as \"%2\"; nothing was written.")
                             .arg(shown, edit.value),
                         now ? now->location : SourceLocation(), Tr::tr("make this change by hand")};
    }
    if (countSeverity(after->findings, Severity::Error) > countSeverity(before.findings, Severity::Error))
        return Error{Tr::tr("Changing %1 would add a duplicate key; nothing was written.").arg(shown),
                     after->findings.constFirst().location, Tr::tr("make this change by hand")};
    return success();
}

} // namespace Stackdeck
