#include "models/editor/anchorpatcher.h"

#include "models/core/yamlreader.h"
#include "models/edit/yamlpatcher.h"

#include <QCoreApplication>
#include <QSet>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::AnchorPatcher)
};

void anchorsOnPath(const YamlNodePtr &root, const QStringList &path, QSet<QString> &anchors)
{
    YamlNodePtr node = root;
    for (const QString &segment : path) {
        if (!node || node->isAlias())
            return;
        if (!node->anchor.isEmpty())
            anchors.insert(node->anchor);
        YamlNodePtr next;
        if (node->isMap()) {
            for (const YamlPair &p : node->pairs) {
                if (p.key && p.key->isScalar() && p.key->value == segment)
                    next = p.value;
            }
        } else if (node->isSequence()) {
            next = node->items.value(segment.toInt());
        }
        node = next;
    }
    if (node && !node->isAlias() && !node->anchor.isEmpty())
        anchors.insert(node->anchor);
}

void aliasUses(const YamlNodePtr &node, const QSet<QString> &names, QList<qsizetype> &offsets)
{
    if (!node)
        return;
    if (node->isAlias()) {
        if (names.contains(node->alias))
            offsets.append(node->location.offset);
        return;
    }
    for (const YamlNodePtr &item : node->items)
        aliasUses(item, names, offsets);
    for (const YamlPair &p : node->pairs) {
        aliasUses(p.key, names, offsets);
        aliasUses(p.value, names, offsets);
    }
}

} // namespace

Result<QByteArray> AnchorPatcher::apply(const YamlDocument &doc, const DocumentEdit &edit)
{
    QSet<QString> anchors;
    anchorsOnPath(doc.root, edit.path, anchors);
    QList<qsizetype> uses;
    if (!anchors.isEmpty())
        aliasUses(doc.root, anchors, uses);
    if (uses.isEmpty())
        return YamlPatcher::apply(doc, edit);

    // "*name" becomes the plain scalar "Zname" (same length) while the patch is made.
    QByteArray masked = doc.text;
    for (const qsizetype at : std::as_const(uses)) {
        if (at < 0 || at >= masked.size() || masked.at(at) != '*')
            return YamlPatcher::apply(doc, edit); // unknown layout: the patcher refuses with its own message
        masked[at] = 'Z';
    }
    Result<YamlDocument> maskedDoc = YamlReader::parse(masked, doc.file);
    if (!maskedDoc)
        return YamlPatcher::apply(doc, edit);
    const Result<QByteArray> patched = YamlPatcher::apply(*maskedDoc, edit);
    if (!patched)
        return patched.error();
    QByteArray text = *patched;
    // One splice changed the text: offsets before it stay, offsets after it move by the size difference.
    qsizetype prefix = 0;
    const qsizetype common = std::min(masked.size(), text.size());
    while (prefix < common && masked.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && masked.at(masked.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const qsizetype delta = text.size() - masked.size();
    for (const qsizetype at : std::as_const(uses)) {
        qsizetype now = -1;
        if (at < prefix)
            now = at;
        else if (at >= masked.size() - suffix)
            now = at + delta;
        if (now < 0 || now >= text.size() || text.at(now) != 'Z')
            return Error{Tr::tr("Cannot keep the alias uses of the anchor while changing %1; nothing was changed.")
                             .arg(DocumentEdit::joinPath(edit.path)),
                         doc.locationAt(at), Tr::tr("make this change by hand")};
        text[now] = '*';
    }
    const Result<YamlDocument> check = YamlReader::parse(text, doc.file);
    if (!check)
        return Error{Tr::tr("Changing %1 would leave text that does not parse; nothing was changed.")
                         .arg(DocumentEdit::joinPath(edit.path)),
                     check.error().location, Tr::tr("make this change by hand")};
    return text;
}

} // namespace Stackdeck
