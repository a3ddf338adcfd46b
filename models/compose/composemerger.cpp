#include "models/compose/composemerger.h"

#include "models/compose/shortsyntax.h"

#include <QHash>

#include <memory>

namespace Stackdeck {
namespace {

const QString kReset = QStringLiteral("!reset");
const QString kOverride = QStringLiteral("!override");

YamlNodePtr scalar(const QString &value, const SourceLocation &where)
{
    return YamlNode::makeScalar(value, where);
}

QString keyOf(const YamlNodePtr &n)
{
    return n && n->isScalar() ? n->value : QString();
}

// Name of a "NAME=value" (or "host:ip") list item.
QString entryName(const QString &text, bool hostSyntax)
{
    qsizetype at = text.indexOf(u'=');
    if (at < 0 && hostSyntax)
        at = text.indexOf(u':');
    return at < 0 ? text : text.left(at);
}

QString uniqueKey(const YamlNodePtr &item, int rule, bool portRule, bool volumeRule)
{
    Q_UNUSED(rule);
    if (!item)
        return QString();
    if (portRule) {
        if (item->isScalar()) {
            const auto p = ShortSyntax::parsePort(item->value);
            if (!p)
                return item->value;
            return p->hostIp + u'|' + p->published + u'|' + p->target + u'|' + p->protocol;
        }
        if (item->isMap()) {
            const QString proto = item->text(u"protocol", QStringLiteral("tcp"));
            return item->text(u"host_ip") + u'|' + item->text(u"published") + u'|' + item->text(u"target") + u'|' + proto;
        }
        return QString();
    }
    if (volumeRule) {
        if (item->isScalar()) {
            const auto v = ShortSyntax::parseVolume(item->value);
            return v ? v->target : item->value;
        }
        return item->isMap() ? item->text(u"target") : QString();
    }
    if (item->isScalar())
        return item->value;
    if (item->isMap()) {
        const QString target = item->text(u"target");
        return target.isEmpty() ? item->text(u"source") : target;
    }
    return QString();
}

} // namespace

YamlNodePtr ComposeMerger::mergeDocuments(const YamlNodePtr &base, const YamlNodePtr &over)
{
    QStringList path;
    return mergeAt(base, over, path);
}

YamlNodePtr ComposeMerger::mergeServices(const YamlNodePtr &base, const YamlNodePtr &over)
{
    QStringList path{QStringLiteral("services"), QStringLiteral("*")};
    return mergeAt(base, over, path);
}

ComposeMerger::Rule ComposeMerger::ruleFor(const QStringList &path)
{
    if (path.size() == 3 && (path[0] == QLatin1String("networks") || path[0] == QLatin1String("volumes"))
        && path[2] == QLatin1String("labels"))
        return Rule::KeyValue;
    if (path.size() < 3 || path[0] != QLatin1String("services"))
        return Rule::Default;
    const QString &attr = path[2];
    if (path.size() == 4) {
        const QString &sub = path[3];
        if (attr == QLatin1String("healthcheck") && sub == QLatin1String("test"))
            return Rule::Replace;
        if (attr == QLatin1String("build") && (sub == QLatin1String("args") || sub == QLatin1String("labels")))
            return Rule::KeyValue;
        if (attr == QLatin1String("build") && sub == QLatin1String("extra_hosts"))
            return Rule::HostKeyValue;
        if (attr == QLatin1String("deploy") && sub == QLatin1String("labels"))
            return Rule::KeyValue;
        return Rule::Default;
    }
    if (path.size() != 3)
        return Rule::Default;
    static const QHash<QString, Rule> rules = {
        {QStringLiteral("command"), Rule::Replace},
        {QStringLiteral("entrypoint"), Rule::Replace},
        {QStringLiteral("environment"), Rule::KeyValue},
        {QStringLiteral("labels"), Rule::KeyValue},
        {QStringLiteral("annotations"), Rule::KeyValue},
        {QStringLiteral("sysctls"), Rule::KeyValue},
        {QStringLiteral("extra_hosts"), Rule::HostKeyValue},
        {QStringLiteral("ports"), Rule::UniquePort},
        {QStringLiteral("volumes"), Rule::UniqueVolume},
        {QStringLiteral("secrets"), Rule::UniqueMount},
        {QStringLiteral("configs"), Rule::UniqueMount},
        {QStringLiteral("expose"), Rule::UniqueValue},
        {QStringLiteral("dns"), Rule::UniqueValue},
        {QStringLiteral("dns_search"), Rule::UniqueValue},
        {QStringLiteral("dns_opt"), Rule::UniqueValue},
        {QStringLiteral("cap_add"), Rule::UniqueValue},
        {QStringLiteral("cap_drop"), Rule::UniqueValue},
        {QStringLiteral("profiles"), Rule::UniqueValue},
        {QStringLiteral("env_file"), Rule::UniqueValue},
        {QStringLiteral("tmpfs"), Rule::UniqueValue},
        {QStringLiteral("devices"), Rule::UniqueValue},
        {QStringLiteral("security_opt"), Rule::UniqueValue},
        {QStringLiteral("depends_on"), Rule::DependsOn},
        {QStringLiteral("networks"), Rule::Networks},
        {QStringLiteral("logging"), Rule::Logging},
        {QStringLiteral("build"), Rule::Build},
    };
    return rules.value(attr, Rule::Default);
}

YamlNodePtr ComposeMerger::mergeAt(const YamlNodePtr &base, const YamlNodePtr &over, QStringList &path)
{
    if (!over)
        return base;
    if (over->tag == kReset)
        return nullptr;
    if (!base || base->isNull() || over->tag == kOverride)
        return over;
    const Rule rule = ruleFor(path);
    switch (rule) {
    case Rule::Replace:
        return over;
    case Rule::KeyValue:
    case Rule::HostKeyValue:
        return mergeKeyValue(base, over, rule == Rule::HostKeyValue);
    case Rule::UniquePort:
    case Rule::UniqueVolume:
    case Rule::UniqueMount:
    case Rule::UniqueValue:
        if (base->isSequence() && over->isSequence())
            return mergeUnique(base, over, rule);
        break;
    case Rule::DependsOn:
    case Rule::Networks:
        if (base->isSequence() && over->isSequence())
            return mergeUnique(base, over, Rule::UniqueValue);
        if (base->isSequence() && over->isMap())
            return mergeMaps(mapify(base, rule == Rule::DependsOn), over, path);
        if (base->isMap() && over->isSequence())
            return mergeMaps(base, mapify(over, rule == Rule::DependsOn), path);
        break;
    case Rule::Logging:
        if (base->isMap() && over->isMap()) {
            const QString a = base->text(u"driver"), b = over->text(u"driver");
            if (!a.isEmpty() && !b.isEmpty() && a != b)
                return over; // another driver: its options would not apply
        }
        break;
    case Rule::Build:
        if (base->isScalar() || over->isScalar()) {
            auto asMap = [](const YamlNodePtr &n) {
                if (!n->isScalar())
                    return n;
                auto m = std::make_shared<YamlNode>();
                m->kind = YamlNode::Kind::Map;
                m->location = n->location;
                m->pairs.append(YamlPair{scalar(QStringLiteral("context"), n->location), n});
                return YamlNodePtr(m);
            };
            if (base->isScalar() && over->isScalar())
                return over;
            return mergeMaps(asMap(base), asMap(over), path);
        }
        break;
    case Rule::Default:
        break;
    }
    if (over->isNull())
        return base;
    if (base->isMap() && over->isMap())
        return mergeMaps(base, over, path);
    if (base->isSequence() && over->isSequence()) {
        auto copy = std::make_shared<YamlNode>(*base);
        copy->items += over->items;
        return copy;
    }
    return over;
}

YamlNodePtr ComposeMerger::mergeMaps(const YamlNodePtr &base, const YamlNodePtr &over, QStringList &path)
{
    auto copy = std::make_shared<YamlNode>(*base);
    // Small maps (most of a service) are searched directly; big ones (services:) through a hash.
    const bool useHash = copy->pairs.size() > 12;
    QHash<QString, qsizetype> index;
    if (useHash) {
        index.reserve(copy->pairs.size() + over->pairs.size());
        for (qsizetype i = 0; i < copy->pairs.size(); ++i) {
            const QString k = keyOf(copy->pairs[i].key);
            if (!index.contains(k))
                index.insert(k, i);
        }
    }
    auto find = [&](const QString &k) -> qsizetype {
        if (useHash)
            return index.value(k, -1);
        for (qsizetype i = 0; i < copy->pairs.size(); ++i) {
            if (copy->pairs[i].key && copy->pairs[i].key->isScalar() && copy->pairs[i].key->value == k)
                return i;
        }
        return -1;
    };
    QList<bool> removed;
    bool anyRemoved = false;
    for (const YamlPair &p : over->pairs) {
        const QString k = keyOf(p.key);
        const qsizetype at = p.key && p.key->isScalar() ? find(k) : -1;
        if (at < 0) {
            if (p.value && p.value->tag == kReset)
                continue;
            if (useHash)
                index.insert(k, copy->pairs.size());
            copy->pairs.append(p);
            continue;
        }
        path.append(k);
        const YamlNodePtr merged = mergeAt(copy->pairs[at].value, p.value, path);
        path.removeLast();
        if (!merged) {
            if (removed.size() <= at)
                removed.resize(copy->pairs.size(), false);
            removed[at] = true;
            anyRemoved = true;
        } else {
            copy->pairs[at].value = merged;
        }
    }
    if (anyRemoved) {
        QList<YamlPair> kept;
        for (qsizetype i = 0; i < copy->pairs.size(); ++i) {
            if (i >= removed.size() || !removed[i])
                kept.append(copy->pairs[i]);
        }
        copy->pairs = kept;
    }
    return copy;
}

YamlNodePtr ComposeMerger::mergeKeyValue(const YamlNodePtr &base, const YamlNodePtr &over, bool hostSyntax)
{
    if (over->isNull())
        return base;
    if (base->isMap() && over->isMap()) {
        auto copy = std::make_shared<YamlNode>(*base);
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < copy->pairs.size(); ++i)
            index.insert(keyOf(copy->pairs[i].key), i);
        for (const YamlPair &p : over->pairs) {
            auto it = index.constFind(keyOf(p.key));
            if (it != index.constEnd()) {
                copy->pairs[*it] = p;
            } else {
                index.insert(keyOf(p.key), copy->pairs.size());
                copy->pairs.append(p);
            }
        }
        return copy;
    }
    if ((!base->isMap() && !base->isSequence()) || (!over->isMap() && !over->isSequence()))
        return over; // a wrong type: the validator reports it
    // Mixed or list forms: merge as a list of NAME=value items.
    auto asItems = [](const YamlNodePtr &n) {
        if (n->isSequence())
            return n->items;
        QList<YamlNodePtr> items;
        for (const YamlPair &p : n->pairs) {
            const QString k = keyOf(p.key);
            const SourceLocation where = p.key ? p.key->location : n->location;
            items.append(p.value && !p.value->isNull() ? scalar(k + u'=' + keyOf(p.value), where) : scalar(k, where));
        }
        return items;
    };
    auto copy = std::make_shared<YamlNode>();
    copy->kind = YamlNode::Kind::Sequence;
    copy->location = base->location;
    copy->items = asItems(base);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < copy->items.size(); ++i)
        index.insert(entryName(keyOf(copy->items[i]), hostSyntax), i);
    for (const YamlNodePtr &item : asItems(over)) {
        const QString k = entryName(keyOf(item), hostSyntax);
        auto it = index.constFind(k);
        if (it != index.constEnd() && item && item->isScalar()) {
            copy->items[*it] = item;
        } else {
            index.insert(k, copy->items.size());
            copy->items.append(item);
        }
    }
    return copy;
}

