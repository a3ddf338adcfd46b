#include "models/edit/yamlpatcher.h"

#include "models/core/yamlreader.h"
#include "models/edit/patchverifier.h"
#include "models/edit/pathresolver.h"
#include "models/edit/scalarformatter.h"
#include "models/edit/yamltextscanner.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Stackdeck {

namespace {

// Error texts are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::YamlPatcher)
};

struct Splice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

struct Plan
{
    QList<Splice> splices;
    bool wantString = false;
};

QByteArray applySplices(QByteArray text, QList<Splice> splices)
{
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.begin > b.begin; });
    for (const Splice &s : splices)
        text.replace(s.begin, s.end - s.begin, s.text);
    return text;
}

// Collects every "*name" use with its first location; alias nodes share children, so they are not entered.
void collectAliases(const YamlNodePtr &node, QHash<QString, SourceLocation> &uses)
{
    if (!node)
        return;
    if (node->isAlias()) {
        if (!uses.contains(node->alias))
            uses.insert(node->alias, node->location);
        return;
    }
    for (const YamlNodePtr &item : node->items)
        collectAliases(item, uses);
    for (const YamlPair &p : node->pairs) {
        collectAliases(p.key, uses);
        collectAliases(p.value, uses);
    }
}

// The document's indentation step, read from the first nested block mapping (2 when there is none).
int indentStep(const YamlNodePtr &root, const YamlTextScanner &s)
{
    QList<YamlNodePtr> queue{root};
    for (qsizetype i = 0; i < queue.size() && i < 10000; ++i) {
        const YamlNodePtr n = queue.at(i);
        if (!n || n->isAlias() || n->isFlow())
            continue;
        for (const YamlPair &p : n->pairs) {
            const YamlNodePtr &v = p.value;
            if (!v || v->isAlias() || v->isFlow() || !v->isMap() || v->pairs.isEmpty())
                continue;
            const int step = s.columnAt(v->pairs.constFirst().key->location.offset) - s.columnAt(p.key->location.offset);
            if (step > 0 && step <= 8)
                return step;
            queue.append(v);
        }
    }
    return 2;
}

int dashColumn(const YamlTextScanner &s, const YamlNodePtr &item)
{
    qsizetype i = item->location.offset - 1;
    while (i > 0 && s.text().at(i) == ' ')
        --i;
    return i >= 0 && s.text().at(i) == '-' ? s.columnAt(i) : std::max(0, s.columnAt(item->location.offset) - 2);
}

int childIndent(const YamlTextScanner &s, const ResolvedPath::Step &step)
{
    if (step.container->isMap())
        return s.columnAt(step.container->pairs.at(step.index).key->location.offset);
    return dashColumn(s, step.container->items.at(step.index));
}

QByteArray blockLines(const QStringList &keys, const QString &valueText, int indent, int step, const QByteArray &br)
{
    QByteArray out;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        if (k > 0)
            out += br;
        out += QByteArray(indent + int(k) * step, ' ');
        out += ScalarFormatter::formatKey(keys.at(k), false).toUtf8() + ':';
        if (k + 1 == keys.size())
            out += ' ' + valueText.toUtf8();
    }
    return out;
}

QByteArray flowChain(const QStringList &keys, const QString &valueText)
{
    QByteArray out = valueText.toUtf8();
    for (qsizetype k = keys.size() - 1; k >= 0; --k) {
        const QByteArray key = ScalarFormatter::formatKey(keys.at(k), true).toUtf8();
        out = k > 0 ? QByteArray("{" + key + ": " + out + "}") : QByteArray(key + ": " + out);
    }
    return out;
}

Error cannotLocate(const YamlDocument &doc, const QString &what, const SourceLocation &where)
{
    return Error{Tr::tr("Cannot tell exactly where %1 is written in %2; nothing was changed.").arg(what, doc.file),
                 where, Tr::tr("make this change by hand")};
}

