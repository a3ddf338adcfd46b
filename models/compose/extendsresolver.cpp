#include "models/compose/extendsresolver.h"

#include "models/compose/composemerger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace Stackdeck {
namespace {

// User-facing text goes through Qt's translation system.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ComposeLoader)
};


// A copy of `node` with its value replaced; location kept, the written text in `raw`.
YamlNodePtr withValue(const YamlNodePtr &node, const QString &value)
{
    auto copy = std::make_shared<YamlNode>(*node);
    if (copy->raw.isEmpty())
        copy->raw = node->value;
    copy->value = value;
    return copy;
}

bool isRelativePath(const QString &path)
{
    return !path.isEmpty() && !QDir::isAbsolutePath(path) && !path.startsWith(u'~') && !path.contains(QStringLiteral("://"))
        && !path.startsWith(QStringLiteral("git@"));
}

// Relative paths of a service read from another file are relative to that file, as compose resolves them.
YamlNodePtr rebase(const YamlNodePtr &service, const QDir &dir)
{
    auto absolute = [&dir](const YamlNodePtr &n) -> YamlNodePtr {
        if (!n || !n->isScalar() || !isRelativePath(n->value))
            return n;
        return withValue(n, QDir::cleanPath(dir.absoluteFilePath(n->value)));
    };
    auto copy = std::make_shared<YamlNode>(*service);
    for (YamlPair &p : copy->pairs) {
        if (!p.key || !p.key->isScalar() || !p.value)
            continue;
        const QString &key = p.key->value;
        if (key == QLatin1String("build")) {
            if (p.value->isScalar()) {
                p.value = absolute(p.value);
            } else if (p.value->isMap()) {
                auto build = std::make_shared<YamlNode>(*p.value);
                for (YamlPair &b : build->pairs) {
                    if (b.key && b.key->isScalar() && b.key->value == QLatin1String("context"))
                        b.value = absolute(b.value);
                }
                p.value = build;
            }
        } else if (key == QLatin1String("env_file")) {
            if (p.value->isScalar()) {
                p.value = absolute(p.value);
            } else if (p.value->isSequence()) {
                auto list = std::make_shared<YamlNode>(*p.value);
                for (YamlNodePtr &item : list->items) {
                    if (item && item->isScalar()) {
                        item = absolute(item);
                    } else if (item && item->isMap()) {
                        auto entry = std::make_shared<YamlNode>(*item);
                        for (YamlPair &e : entry->pairs) {
                            if (e.key && e.key->isScalar() && e.key->value == QLatin1String("path"))
                                e.value = absolute(e.value);
                        }
                        item = entry;
                    }
                }
                p.value = list;
            }
        } else if (key == QLatin1String("volumes") && p.value->isSequence()) {
            auto list = std::make_shared<YamlNode>(*p.value);
            for (YamlNodePtr &item : list->items) {
                if (item && item->isScalar() && item->value.startsWith(u'.')) {
                    const qsizetype colon = item->value.indexOf(u':');
                    if (colon > 0)
                        item = withValue(item, QDir::cleanPath(dir.absoluteFilePath(item->value.left(colon))) + item->value.mid(colon));
                } else if (item && item->isMap() && item->text(u"type") == QLatin1String("bind")) {
                    auto entry = std::make_shared<YamlNode>(*item);
                    for (YamlPair &e : entry->pairs) {
                        if (e.key && e.key->isScalar() && e.key->value == QLatin1String("source"))
                            e.value = absolute(e.value);
                    }
                    item = entry;
                }
            }
            p.value = list;
        }
    }
    return copy;
}

} // namespace

void ExtendsResolver::report(const SourceLocation &where, const QString &path, const QString &rule, const QString &message,
                             const QString &suggestion)
{
    m_findings.append(Finding{Severity::Error, where, path, rule, message, suggestion});
}

YamlNodePtr ExtendsResolver::apply(const YamlNodePtr &root, const QString &file)
{
    if (!root || !root->isMap())
        return root;
    const YamlNodePtr services = root->get(u"services");
    if (!services || !services->isMap())
        return root;
    std::shared_ptr<YamlNode> newServices;
    for (qsizetype i = 0; i < services->pairs.size(); ++i) {
        const YamlPair &p = services->pairs[i];
        if (!p.key || !p.key->isScalar() || !p.value || !p.value->isMap() || !p.value->contains(u"extends"))
            continue;
        QStringList chain;
        const YamlNodePtr resolved = resolve(file, services, p.key->value, chain);
        if (resolved != p.value) {
            if (!newServices)
                newServices = std::make_shared<YamlNode>(*services);
            newServices->pairs[i].value = resolved;
        }
    }
    if (!newServices)
        return root;
    auto copy = std::make_shared<YamlNode>(*root);
    for (YamlPair &p : copy->pairs) {
        if (p.value == services)
            p.value = newServices;
    }
    return copy;
}

