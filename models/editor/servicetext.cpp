#include "models/editor/servicetext.h"

#include "models/core/yamlreader.h"
#include "models/edit/scalarformatter.h"
#include "models/edit/yamltextscanner.h"

#include <QCoreApplication>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ServiceText)
};

const YamlPair *servicesPair(const YamlDocument &doc)
{
    return doc.root && doc.root->isMap() ? doc.root->pair(u"services") : nullptr;
}

bool hasAnchor(const YamlNodePtr &node)
{
    if (!node || node->isAlias())
        return false;
    if (!node->anchor.isEmpty())
        return true;
    for (const YamlNodePtr &item : node->items) {
        if (hasAnchor(item))
            return true;
    }
    for (const YamlPair &p : node->pairs) {
        if (hasAnchor(p.value))
            return true;
    }
    return false;
}

// Inserts `block` (lines at the services' indentation, each ending in a line break) after the last service.
Result<QByteArray> insertAtEnd(const YamlDocument &doc, const QByteArray &block)
{
    const YamlTextScanner s(doc.text);
    const YamlPair *services = servicesPair(doc);
    const YamlNodePtr map = services ? services->value : YamlNodePtr();
    if (!map || map->isFlow() || map->isAlias() || !map->isMap() || map->pairs.isEmpty())
        return Error{Tr::tr("services: is not a block mapping with services in %1; add the service in the YAML view.").arg(doc.file),
                     services ? services->key->location : SourceLocation{doc.file, 0, 0, -1}, QString()};
    const YamlPair &last = map->pairs.constLast();
    const int column = s.columnAt(last.key->location.offset);
    const qsizetype end = s.pairEnd(last, false, column);
    if (end < 0)
        return Error{Tr::tr("Cannot tell where the services end in %1; nothing was changed.").arg(doc.file), last.key->location,
                     Tr::tr("add the service in the YAML view")};
    const qsizetype at = s.nextLineStart(end);
    // Services separated by blank lines get one before the new block too.
    const qsizetype lastStart = s.lineStart(last.key->location.offset);
    const bool blankBefore = lastStart >= 2 && doc.text.at(lastStart - 1) == '\n'
                             && (doc.text.at(lastStart - 2) == '\n' || (lastStart >= 3 && doc.text.mid(lastStart - 3, 2) == "\n\r"));
    QByteArray insert;
    if (at >= doc.text.size() && !doc.text.endsWith('\n'))
        insert += s.lineBreak();
    if (blankBefore)
        insert += s.lineBreak();
    insert += block;
    QByteArray text = doc.text;
    text.insert(at, insert);
    return text;
}

} // namespace

Result<QByteArray> ServiceText::add(const YamlDocument &doc, const QString &name, const QString &image)
{
    const YamlTextScanner s(doc.text);
    const QByteArray br = s.lineBreak();
    const YamlPair *services = servicesPair(doc);
    int column = 2;
    int step = 2;
    if (services && services->value && services->value->isMap() && !services->value->pairs.isEmpty()) {
        const YamlPair &first = services->value->pairs.constFirst();
        column = s.columnAt(first.key->location.offset);
        if (first.value && first.value->isMap() && !first.value->isFlow() && !first.value->pairs.isEmpty())
            step = std::max(1, s.columnAt(first.value->pairs.constFirst().key->location.offset) - column);
    }
    const QByteArray block = QByteArray(column, ' ') + ScalarFormatter::formatKey(name, false).toUtf8() + ':' + br
                             + QByteArray(column + step, ' ') + "image: "
                             + ScalarFormatter::format(image, true, YamlNode::Style::Plain, false).toUtf8() + br;
    if (!services) {
        QByteArray text = doc.text;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += br;
        text += "services:" + br + block;
        return text;
    }
    if (!services->value || services->value->isNull()) {
        QByteArray text = doc.text;
        const qsizetype at = s.nextLineStart(services->key->location.offset);
        text.insert(at, (at >= text.size() && !text.endsWith('\n') ? br : QByteArray()) + block);
        return text;
    }
    return insertAtEnd(doc, block);
}

Result<QByteArray> ServiceText::duplicate(const YamlDocument &doc, const QString &from, const QString &name)
{
    const YamlTextScanner s(doc.text);
    const YamlPair *services = servicesPair(doc);
    const YamlNodePtr map = services ? services->value : YamlNodePtr();
    const YamlPair *source = map && map->isMap() ? map->pair(from) : nullptr;
    if (!source)
        return Error{Tr::tr("%1 is not written in %2.").arg(from, doc.file), SourceLocation{doc.file, 0, 0, -1}, QString()};
    if (map->isFlow())
        return Error{Tr::tr("services: is written in flow style; duplicate %1 in the YAML view.").arg(from), map->location, QString()};
    if (hasAnchor(source->value))
        return Error{Tr::tr("%1 defines an anchor; a copy would define it twice.").arg(from), source->key->location,
                     Tr::tr("duplicate it in the YAML view and rename the anchor")};
    const int column = s.columnAt(source->key->location.offset);
    const qsizetype begin = s.lineStart(source->key->location.offset);
    const qsizetype end = s.pairEnd(*source, false, column);
    const auto key = s.scalarExtent(source->key->location.offset, false, true, from, 0);
    if (end < 0 || !key.ok() || s.indentAt(begin) != column)
        return Error{Tr::tr("Cannot tell where %1 is written; nothing was changed.").arg(from), source->key->location,
                     Tr::tr("duplicate it in the YAML view")};
    QByteArray block = doc.text.mid(begin, s.lineEnd(end) - begin);
    block.replace(key.begin - begin, key.end - key.begin, ScalarFormatter::formatKey(name, false).toUtf8());
    block += s.lineBreak();
    return insertAtEnd(doc, block);
}

} // namespace Stackdeck