Result<Plan> planSet(const YamlDocument &doc, const YamlTextScanner &s, const ResolvedPath &r, const DocumentEdit &edit)
{
    const QString shown = DocumentEdit::joinPath(edit.path);
    const YamlNodePtr &t = r.target;
    const ResolvedPath::Step &step = r.steps.constLast();
    Plan plan;
    if ((t->isMap() || t->isSequence()))
        return Error{Tr::tr("%1 holds %2; set a value inside it instead.").arg(shown, t->kindName()),
                     t->location, Tr::tr("name a key below %1").arg(shown)};
    plan.wantString = edit.asString || (t->isScalar() && ScalarFormatter::readsAsString(*t));
    const QString text = ScalarFormatter::format(edit.value, plan.wantString, t->style, step.flow);
    if (t->isAlias()) {
        const qsizetype end = s.nodeEnd(t, step.flow, 0);
        if (end < 0)
            return cannotLocate(doc, shown, t->location);
        plan.splices.append(Splice{t->location.offset, end, text.toUtf8()});
        return plan;
    }
    if (t->isScalar()) {
        const auto e = s.scalarExtent(t->location.offset, step.flow, false, t->value, childIndent(s, step));
        if (!e.ok())
            return cannotLocate(doc, shown, t->location);
        plan.splices.append(Splice{e.begin, e.end, text.toUtf8()});
        return plan;
    }
    if (!step.container->isMap())
        return Error{Tr::tr("%1 is an empty list item; set does not fill those.").arg(shown), t->location,
                     Tr::tr("write the value by hand")};
    const YamlPair &pair = step.container->pairs.at(step.index);
    const auto key = s.scalarExtent(pair.key->location.offset, step.flow, true, pair.key->value, 0);
    const qsizetype colon = key.ok() ? s.colonAfter(key.end) : -1;
    if (colon < 0)
        return cannotLocate(doc, shown, pair.key->location);
    const auto e = s.nullAfterColon(colon);
    plan.splices.append(Splice{e.begin, e.end, (e.begin == e.end ? " " : "") + text.toUtf8()});
    return plan;
}

Result<Plan> planInsert(const YamlDocument &doc, const YamlTextScanner &s, const ResolvedPath &r, const DocumentEdit &edit)
{
    const QString shown = DocumentEdit::joinPath(edit.path);
    const YamlNodePtr &d = r.deepest;
    const QByteArray br = s.lineBreak();
    const int step = indentStep(doc.root, s);
    Plan plan;
    plan.wantString = edit.asString || (r.mergedValue && ScalarFormatter::readsAsString(*r.mergedValue));
    const YamlNode::Style style = r.mergedValue ? r.mergedValue->style : YamlNode::Style::Plain;
    if (d->isMap() && (d->isFlow() || r.deepestFlow)) {
        const QString text = ScalarFormatter::format(edit.value, plan.wantString, style, true);
        if (!d->pairs.isEmpty()) {
            const qsizetype end = s.pairEnd(d->pairs.constLast(), true, 0);
            if (end < 0)
                return cannotLocate(doc, shown, d->location);
            plan.splices.append(Splice{end, end, ", " + flowChain(r.missing, text)});
        } else {
            const qsizetype close = s.flowEnd(d->location.offset);
            if (close < 0)
                return cannotLocate(doc, shown, d->location);
            plan.splices.append(Splice{close - 1, close - 1, flowChain(r.missing, text)});
        }
        return plan;
    }
    const QString text = ScalarFormatter::format(edit.value, plan.wantString, style, false);
    if (d->isMap()) {
        const YamlPair &last = d->pairs.constLast();
        const int indent = s.columnAt(d->pairs.constFirst().key->location.offset);
        const qsizetype end = s.pairEnd(last, false, s.columnAt(last.key->location.offset));
        if (end < 0)
            return cannotLocate(doc, shown, last.key->location);
        const QByteArray lines = blockLines(r.missing, text, indent, step, br);
        const qsizetype at = s.nextLineStart(end);
        if (at >= s.text().size() && !s.text().endsWith('\n'))
            plan.splices.append(Splice{at, at, br + lines});
        else
            plan.splices.append(Splice{at, at, lines + br});
        return plan;
    }
    // A key with an empty or null value becomes a mapping.
    if (r.steps.isEmpty()) {
        if (!d->value.isEmpty())
            return Error{Tr::tr("The document is a bare null; add the first key by hand."), d->location, QString()};
        const QByteArray lines = blockLines(r.missing, text, 0, step, br);
        const bool needBreak = !s.text().isEmpty() && !s.text().endsWith('\n');
        plan.splices.append(Splice{s.text().size(), s.text().size(), needBreak ? br + lines : lines + br});
        return plan;
    }
    const ResolvedPath::Step &owner = r.steps.constLast();
    if (!owner.container->isMap())
        return Error{Tr::tr("%1 is an empty list item; set does not fill those.").arg(shown), d->location,
                     Tr::tr("write the value by hand")};
    const YamlPair &pair = owner.container->pairs.at(owner.index);
    const auto key = s.scalarExtent(pair.key->location.offset, owner.flow, true, pair.key->value, 0);
    const qsizetype colon = key.ok() ? s.colonAfter(key.end) : -1;
    if (colon < 0)
        return cannotLocate(doc, shown, pair.key->location);
    const auto e = s.nullAfterColon(colon);
    if (owner.flow) {
        const QByteArray flowText = "{" + flowChain(r.missing, ScalarFormatter::format(edit.value, plan.wantString, style, true)) + "}";
        plan.splices.append(Splice{e.begin, e.end, (e.begin == e.end ? " " : "") + flowText});
        return plan;
    }
    if (e.begin != e.end)
        plan.splices.append(Splice{colon, e.end, QByteArray()});
    const QByteArray lines = blockLines(r.missing, text, s.columnAt(pair.key->location.offset) + step, step, br);
    const qsizetype at = s.nextLineStart(colon);
    if (at >= s.text().size() && !s.text().endsWith('\n'))
        plan.splices.append(Splice{at, at, br + lines});
    else
        plan.splices.append(Splice{at, at, lines + br});
    return plan;
}

