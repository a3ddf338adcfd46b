#include "models/editor/fieldlocator.h"

namespace Stackdeck {

namespace {

bool sameSpot(const YamlNodePtr &raw, const YamlNodePtr &target)
{
    return raw->location.offset == target->location.offset && raw->location.file == target->location.file
           && (raw->kind == target->kind || raw->isAlias());
}

// Depth-first over the raw tree; aliases are matched but not entered (their anchor is found where defined).
bool search(const YamlNodePtr &node, const YamlNodePtr &target, QStringList &path, QStringList &anchors, int depth)
{
    if (!node || depth > 256)
        return false;
    if (sameSpot(node, target))
        return true;
    if (node->isAlias())
        return false;
    anchors.append(node->anchor);
    for (qsizetype i = 0; i < node->items.size(); ++i) {
        path.append(QString::number(i));
        if (search(node->items.at(i), target, path, anchors, depth + 1))
            return true;
        path.removeLast();
    }
    for (const YamlPair &p : node->pairs) {
        if (!p.key || !p.key->isScalar() || p.key->value == QLatin1String("<<"))
            continue;
        path.append(p.key->value);
        if (search(p.value, target, path, anchors, depth + 1))
            return true;
        path.removeLast();
    }
    anchors.removeLast();
    return false;
}

const YamlDocument *documentOf(const ComposeProject &project, const QString &file)
{
    for (const YamlDocument &doc : project.documents) {
        if (doc.file == file)
            return &doc;
    }
    return nullptr;
}

} // namespace

YamlNodePtr FieldLocator::at(const YamlNodePtr &root, const QStringList &path)
{
    YamlNodePtr node = root;
    for (const QString &segment : path) {
        if (!node)
            return nullptr;
        if (node->isSequence()) {
            bool ok = false;
            const int i = segment.toInt(&ok);
            node = ok ? node->items.value(i) : nullptr;
        } else if (node->isMap()) {
            YamlNodePtr found; // the last pair wins, as in compose
            for (const YamlPair &p : node->pairs) {
                if (p.key && p.key->isScalar() && p.key->value == segment)
                    found = p.value;
            }
            node = found;
        } else {
            return nullptr;
        }
    }
    return node;
}

bool FieldLocator::rawPathOf(const YamlNodePtr &root, const YamlNodePtr &target, QStringList *path, QString *anchor)
{
    if (!root || !target || target->location.offset < 0)
        return false;
    QStringList p;
    QStringList anchors;
    if (!search(root, target, p, anchors, 0))
        return false;
    *path = p;
    anchor->clear();
    for (const QString &a : std::as_const(anchors)) {
        if (!a.isEmpty())
            *anchor = a;
    }
    return true;
}

FieldValue FieldLocator::locate(const ComposeProject &project, const QStringList &prefix, const QStringList &path,
                                const QString &fallbackFile)
{
    FieldValue fv;
    const YamlNodePtr leaf = at(project.effective, prefix + path);
    if (leaf) {
        fv.isSet = true;
        fv.resolved = leaf->isScalar() ? leaf->value : QString();
        fv.value = leaf->isScalar() ? (leaf->raw.isEmpty() ? leaf->value : leaf->raw) : QString();
        fv.location = leaf->location;
    }
    // The deepest node on the path that is written somewhere takes the edit; missing keys go below it.
    for (qsizetype k = path.size(); k >= 0; --k) {
        const YamlNodePtr node = at(project.effective, prefix + path.mid(0, k));
        if (!node)
            continue;
        const YamlDocument *doc = documentOf(project, node->location.file);
        QStringList raw;
        QString anchor;
        if (!doc || !rawPathOf(doc->root, node, &raw, &anchor))
            continue;
        if (k < path.size() && !node->isMap() && !node->isNull())
            break; // a scalar or list in the way: the key cannot go below it
        fv.file = doc->file;
        fv.rawPath = raw + path.mid(k);
        fv.anchor = anchor;
        if (k == path.size()) {
            const YamlNodePtr written = at(doc->root, raw);
            if (written && written->isScalar())
                fv.value = written->value; // as written, before interpolation
        }
        if (prefix.size() == 2 && !anchor.isEmpty()) {
            const YamlNodePtr services = at(project.effective, {prefix.first()});
            for (const YamlPair &s : services ? services->pairs : QList<YamlPair>()) {
                if (!s.key || s.key->value == prefix.at(1))
                    continue;
                const YamlNodePtr other = at(s.value, path.mid(0, k));
                if (other && other->location == node->location)
                    fv.sharedWith.append(s.key->value);
            }
        }
        return fv;
    }
    fv.file = fallbackFile;
    fv.rawPath = prefix + path;
    return fv;
}

} // namespace Stackdeck
