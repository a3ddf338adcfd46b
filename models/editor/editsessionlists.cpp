// EditSession: whole lists (ports, expose, command, ...) and environment written as a list.
#include "models/editor/editsession.h"

#include "models/core/yamlreader.h"
#include "models/edit/pathresolver.h"
#include "models/edit/scalarformatter.h"
#include "models/edit/yamltextscanner.h"
#include "models/editor/anchorpatcher.h"
#include "models/editor/fieldlocator.h"

#include <QCoreApplication>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EditSession)
};

const QString kPlaceholder = QStringLiteral("stackdeck-list-placeholder-7f3a");

QString listText(const QStringList &values, YamlNode::Style style, bool flow)
{
    QStringList items;
    for (const QString &v : values)
        items.append(ScalarFormatter::format(v, true, style, true));
    Q_UNUSED(flow)
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Block lists: changed items are patched one by one, removed ones dropped from the end, new ones added
// after the last item, so comments and the other items' text stay.
Result<QByteArray> replaceBlock(const YamlDocument &doc, const QStringList &rawPath, const QStringList &values)
{
    YamlDocument cur = doc;
    auto step = [&cur](const DocumentEdit &edit) -> Status {
        const Result<QByteArray> text = AnchorPatcher::apply(cur, edit);
        if (!text)
            return text.error();
        Result<YamlDocument> next = YamlReader::parse(*text, cur.file);
        if (!next)
            return next.error();
        cur = std::move(next).value();
        return success();
    };
    const YamlNodePtr list = FieldLocator::at(doc.root, rawPath);
    const qsizetype old = list->items.size();
    for (qsizetype i = 0; i < std::min(old, values.size()); ++i) {
        if (list->items.at(i)->value == values.at(i) && list->items.at(i)->isScalar())
            continue;
        if (const Status s = step(DocumentEdit::set(rawPath + QStringList{QString::number(i)}, values.at(i), true)); !s)
            return s.error();
    }
    for (qsizetype i = old - 1; i >= values.size(); --i) {
        if (const Status s = step(DocumentEdit::remove(rawPath + QStringList{QString::number(i)})); !s)
            return s.error();
    }
    if (values.size() <= old)
        return cur.text;
    const YamlTextScanner s(cur.text);
    const YamlNodePtr now = FieldLocator::at(cur.root, rawPath);
    qsizetype dash = now->items.constLast()->location.offset - 1;
    while (dash > 0 && cur.text.at(dash) == ' ')
        --dash;
    if (dash < 0 || cur.text.at(dash) != '-')
        return Error{Tr::tr("Cannot tell where the list items start; nothing was changed."), now->location,
                     Tr::tr("edit the list in the YAML view")};
    const int column = s.columnAt(dash);
    const qsizetype end = s.nodeEnd(now->items.constLast(), false, column);
    if (end < 0)
        return Error{Tr::tr("Cannot tell where the list ends; nothing was changed."), now->location,
                     Tr::tr("edit the list in the YAML view")};
    const YamlNode::Style style = now->items.constFirst()->style;
    QByteArray lines;
    for (qsizetype i = old; i < values.size(); ++i)
        lines += QByteArray(column, ' ') + "- " + ScalarFormatter::format(values.at(i), true, style, false).toUtf8() + s.lineBreak();
    const qsizetype at = s.nextLineStart(end);
    QByteArray text = cur.text;
    if (at >= text.size() && !text.endsWith('\n'))
        lines.prepend(s.lineBreak());
    text.insert(at, lines);
    return text;
}

} // namespace