Result<Plan> planRemove(const YamlDocument &doc, const YamlTextScanner &s, const ResolvedPath &r, const DocumentEdit &edit)
{
    const QString shown = DocumentEdit::joinPath(edit.path);
    const ResolvedPath::Step &step = r.steps.constLast();
    const YamlNode &c = *step.container;
    const qsizetype count = c.isMap() ? c.pairs.size() : c.items.size();
    auto startOf = [&](qsizetype i) {
        return c.isMap() ? c.pairs.at(i).key->location.offset : c.items.at(i)->location.offset;
    };
    auto endOf = [&](qsizetype i, int indent) {
        return c.isMap() ? s.pairEnd(c.pairs.at(i), step.flow, indent) : s.nodeEnd(c.items.at(i), step.flow, indent);
    };
    Plan plan;
    if (step.flow) {
        if (step.index + 1 < count) {
            plan.splices.append(Splice{startOf(step.index), startOf(step.index + 1), QByteArray()});
        } else {
            const qsizetype end = endOf(step.index, 0);
            const qsizetype from = step.index > 0 ? endOf(step.index - 1, 0) : startOf(step.index);
            if (end < 0 || from < 0)
                return cannotLocate(doc, shown, r.target->location);
            plan.splices.append(Splice{from, end, QByteArray()});
        }
        return plan;
    }
    if (count == 1)
        return Error{Tr::tr("%1 is the only entry of %2; removing it would leave %2 empty.")
                         .arg(shown, DocumentEdit::joinPath(edit.path.mid(0, edit.path.size() - 1))),
                     r.target->location, Tr::tr("remove %1 instead").arg(DocumentEdit::joinPath(edit.path.mid(0, edit.path.size() - 1)))};
    const int indent = childIndent(s, step);
    qsizetype start = c.isMap() ? startOf(step.index) : s.lineStart(startOf(step.index)) + indent;
    const qsizetype end = endOf(step.index, indent);
    if (end < 0)
        return cannotLocate(doc, shown, r.target->location);
    if (s.onlySpacesBefore(start)) {
        qsizetype from = s.lineStart(start);
        qsizetype to = s.nextLineStart(end);
        if (to >= s.text().size() && !s.text().endsWith('\n') && from > 0)
            from = s.lineEnd(from - 1); // keep the file's missing final line break
        plan.splices.append(Splice{from, to, QByteArray()});
    } else if (step.index + 1 < count) {
        plan.splices.append(Splice{start, startOf(step.index + 1), QByteArray()});
    } else {
        return Error{Tr::tr("Cannot remove %1 from where it is written; nothing was changed.").arg(shown),
                     r.target->location, Tr::tr("remove it by hand")};
    }
    return plan;
}

} // namespace

