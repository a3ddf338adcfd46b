#include "models/validate/referencerules.h"

#include "models/validate/spelling.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSet>

namespace Stackdeck {

namespace {

using Rules::join;
using Rules::Tr;

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// One name a service refers to, and where it was written.
struct Reference
{
    QString name;
    const YamlNode *node;
    QString path;
};

QStringList namesOf(const YamlNode *section)
{
    QStringList names;
    if (!section)
        return names;
    for (const YamlPair &pair : section->pairs) {
        if (pair.key && pair.key->isScalar())
            names.append(pair.key->value);
    }
    return names;
}

// Names from a list of strings or the keys of a mapping (depends_on, networks).
QList<Reference> listOrKeys(const YamlNode &node, const QString &path)
{
    QList<Reference> refs;
    if (node.isSequence()) {
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            const YamlNode *item = node.items[i].get();
            if (item && item->isScalar())
                refs.append({item->value, item, join(path, i)});
        }
    } else if (node.isMap()) {
        for (const YamlPair &pair : node.pairs) {
            if (pair.key && pair.key->isScalar() && !pair.key->value.startsWith(QLatin1String("x-")))
                refs.append({pair.key->value, pair.key.get(), join(path, pair.key->value)});
        }
    }
    return refs;
}

// A short volume "name:/path" refers to a named volume; paths and anonymous volumes do not.
QString namedVolume(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return QString();
    const QString source = spec.left(colon);
    if (source.startsWith(QLatin1Char('/')) || source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('~'))
        || source.contains(QLatin1Char('/')) || source.contains(QLatin1Char('\\'))
        || (source.size() == 1 && source[0].isLetter())) // a Windows drive letter
        return QString();
    return source;
}

class Checker final
{
public:
    explicit Checker(const RuleContext &context) : m_context(context)
    {
        const YamlNode *services = context.services();
        m_services = namesOf(services);
        m_serviceSet = QSet<QString>(m_services.cbegin(), m_services.cend());
        for (const QString &inactive : context.project().inactiveServices)
            m_inactive.insert(inactive);
    }

    void run()
    {
        const YamlNode *services = m_context.services();
        if (!services)
            return;
        const QStringList networks = namesOf(m_context.section(u"networks"));
        const QStringList volumes = namesOf(m_context.section(u"volumes"));
        const QStringList secrets = namesOf(m_context.section(u"secrets"));
        const QStringList configs = namesOf(m_context.section(u"configs"));
        for (const YamlPair &pair : services->pairs) {
            if (!pair.key || !pair.value || !pair.value->isMap())
                continue;
            const QString &name = pair.key->value;
            const YamlNode &service = *pair.value;
            const QString path = join(QStringLiteral("services"), name);
            if (const YamlNodePtr deps = service.get(u"depends_on")) {
                for (const Reference &ref : listOrKeys(*deps, join(path, QStringLiteral("depends_on")))) {
                    m_edges[name].append(ref);
                    if (!m_serviceSet.contains(ref.name) && !m_inactive.contains(ref.name))
                        missing(ref, m_services, QStringLiteral("references.depends-on"), Tr::tr("service"),
                                Tr::tr("define the service under services: or remove it from depends_on"));
                }
            }
            if (const YamlNodePtr nets = service.get(u"networks")) {
                for (const Reference &ref : listOrKeys(*nets, join(path, QStringLiteral("networks")))) {
                    if (ref.name != QLatin1String("default") && !networks.contains(ref.name))
                        missing(ref, networks, QStringLiteral("references.network"), Tr::tr("network"),
                                Tr::tr("declare it under the top-level networks:"));
                }
            }
            checkVolumes(service, path, volumes);
            checkFiles(service, path, u"secrets", secrets, QStringLiteral("references.secret"), Tr::tr("secret"));
            checkFiles(service, path, u"configs", configs, QStringLiteral("references.config"), Tr::tr("config"));
            checkExtends(service, path);
        }
        findCycles();
    }

private:
    void missing(const Reference &ref, const QStringList &known, const QString &ruleId, const QString &what,
                 const QString &fix)
    {
        const QString guess = Spelling::closest(ref.name, known);
        m_context.add(Severity::Error, ref.node->location, ref.path, ruleId,
                      Tr::tr("%1 %2 is not defined").arg(what, quoted(ref.name)),
                      guess.isEmpty() ? fix : Tr::tr("did you mean %1?").arg(quoted(guess)));
    }

    void checkVolumes(const YamlNode &service, const QString &path, const QStringList &volumes)
    {
        const YamlNodePtr list = service.get(u"volumes");
        if (!list || !list->isSequence())
            return;
        const QString listPath = join(path, QStringLiteral("volumes"));
        for (qsizetype i = 0; i < list->items.size(); ++i) {
            const YamlNode *item = list->items[i].get();
            if (!item)
                continue;
            Reference ref{QString(), item, join(listPath, i)};
            if (item->isScalar()) {
                ref.name = namedVolume(item->value);
            } else if (item->isMap() && item->text(u"type") == QLatin1String("volume")) {
                ref.name = item->text(u"source");
                if (const YamlNodePtr source = item->get(u"source"))
                    ref = {ref.name, source.get(), join(ref.path, QStringLiteral("source"))};
            }
            if (!ref.name.isEmpty() && !volumes.contains(ref.name))
                missing(ref, volumes, QStringLiteral("references.volume"), Tr::tr("named volume"),
                        Tr::tr("declare it under the top-level volumes:, or write a path (./%1) for a bind mount")
                            .arg(ref.name));
        }
    }