Status EditSession::setListAt(const QString &file, const QStringList &rawPath, const QStringList &values)
{
    if (!m_texts.contains(file))
        return Error{Tr::tr("%1 is not a file of this project.").arg(file), {}, QString()};
    const QString shown = DocumentEdit::joinPath(rawPath);
    Result<YamlDocument> doc = YamlReader::parse(m_texts.value(file), file);
    if (!doc)
        return Error{Tr::tr("%1 does not parse; fix it in the YAML view first.").arg(file), doc.error().location, QString()};
    const Result<ResolvedPath> where = PathResolver::resolve(*doc, rawPath);
    if (!where)
        return where.error();
    if (values.isEmpty()) {
        if (!where->found())
            return success();
        const Result<QByteArray> text = AnchorPatcher::apply(*doc, DocumentEdit::remove(rawPath));
        return text ? replaceText(file, *text) : Status(text.error());
    }
    const YamlNodePtr node = where->target;
    QByteArray text;
    if (node && node->isSequence() && !node->isAlias() && !node->items.isEmpty()) {
        for (const YamlNodePtr &item : node->items) {
            if (!item || !(item->isScalar() || item->isNull()) || item->isAlias())
                return Error{Tr::tr("%1 holds more than plain values; edit it in the YAML view.").arg(shown), node->location, QString()};
        }
        if (node->isFlow() || where->steps.constLast().flow) {
            const YamlTextScanner s(doc->text);
            const qsizetype end = s.flowEnd(node->location.offset);
            if (end < 0 || doc->text.at(node->location.offset) != '[')
                return Error{Tr::tr("Cannot tell where %1 is written; nothing was changed.").arg(shown), node->location,
                             Tr::tr("edit the list in the YAML view")};
            text = doc->text;
            text.replace(node->location.offset, end - node->location.offset,
                         listText(values, node->items.constFirst()->style, true).toUtf8());
        } else {
            const Result<QByteArray> block = replaceBlock(*doc, rawPath, values);
            if (!block)
                return block.error();
            text = *block;
        }
    } else {
        if (node && (node->isMap() || node->isAlias()))
            return Error{Tr::tr("%1 holds %2, not a list.").arg(shown, node->kindName()), node->location, QString()};
        // Absent, empty or a single string: a placeholder scalar is placed by the patcher, then becomes the list.
        const Result<QByteArray> placed = AnchorPatcher::apply(*doc, DocumentEdit::set(rawPath, kPlaceholder, true));
        if (!placed)
            return placed.error();
        const qsizetype at = placed->indexOf(kPlaceholder.toUtf8());
        if (at < 0 || placed->indexOf(kPlaceholder.toUtf8(), at + 1) >= 0)
            return Error{Tr::tr("Cannot place the list %1; nothing was changed.").arg(shown), {}, Tr::tr("edit the list in the YAML view")};
        text = *placed;
        text.replace(at, kPlaceholder.size(), listText(values, YamlNode::Style::Plain, true).toUtf8());
    }
    const Result<YamlDocument> check = YamlReader::parse(text, file);
    const YamlNodePtr now = check ? FieldLocator::at(check->root, rawPath) : YamlNodePtr();
    bool same = now && now->isSequence() && now->items.size() == values.size();
    for (qsizetype i = 0; same && i < values.size(); ++i)
        same = now->items.at(i)->isScalar() && now->items.at(i)->value == values.at(i);
    if (!same)
        return Error{Tr::tr("Writing the list %1 would not read back as written; nothing was changed.").arg(shown),
                     node ? node->location : SourceLocation(), Tr::tr("edit the list in the YAML view")};
    return replaceText(file, text);
}

Status EditSession::setList(const QString &service, const QStringList &path, const QStringList &values)
{
    OpScope scope(this);
    if (!hasService(service))
        return noSuchService(service);
    const FieldValue fv = value(service, path);
    const Status result = setListAt(fv.file, fv.rawPath, values);
    if (result)
        record(QStringLiteral("set %1 = [%2]")
                   .arg(DocumentEdit::joinPath(QStringList{QStringLiteral("services"), service} + path), values.join(QStringLiteral(", "))),
               [this, service, path, values] { return setList(service, path, values); });
    return result;
}

Status EditSession::setEnvironmentListItem(const QString &service, const QString &name, const QString *value)
{
    const YamlNodePtr list = FieldLocator::at(m_project.effective, {QStringLiteral("services"), service, QStringLiteral("environment")});
    qsizetype found = -1;
    QStringList items;
    for (qsizetype i = 0; list && i < list->items.size(); ++i) {
        const YamlNodePtr item = list->items.at(i);
        const QString text = item && item->isScalar() ? (item->raw.isEmpty() ? item->value : item->raw) : QString();
        items.append(text);
        if (found < 0 && (text == name || text.startsWith(name + QLatin1Char('='))))
            found = i;
    }
    const QString entry = value ? name + QLatin1Char('=') + *value : QString();
    const FieldValue listAt = this->value(service, {QStringLiteral("environment")});
    if (found < 0) {
        if (!value)
            return success();
        return setListAt(listAt.file, listAt.rawPath, items << entry);
    }
    if (!value) {
        if (items.size() == 1)
            return setListAt(listAt.file, listAt.rawPath, {});
        items.removeAt(found);
        const FieldValue at = this->value(service, {QStringLiteral("environment"), QString::number(found)});
        Result<YamlDocument> doc = YamlReader::parse(m_texts.value(at.file), at.file);
        if (!doc)
            return doc.error();
        const Result<QByteArray> text = AnchorPatcher::apply(*doc, DocumentEdit::remove(at.rawPath));
        return text ? replaceText(at.file, *text) : Status(text.error());
    }
    const FieldValue at = this->value(service, {QStringLiteral("environment"), QString::number(found)});
    return patchFile(at.file, DocumentEdit::set(at.rawPath, entry, true));
}

} // namespace Stackdeck