Result<QByteArray> YamlPatcher::apply(const YamlDocument &doc, const DocumentEdit &edit)
{
    const QString shown = DocumentEdit::joinPath(edit.path);
    if (edit.path.isEmpty())
        return Error{Tr::tr("No path given."), SourceLocation{doc.file, 0, 0, -1},
                     Tr::tr("name the value, e.g. services.web.image")};
    const Result<ResolvedPath> resolved = PathResolver::resolve(doc, edit.path);
    if (!resolved.ok())
        return resolved.error();
    const ResolvedPath &r = *resolved;

    // A node on the way that carries an anchor used elsewhere would change those uses too.
    QHash<QString, SourceLocation> uses;
    collectAliases(doc.root, uses);
    QList<YamlNodePtr> onPath;
    for (const ResolvedPath::Step &st : r.steps)
        onPath.append(st.container);
    onPath.append(r.found() ? r.target : r.deepest);
    for (const YamlNodePtr &n : onPath) {
        if (n && !n->anchor.isEmpty() && uses.contains(n->anchor)) {
            const SourceLocation use = uses.value(n->anchor);
            return Error{Tr::tr("%1 lies inside the anchor &%2 (line %3), which is also used at line %4 (*%2): "
                                        "changing it here would change that use too.")
                             .arg(shown, n->anchor).arg(n->location.line).arg(use.line),
                         n->location,
                         Tr::tr("change the value where it is used, or edit the anchor by hand if every use should change")};
        }
    }

    const YamlTextScanner scanner(doc.text);
    Result<Plan> plan = Error{};
    if (edit.action == DocumentEdit::Action::Remove) {
        if (!r.found())
            return Error{r.mergedValue ? Tr::tr("%1 comes from the merge key \"<<\" at line %2 (*%3); it cannot be removed here.")
                                             .arg(shown).arg(r.mergeLocation.line).arg(r.mergeAlias)
                                       : Tr::tr("%1 is not in this file; nothing to remove.").arg(shown),
                         r.mergedValue ? r.mergeLocation : SourceLocation{doc.file, 0, 0, -1}, QString()};
        plan = planRemove(doc, scanner, r, edit);
    } else if (r.found()) {
        plan = planSet(doc, scanner, r, edit);
    } else {
        plan = planInsert(doc, scanner, r, edit);
    }
    if (!plan.ok())
        return plan.error();
    const QByteArray text = applySplices(doc.text, plan->splices);
    const Status checked = PatchVerifier::verify(doc, r, edit, plan->wantString, text);
    if (!checked.ok())
        return checked.error();
    return text;
}

Result<YamlDocument> YamlPatcher::applyAll(const YamlDocument &doc, const QList<DocumentEdit> &edits)
{
    YamlDocument current = doc;
    for (const DocumentEdit &edit : edits) {
        const Result<QByteArray> text = apply(current, edit);
        if (!text.ok())
            return text.error();
        Result<YamlDocument> next = YamlReader::parse(*text, doc.file);
        if (!next.ok())
            return next.error();
        current = std::move(next).value();
    }
    return current;
}

QString YamlPatcher::describe(const DocumentEdit &edit)
{
    if (edit.action == DocumentEdit::Action::Remove)
        return QStringLiteral("remove %1").arg(DocumentEdit::joinPath(edit.path));
    return QStringLiteral("set %1 = %2").arg(DocumentEdit::joinPath(edit.path), edit.value);
}

} // namespace Stackdeck
