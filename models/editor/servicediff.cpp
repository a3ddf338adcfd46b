#include "models/editor/servicediff.h"

#include "models/core/secretname.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// Reasons are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ServiceDiff)
};

constexpr qsizetype kMaxValueText = 60;

YamlNodePtr resolved(YamlNodePtr node)
{
    // An alias without copied children stands for its target.
    for (int guard = 0; node && node->isAlias() && node->aliasTarget && node->isNull() && guard < 64; ++guard)
        node = node->aliasTarget;
    return node;
}

QString lastSegment(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

// Compact one-line text of a node: scalars as written, collections in flow style.
QString display(const YamlNodePtr &in)
{
    const YamlNodePtr node = resolved(in);
    if (!node || node->isNull())
        return u"null"_s;
    switch (node->kind) {
    case YamlNode::Kind::Scalar: return node->value;
    case YamlNode::Kind::Sequence: {
        QStringList parts;
        for (const YamlNodePtr &item : node->items) {
            QString text = display(item);
            const qsizetype eq = text.indexOf(u'=');
            if (eq > 0 && ServiceDiff::isSecretName(text.left(eq)))
                text = text.left(eq + 1) + u"********"_s;
            parts.append(text);
        }
        return u'[' + parts.join(u", "_s) + u']';
    }
    case YamlNode::Kind::Map: {
        QStringList parts;
        for (const YamlPair &pair : node->pairs) {
            const QString key = pair.key ? pair.key->value : QString();
            parts.append(key + u": "_s + (ServiceDiff::isSecretName(key) ? u"********"_s : display(pair.value)));
        }
        return u'{' + parts.join(u", "_s) + u'}';
    }
    case YamlNode::Kind::Null: break;
    }
    return {};
}

QString shortened(QString text)
{
    if (text.size() > kMaxValueText)
        text = text.left(kMaxValueText - 1) + u'…';
    return text;
}

bool isKeyValueList(const QString &path)
{
    const QString last = lastSegment(path);
    return last == u"environment" || last == u"labels" || last == u"args" || last == u"sysctls";
}

// NAME=value list items (environment, labels) as an ordered key -> value-node list.
QList<std::pair<QString, YamlNodePtr>> entries(const YamlNodePtr &node, bool keyValueList)
{
    QList<std::pair<QString, YamlNodePtr>> out;
    if (!node)
        return out;
    if (node->isMap()) {
        for (const YamlPair &pair : node->pairs)
            out.append({pair.key ? pair.key->value : QString(), pair.value});
    } else if (node->isSequence() && keyValueList) {
        for (const YamlNodePtr &item : node->items) {
            const QString text = item ? item->value : QString();
            const qsizetype eq = text.indexOf(u'=');
            out.append({eq < 0 ? text : text.left(eq),
                        eq < 0 ? YamlNode::makeNull() : YamlNode::makeScalar(text.mid(eq + 1))});
        }
    }
    return out;
}

void walk(const YamlNodePtr &inA, const YamlNodePtr &inB, const QString &path, QList<ServiceDiff::Change> &out)
{
    const YamlNodePtr a = resolved(inA);
    const YamlNodePtr b = resolved(inB);
    const bool kv = isKeyValueList(path);
    const bool aMapLike = a && (a->isMap() || (kv && a->isSequence()));
    const bool bMapLike = b && (b->isMap() || (kv && b->isSequence()));
    if (aMapLike && bMapLike) {
        const auto ea = entries(a, kv);
        const auto eb = entries(b, kv);
        auto find = [](const QList<std::pair<QString, YamlNodePtr>> &list, const QString &key) -> const YamlNodePtr * {
            for (const auto &entry : list) {
                if (entry.first == key)
                    return &entry.second;
            }
            return nullptr;
        };
        const QString prefix = path.isEmpty() ? QString() : path + u'.';
        for (const auto &[key, value] : ea) {
            const YamlNodePtr *other = find(eb, key);
            if (!other) {
                ServiceDiff::Change change{prefix + key, display(value), {}, false, true, false};
                change.secret = ServiceDiff::isSecretName(key);
                out.append(change);
            } else {
                walk(value, *other, prefix + key, out);
            }
        }
        for (const auto &[key, value] : eb) {
            if (!find(ea, key)) {
                ServiceDiff::Change change{prefix + key, {}, display(value), true, false, false};
                change.secret = ServiceDiff::isSecretName(key);
                out.append(change);
            }
        }
        return;
    }
    if (a && b && a->isSequence() && b->isSequence() && a->items.size() == b->items.size()) {
        QList<ServiceDiff::Change> inner;
        for (qsizetype i = 0; i < a->items.size(); ++i)
            walk(a->items[i], b->items[i], path + u'[' + QString::number(i) + u']', inner);
        // One changed item reads best by index; several as the whole list.
        if (inner.size() == 1)
            out.append(inner.first());
        else if (!inner.isEmpty())
            out.append({path, display(a), display(b), false, false, false});
        return;
    }
    if (a && b && a->kind == b->kind && a->isScalar() && a->value == b->value)
        return;
    if ((!a || a->isNull()) && (!b || b->isNull()))
        return;
    ServiceDiff::Change change{path, display(a), display(b), false, false, false};
    change.secret = ServiceDiff::isSecretName(lastSegment(path));
    out.append(change);
}

} // namespace

bool ServiceDiff::isSecretName(const QString &name)
{
    return Stackdeck::isSecretName(name);
}

QList<ServiceDiff::Change> ServiceDiff::compare(const YamlNodePtr &before, const YamlNodePtr &after, const QString &prefix)
{
    QList<Change> out;
    walk(before, after, prefix, out);
    return out;
}

QString ServiceDiff::describe(const Change &change)
{
    const QString path = change.path.isEmpty() ? Tr::tr("(whole value)") : change.path;
    if (change.secret)
        return Tr::tr("%1: changed").arg(path);
    const QString none = Tr::tr("(none)");
    const QString before = change.absentBefore ? none : shortened(change.before);
    const QString after = change.absentAfter ? none : shortened(change.after);
    return u"%1: %2 → %3"_s.arg(path, before, after);
}

QStringList ServiceDiff::describe(const QList<Change> &changes, int max)
{
    QStringList out;
    for (const Change &change : changes) {
        if (out.size() >= max)
            break;
        out.append(describe(change));
    }
    if (changes.size() > max)
        out.append(Tr::tr("and %n more", nullptr, int(changes.size() - max)));
    return out;
}

} // namespace Stackdeck