YamlNodePtr ComposeMerger::mergeUnique(const YamlNodePtr &base, const YamlNodePtr &over, Rule rule)
{
    const bool port = rule == Rule::UniquePort, volume = rule == Rule::UniqueVolume;
    auto copy = std::make_shared<YamlNode>(*base);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < copy->items.size(); ++i) {
        const QString k = uniqueKey(copy->items[i], int(rule), port, volume);
        if (!k.isEmpty() && !index.contains(k))
            index.insert(k, i);
    }
    for (const YamlNodePtr &item : over->items) {
        const QString k = uniqueKey(item, int(rule), port, volume);
        auto it = k.isEmpty() ? index.constEnd() : index.constFind(k);
        if (it != index.constEnd()) {
            copy->items[*it] = item;
        } else {
            if (!k.isEmpty())
                index.insert(k, copy->items.size());
            copy->items.append(item);
        }
    }
    return copy;
}

YamlNodePtr ComposeMerger::mapify(const YamlNodePtr &list, bool dependsOn)
{
    auto m = std::make_shared<YamlNode>();
    m->kind = YamlNode::Kind::Map;
    m->location = list->location;
    for (const YamlNodePtr &item : list->items) {
        if (!item || !item->isScalar())
            continue;
        YamlNodePtr value;
        if (dependsOn) { // the long form's defaults, located at the list item
            auto cond = std::make_shared<YamlNode>();
            cond->kind = YamlNode::Kind::Map;
            cond->location = item->location;
            cond->pairs.append(YamlPair{scalar(QStringLiteral("condition"), item->location),
                                        scalar(QStringLiteral("service_started"), item->location)});
            value = cond;
        } else {
            value = YamlNode::makeNull(item->location);
        }
        m->pairs.append(YamlPair{item, value});
    }
    return m;
}

} // namespace Stackdeck