YamlNodePtr ExtendsResolver::servicesOf(const QString &file, const SourceLocation &from, const QString &path)
{
    auto it = m_files.constFind(file);
    if (it != m_files.constEnd())
        return *it;
    m_files.insert(file, nullptr); // a file that extends itself through a cycle is read once
    const Result<YamlNodePtr> loaded = m_loader(file, m_findings);
    if (!loaded)
        report(from, path, QStringLiteral("extends.file"),
               Tr::tr("The file named by extends cannot be read: %1").arg(loaded.error().toString()),
               Tr::tr("check the extends file path (relative to the extending file)"));
    const YamlNodePtr root = loaded ? loaded.value() : YamlNodePtr();
    const YamlNodePtr services = root && root->isMap() ? root->get(u"services") : YamlNodePtr();
    m_files.insert(file, services);
    return services;
}

YamlNodePtr ExtendsResolver::resolve(const QString &file, const YamlNodePtr &services, const QString &name, QStringList &chain)
{
    const QString id = file + u'\n' + name;
    auto done = m_resolved.constFind(id);
    if (done != m_resolved.constEnd())
        return *done;
    const YamlNodePtr service = services ? services->get(name) : YamlNodePtr();
    if (!service || !service->isMap())
        return service;
    const YamlPair *ext = service->pair(u"extends");
    if (!ext) {
        m_resolved.insert(id, service);
        return service;
    }
    const QString path = QStringLiteral("services.%1.extends").arg(name);
    QString baseName, baseFile = file;
    if (ext->value && ext->value->isScalar()) {
        baseName = ext->value->value;
    } else if (ext->value && ext->value->isMap()) {
        baseName = ext->value->text(u"service");
        const QString other = ext->value->text(u"file");
        if (!other.isEmpty())
            baseFile = QDir::cleanPath(QFileInfo(file).absoluteDir().absoluteFilePath(other));
    }
    const SourceLocation where = ext->value ? ext->value->location : ext->key->location;
    if (baseName.isEmpty()) {
        report(where, path, QStringLiteral("extends.invalid"),
               Tr::tr("extends needs a service name: `extends: name` or `extends: {service: name, file: other.yml}`."),
               Tr::tr("name the service to extend"));
        return service;
    }
    const QString baseId = baseFile + u'\n' + baseName;
    chain.append(id);
    if (chain.contains(baseId)) {
        QStringList names;
        for (const QString &c : std::as_const(chain))
            names.append(c.section(u'\n', 1));
        names.append(baseName);
        report(where, path, QStringLiteral("extends.cycle"),
               Tr::tr("extends forms a cycle: %1.").arg(names.join(QStringLiteral(" -> "))),
               Tr::tr("break the cycle: a service cannot extend itself through others"));
        chain.removeLast();
        m_resolved.insert(id, service);
        return service;
    }
    const YamlNodePtr baseServices = baseFile == file ? services : servicesOf(baseFile, where, path);
    const YamlNodePtr base = resolve(baseFile, baseServices, baseName, chain);
    chain.removeLast();
    if (!base || !base->isMap()) {
        if (baseFile == file || baseServices)
            report(where, path, QStringLiteral("extends.missing-service"),
                   Tr::tr("extends names the service \"%1\", which %2 does not define.")
                       .arg(baseName, QFileInfo(baseFile).fileName()),
                   Tr::tr("check the service name and the file"));
        m_resolved.insert(id, service);
        return service;
    }
    // The local service without its `extends` key, merged over the base.
    auto local = std::make_shared<YamlNode>(*service);
    local->pairs.removeIf([](const YamlPair &p) { return p.key && p.key->isScalar() && p.key->value == QLatin1String("extends"); });
    auto baseCopy = std::make_shared<YamlNode>(*(baseFile == file ? base : rebase(base, QFileInfo(baseFile).absoluteDir())));
    baseCopy->pairs.removeIf([](const YamlPair &p) { return p.key && p.key->isScalar() && p.key->value == QLatin1String("extends"); });
    baseCopy->location = service->location;
    const YamlNodePtr merged = ComposeMerger::mergeServices(baseCopy, local);
    m_resolved.insert(id, merged);
    return merged;
}

} // namespace Stackdeck
