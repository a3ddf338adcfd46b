// EditSession: adding, duplicating and removing services, and the places that name a service.
#include "models/editor/editsession.h"

#include "models/core/yamlreader.h"
#include "models/edit/yamlpatcher.h"
#include "models/editor/anchorpatcher.h"
#include "models/editor/fieldlocator.h"
#include "models/editor/servicetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EditSession)
};

Status checkName(const QString &name, const ComposeProject &project)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!valid.match(name).hasMatch())
        return Error{Tr::tr("\"%1\" is not a valid service name.").arg(name), {},
                     Tr::tr("use letters, digits, '.', '_' and '-', starting with a letter or digit")};
    const YamlNodePtr services = FieldLocator::at(project.effective, {QStringLiteral("services")});
    if ((services && services->contains(name)) || project.inactiveServices.contains(name))
        return Error{Tr::tr("A service named %1 already exists.").arg(name), {}, Tr::tr("choose another name")};
    return success();
}

Finding reference(const YamlNodePtr &at, const QStringList &path, const QString &what)
{
    return Finding{Severity::Info, at ? at->location : SourceLocation(), path.join(u'.'), QStringLiteral("editor.reference"), what,
                   QString()};
}

} // namespace

Status EditSession::addService(const QString &name, const QString &image)
{
    OpScope scope(this);
    if (const Status ok = checkName(name, m_project); !ok)
        return ok;
    const QString file = m_composeFiles.value(0);
    const Result<YamlDocument> doc = YamlReader::parse(m_texts.value(file), file);
    if (!doc)
        return doc.error();
    const Result<QByteArray> text = ServiceText::add(*doc, name, image);
    if (!text)
        return text.error();
    if (!YamlReader::parse(*text, file))
        return Error{Tr::tr("Adding %1 would leave text that does not parse; nothing was changed.").arg(name), {},
                     Tr::tr("add it in the YAML view")};
    replaceText(file, *text);
    record(QStringLiteral("add service %1 (%2)").arg(name, image), [this, name, image] { return addService(name, image); });
    return success();
}

Status EditSession::duplicateService(const QString &from, const QString &name)
{
    OpScope scope(this);
    if (const Status ok = checkName(name, m_project); !ok)
        return ok;
    const QString file = serviceFile(from);
    const Result<YamlDocument> doc = YamlReader::parse(m_texts.value(file), file);
    if (!doc)
        return doc.error();
    const Result<QByteArray> text = ServiceText::duplicate(*doc, from, name);
    if (!text)
        return text.error();
    const Result<YamlDocument> check = YamlReader::parse(*text, file);
    if (!check || !sameContent(FieldLocator::at(check->root, {QStringLiteral("services"), name}),
                               FieldLocator::at(doc->root, {QStringLiteral("services"), from})))
        return Error{Tr::tr("Copying %1 would not give the same settings; nothing was changed.").arg(from), {},
                     Tr::tr("duplicate it in the YAML view")};
    replaceText(file, *text);
    // Two containers cannot share a container_name: the copy drops its own.
    if (FieldLocator::at(check->root, {QStringLiteral("services"), name, QStringLiteral("container_name")}))
        patchFile(file, DocumentEdit::remove({QStringLiteral("services"), name, QStringLiteral("container_name")}));
    record(QStringLiteral("duplicate service %1 as %2").arg(from, name), [this, from, name] { return duplicateService(from, name); });
    return success();
}

