#include "models/helm/valueexplanation.h"

#include "models/helm/valuesemitter.h"

#include <QCoreApplication>

namespace Stackdeck {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ValueExplanation)
};

QString originLine(const ValueOrigin &o, const char *verb, bool withValue = true)
{
    QString line = QStringLiteral("  ") + Tr::tr(verb) + u' ' + o.layerLabel + QStringLiteral(" (")
                   + o.location.toString() + u')';
    if (!withValue)
        return line;
    switch (o.action) {
    case ValueOrigin::Action::Set: line += QStringLiteral(" = ") + ValuesEmitter::toFlow(o.value); break;
    case ValueOrigin::Action::Deleted: line += QStringLiteral(" = null ") + Tr::tr("(deleted the key)"); break;
    case ValueOrigin::Action::ParentReplaced:
        line += u' ' + Tr::tr("(replaced a parent with") + u' ' + ValuesEmitter::toFlow(o.value, 60) + u')';
        break;
    }
    return line;
}

QString json(const QString &s)
{
    // Reuses the emitter's escaping through a one-scalar document.
    return ValuesEmitter::toJson(YamlNode::makeScalar(s)).trimmed().replace(QStringLiteral("\n"), QString());
}

// JSON strings escape their newlines, so re-indenting raw newlines is safe.
QString jsonValue(const YamlNodePtr &v, int indent)
{
    return ValuesEmitter::toJson(v).trimmed().replace(QStringLiteral("\n"), u'\n' + QString(indent, u' '));
}

QString actionName(ValueOrigin::Action a)
{
    switch (a) {
    case ValueOrigin::Action::Set: return QStringLiteral("set");
    case ValueOrigin::Action::Deleted: return QStringLiteral("deleted");
    case ValueOrigin::Action::ParentReplaced: return QStringLiteral("parent-replaced");
    }
    return QString();
}

QString originJson(const ValueOrigin &o)
{
    return QStringLiteral("{\"action\": %1, \"layer\": %2, \"location\": %3, \"value\": %4}")
        .arg(json(actionName(o.action)), json(o.layerLabel), json(o.location.toString()),
             jsonValue(o.value, 4));
}

} // namespace

QString ValueExplanation::toText() const
{
    if (!error.isEmpty())
        return key + QStringLiteral(": ") + error + u'\n';
    QString text;
    if (isSet) {
        const bool block = value && ((value->isMap() && !value->pairs.isEmpty()) || (value->isSequence() && !value->items.isEmpty()));
        text += key + QStringLiteral(" = ") + ValuesEmitter::toFlow(value, block ? 120 : 1 << 20) + u'\n';
        text += originLine(setBy, "set by", false) + u'\n';
        for (const ValueOrigin &o : overridden)
            text += originLine(o, "overrides") + u'\n';
        return text;
    }
    text += key + u' ' + Tr::tr("is not set") + u'\n';
    for (const ValueOrigin &o : deletions)
        text += originLine(o, "removed by") + u'\n';
    if (closestParentValue) {
        const QString parent = closestParent.isEmpty() ? Tr::tr("(the top level)") : closestParent;
        text += QStringLiteral("  ") + Tr::tr("closest parent:") + u' ' + parent;
        if (!closestParent.isEmpty() && closestParentValue->location.isValid())
            text += QStringLiteral(" (") + closestParentValue->location.toString() + u')';
        if (closestParentValue->isMap()) {
            QStringList keys;
            for (const YamlPair &p : closestParentValue->pairs)
                keys.append(p.key && p.key->isScalar() ? p.key->value : ValuesEmitter::toFlow(p.key, 40));
            const QString list = keys.mid(0, 12).join(QStringLiteral(", ")) + (keys.size() > 12 ? QStringLiteral(", ...") : QString());
            text += QStringLiteral(" ") + Tr::tr("has keys:") + u' ' + list;
        } else {
            text += QStringLiteral(" = ") + ValuesEmitter::toFlow(closestParentValue);
        }
        text += u'\n';
    }
    return text;
}

QString ValueExplanation::toJson() const
{
    QStringList fields;
    fields << QStringLiteral("\"key\": ") + json(key);
    if (!error.isEmpty()) {
        fields << QStringLiteral("\"error\": ") + json(error);
    } else if (isSet) {
        fields << QStringLiteral("\"set\": true") << QStringLiteral("\"value\": ") + jsonValue(value, 2)
               << QStringLiteral("\"layer\": ") + json(setBy.layerLabel)
               << QStringLiteral("\"location\": ") + json(setBy.location.toString());
        QStringList chain;
        for (const ValueOrigin &o : overridden)
            chain << QStringLiteral("    ") + originJson(o);
        fields << (chain.isEmpty() ? QStringLiteral("\"overrides\": []")
                                   : QStringLiteral("\"overrides\": [\n") + chain.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]"));
    } else {
        fields << QStringLiteral("\"set\": false") << QStringLiteral("\"closestParent\": ") + json(closestParent);
        QStringList chain;
        for (const ValueOrigin &o : deletions)
            chain << QStringLiteral("    ") + originJson(o);
        fields << (chain.isEmpty() ? QStringLiteral("\"removedBy\": []")
                                   : QStringLiteral("\"removedBy\": [\n") + chain.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]"));
    }
    return QStringLiteral("{\n  ") + fields.join(QStringLiteral(",\n  ")) + QStringLiteral("\n}\n");
}

} // namespace Stackdeck