    void checkFiles(const YamlNode &service, const QString &path, QStringView key, const QStringList &known,
                    const QString &ruleId, const QString &what)
    {
        const YamlNodePtr list = service.get(key);
        if (!list || !list->isSequence())
            return;
        const QString listPath = join(path, key.toString());
        for (qsizetype i = 0; i < list->items.size(); ++i) {
            const YamlNode *item = list->items[i].get();
            Reference ref{QString(), item, join(listPath, i)};
            if (item && item->isScalar()) {
                ref.name = item->value;
            } else if (item && item->isMap()) {
                if (const YamlNodePtr source = item->get(u"source"); source && source->isScalar())
                    ref = {source->value, source.get(), join(ref.path, QStringLiteral("source"))};
            }
            if (!ref.name.isEmpty() && !known.contains(ref.name))
                missing(ref, known, ruleId, what,
                        Tr::tr("declare it under the top-level %1: with file: or environment:").arg(key.toString()));
        }
    }

    // The loader reads extends files and reports them once; do not say it again on the same line.
    bool loaderReported(const SourceLocation &where) const
    {
        for (const Finding &f : m_context.project().findings) {
            if (f.location.file == where.file && f.location.line == where.line)
                return true;
        }
        return false;
    }

    void checkExtends(const YamlNode &service, const QString &path)
    {
        const YamlNodePtr extends = service.get(u"extends");
        if (!extends)
            return;
        const QString extendsPath = join(path, QStringLiteral("extends"));
        const YamlNode *target = extends.get();
        QString file;
        if (extends->isMap()) {
            file = extends->text(u"file");
            target = extends->get(u"service").get();
        }
        if (!file.isEmpty()) {
            const QString base = QFileInfo(extends->location.file).absolutePath();
            const YamlNode *fileNode = extends->get(u"file").get();
            const QString absolute = QDir(base).absoluteFilePath(file);
            const auto known = m_fileChecked.constFind(absolute);
            if (known == m_fileChecked.cend()) { // once per file, not once per service
                const bool exists = QFileInfo::exists(absolute);
                m_fileChecked.insert(absolute, exists);
                if (!exists && !loaderReported(fileNode->location))
                    m_context.add(Severity::Error, fileNode->location, join(extendsPath, QStringLiteral("file")),
                                  QStringLiteral("references.extends"),
                                  Tr::tr("extends file %1 does not exist").arg(quoted(file)),
                                  Tr::tr("check the path; it is relative to %1").arg(QDir::toNativeSeparators(base)));
            }
            return; // a service in another file is checked by the loader that reads it
        }
        if (target && target->isScalar() && !m_serviceSet.contains(target->value) && !loaderReported(target->location))
            missing({target->value, target, extends->isMap() ? join(extendsPath, QStringLiteral("service")) : extendsPath},
                    m_services, QStringLiteral("references.extends"), Tr::tr("extended service"),
                    Tr::tr("name a service defined in this file, or add file: to extend one from another file"));
    }

    // Depth-first search; each cycle is reported once, at the depends_on entry that closes it.
    void findCycles()
    {
        QHash<QString, int> state; // 0 unvisited, 1 on the stack, 2 done
        QStringList stack;
        QSet<QString> reported;
        for (const QString &start : std::as_const(m_services))
            visit(start, state, stack, reported);
    }

    void visit(const QString &name, QHash<QString, int> &state, QStringList &stack, QSet<QString> &reported)
    {
        if (state.value(name) != 0)
            return;
        state[name] = 1;
        stack.append(name);
        for (const Reference &ref : m_edges.value(name)) {
            const int s = state.value(ref.name);
            if (s == 1) {
                QStringList cycle = stack.mid(stack.indexOf(ref.name));
                cycle.append(ref.name);
                QStringList key = cycle.mid(0, cycle.size() - 1);
                key.sort();
                if (!reported.contains(key.join(QLatin1Char(',')))) {
                    reported.insert(key.join(QLatin1Char(',')));
                    m_context.add(Severity::Error, ref.node->location, ref.path, QStringLiteral("references.cycle"),
                                  Tr::tr("depends_on cycle: %1").arg(cycle.join(QStringLiteral(" \u2192 "))),
                                  Tr::tr("remove one of these dependencies; compose cannot start a cycle"));
                }
            } else if (s == 0 && m_serviceSet.contains(ref.name)) {
                visit(ref.name, state, stack, reported);
            }
        }
        stack.removeLast();
        state[name] = 2;
    }

    const RuleContext &m_context;
    QStringList m_services;
    QSet<QString> m_serviceSet;
    QSet<QString> m_inactive;
    QHash<QString, QList<Reference>> m_edges;
    QHash<QString, bool> m_fileChecked; // extends file -> exists
};

} // namespace

void ReferenceRules::check(const RuleContext &context)
{
    Checker(context).run();
}

} // namespace Stackdeck