QList<Finding> EditSession::referencesTo(const QString &service) const
{
    QList<Finding> out;
    const YamlNodePtr services = FieldLocator::at(m_project.effective, {QStringLiteral("services")});
    const QString prefixed = QStringLiteral("service:") + service;
    for (const YamlPair &s : services ? services->pairs : QList<YamlPair>()) {
        if (!s.key || !s.value || !s.value->isMap() || s.key->value == service)
            continue;
        const QString name = s.key->value;
        const QStringList base{QStringLiteral("services"), name};
        if (const YamlNodePtr deps = s.value->get(u"depends_on")) {
            for (qsizetype i = 0; deps->isSequence() && i < deps->items.size(); ++i) {
                if (deps->items.at(i)->value == service)
                    out.append(reference(deps->items.at(i), base + QStringList{QStringLiteral("depends_on"), QString::number(i)},
                                         Tr::tr("%1 depends on %2.").arg(name, service)));
            }
            for (const YamlPair &p : deps->isMap() ? deps->pairs : QList<YamlPair>()) {
                if (p.key && p.key->value == service)
                    out.append(reference(p.key, base + QStringList{QStringLiteral("depends_on"), service},
                                         Tr::tr("%1 depends on %2.").arg(name, service)));
            }
        }
        for (const QString &listKey : {QStringLiteral("links"), QStringLiteral("volumes_from")}) {
            const YamlNodePtr list = s.value->get(listKey);
            for (qsizetype i = 0; list && list->isSequence() && i < list->items.size(); ++i) {
                const QString v = list->items.at(i)->value;
                if (v == service || v.startsWith(service + QLatin1Char(':')))
                    out.append(reference(list->items.at(i), base + QStringList{listKey, QString::number(i)},
                                         Tr::tr("%1 names %2 in %3.").arg(name, service, listKey)));
            }
        }
        for (const QString &key : {QStringLiteral("network_mode"), QStringLiteral("pid"), QStringLiteral("ipc")}) {
            const YamlNodePtr v = s.value->get(key);
            if (v && v->isScalar() && v->value == prefixed)
                out.append(reference(v, base + QStringList{key}, Tr::tr("%1 uses %2 of %3.").arg(name, key, service)));
        }
    }
    // extends is resolved away in the effective tree: it is read from the written files.
    for (const YamlDocument &doc : m_project.documents) {
        const YamlNodePtr raw = FieldLocator::at(doc.root, {QStringLiteral("services")});
        for (const YamlPair &s : raw && raw->isMap() ? raw->pairs : QList<YamlPair>()) {
            const YamlNodePtr ext = s.value && s.value->isMap() ? s.value->get(u"extends") : YamlNodePtr();
            const YamlNodePtr target = ext && ext->isMap() ? ext->get(u"service") : ext;
            const bool local = ext && (!ext->isMap() || !ext->contains(u"file"));
            if (target && target->isScalar() && target->value == service && local && s.key->value != service)
                out.append(reference(target, {QStringLiteral("services"), s.key->value, QStringLiteral("extends"), QStringLiteral("service")},
                                     Tr::tr("%1 extends %2.").arg(s.key->value, service)));
        }
    }
    return out;
}

Status EditSession::removeService(const QString &service, bool withReferences)
{
    OpScope scope(this);
    const QList<Finding> refs = referencesTo(service);
    for (const Finding &f : refs) {
        if (f.path.contains(QLatin1String(".extends.")))
            return Error{Tr::tr("%1; remove or change that first.").arg(f.message.chopped(1)), f.location,
                         Tr::tr("copy the settings it takes from %1 into it").arg(service)};
    }
    if (!refs.isEmpty() && !withReferences)
        return Error{Tr::tr("%n place(s) name %1: %2", nullptr, int(refs.size())).arg(service, refs.constFirst().message), refs.constFirst().location,
                     Tr::tr("remove the service together with its references")};
    const Texts before = m_texts;
    auto fail = [this, &before](const Status &s) {
        restore(before);
        return s;
    };
    // Later list items first, so earlier indices stay valid.
    for (qsizetype i = refs.size() - 1; i >= 0; --i) {
        const QStringList path = DocumentEdit::splitPath(refs.at(i).path);
        if (const Status s = removeValue(path.at(1), path.mid(2)); !s)
            return fail(s);
    }
    bool removed = false;
    for (qsizetype i = m_project.documents.size() - 1; i >= 0; --i) {
        const YamlDocument doc = m_project.documents.at(i);
        if (!FieldLocator::at(doc.root, {QStringLiteral("services"), service}))
            continue;
        const Result<QByteArray> text = AnchorPatcher::apply(doc, DocumentEdit::remove({QStringLiteral("services"), service}));
        if (!text)
            return fail(text.error());
        replaceText(doc.file, *text);
        removed = true;
    }
    if (!removed)
        return fail(Error{Tr::tr("%1 is not written in the project's files.").arg(service), {}, QString()});
    record(QStringLiteral("remove service %1").arg(service), [this, service, withReferences] { return removeService(service, withReferences); });
    return success();
}

} // namespace Stackdeck
