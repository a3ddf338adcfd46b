#include "models/validate/structurerules.h"

#include "models/core/quantity.h"
#include "models/validate/composeschema.h"
#include "models/validate/spelling.h"

#include <QRegularExpression>

namespace Stackdeck {

namespace {

using Rules::join;
using Rules::tr;

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isIntegerText(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

bool isNumberText(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.contains(QLatin1String("n"), Qt::CaseInsensitive); // "nan", "inf" are not numbers here
}

bool isBoolText(const QString &text)
{
    return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

bool typeOk(unsigned types, const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null: return true; // an empty value means "not set"
    case YamlNode::Kind::Map: return types & ComposeSchema::Map;
    case YamlNode::Kind::Sequence: return types & ComposeSchema::List;
    case YamlNode::Kind::Scalar:
        if (types & ComposeSchema::Scalar)
            return true;
        if ((types & ComposeSchema::Int) && isIntegerText(node.value))
            return true;
        if ((types & ComposeSchema::Number) && isNumberText(node.value))
            return true;
        return (types & ComposeSchema::Bool) && isBoolText(node.value);
    }
    return false;
}

class Walker
{
public:
    explicit Walker(const RuleContext &context) : m_context(context) {}

    void object(const YamlNode &node, const ComposeSchema::Object &spec, const QString &path)
    {
        for (const YamlPair &pair : node.pairs) {
            if (!pair.key || !pair.key->isScalar() || !pair.value)
                continue;
            const QString &name = pair.key->value;
            if (name.startsWith(QLatin1String("x-")) || name == QLatin1String("<<"))
                continue; // extensions are allowed anywhere; merge keys are applied by the loader
            const QString keyPath = path.isEmpty() ? name : join(path, name);
            const ComposeSchema::Key *key = ComposeSchema::find(spec, name);
            if (!key) {
                unknownKey(*pair.key, spec, keyPath);
                continue;
            }
            value(*pair.value, *key, keyPath);
        }
    }

private:
    void unknownKey(const YamlNode &key, const ComposeSchema::Object &spec, const QString &path)
    {
        const QString guess = Spelling::closest(key.value, ComposeSchema::keyNames(spec));
        const QString message = tr("unknown key %1 in %2").arg(quoted(key.value), QLatin1String(spec.what));
        const QString suggestion = guess.isEmpty()
            ? tr("remove it, or rename it to x-%1 to keep it as an extension field").arg(key.value)
            : tr("did you mean %1?").arg(quoted(guess));
        m_context.add(Severity::Error, key.location, path, QStringLiteral("structure.unknown-key"), message,
                      suggestion);
    }

    void value(const YamlNode &node, const ComposeSchema::Key &key, const QString &path)
    {
        if (Rules::emptyFromVariable(node))
            return;
        if (!typeOk(key.types, node)) {
            const QString expected = ComposeSchema::describe(key.types);
            m_context.add(Severity::Error, node.location, path, QStringLiteral("structure.type"),
                          tr("%1 must be %2, not %3").arg(path, expected, node.kindName()),
                          tr("write %1 as %2").arg(QLatin1String(key.name), expected));
            return;
        }
        if (node.isScalar())
            scalar(node, key, path);
        else if (node.isMap() && key.fields)
            object(node, *key.fields, path);
        else if (node.isSequence() && key.items)
            items(node, *key.items, path);
        else if (node.isMap() && key.entries)
            entries(node, *key.entries, path);
    }

    void items(const YamlNode &node, const ComposeSchema::Object &spec, const QString &path)
    {
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            const YamlNodePtr &item = node.items[i];
            if (item && item->isMap())
                object(*item, spec, join(path, i));
        }
    }

    void entries(const YamlNode &node, const ComposeSchema::Object &spec, const QString &path)
    {
        for (const YamlPair &pair : node.pairs) {
            if (!pair.key || !pair.key->isScalar() || !pair.value)
                continue;
            const QString &name = pair.key->value;
            if (name.startsWith(QLatin1String("x-")) || name == QLatin1String("<<"))
                continue;
            const QString entryPath = join(path, name);
            if (pair.value->isMap()) {
                object(*pair.value, spec, entryPath);
                if (&spec == &ComposeSchema::service())
                    serviceShape(*pair.key, *pair.value, entryPath);
            } else if (!pair.value->isNull()) {
                m_context.add(Severity::Error, pair.value->location, entryPath, QStringLiteral("structure.type"),
                              tr("%1 must be a mapping, not %2").arg(entryPath, pair.value->kindName()),
                              tr("write %1 as a mapping of its settings").arg(name));
            }
        }
    }

    void serviceShape(const YamlNode &key, const YamlNode &service, const QString &path)
    {
        if (service.contains(u"image") || service.contains(u"build") || service.contains(u"extends")
            || service.contains(u"provider"))
            return;
        m_context.add(Severity::Error, key.location, path, QStringLiteral("structure.no-image"),
                      tr("service %1 has neither an image nor a build context").arg(quoted(key.value)),
                      tr("add image: NAME:TAG or build: ./folder"));
    }

    void scalar(const YamlNode &node, const ComposeSchema::Key &key, const QString &path)
    {
        const QString &text = node.value;
        switch (key.check) {
        case ComposeSchema::Check::None: return;
        case ComposeSchema::Check::Enum: {
            const QStringList allowed = ComposeSchema::enumValues(key);
            if (!allowed.contains(text))
                badEnum(node, path, allowed);
            return;
        }
        case ComposeSchema::Check::Restart: {
            static const QRegularExpression restart(
                QStringLiteral("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"));
            if (!restart.match(text).hasMatch())
                badEnum(node, path, {QStringLiteral("no"), QStringLiteral("always"), QStringLiteral("on-failure"),
                                     QStringLiteral("unless-stopped")});
            return;
        }
        case ComposeSchema::Check::PullPolicy: {
            static const QRegularExpression pull(QStringLiteral(
                "^(always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$"));
            if (!pull.match(text).hasMatch())
                badEnum(node, path, {QStringLiteral("always"), QStringLiteral("never"), QStringLiteral("missing"),
                                     QStringLiteral("build"), QStringLiteral("if_not_present"),
                                     QStringLiteral("daily"), QStringLiteral("weekly")});
            return;
        }
        case ComposeSchema::Check::Duration: {
            const Result<qint64> duration = Quantity::parseDuration(text);
            if (!duration)
                m_context.add(Severity::Error, node.location, path, QStringLiteral("structure.duration"),
                              tr("%1: %2").arg(path, duration.error().message), duration.error().hint);
            return;
        }
        }
    }

    void badEnum(const YamlNode &node, const QString &path, const QStringList &allowed)
    {
        const QString guess = Spelling::closest(node.value, allowed);
        QString suggestion = guess.isEmpty() ? QString() : tr("did you mean %1? ").arg(quoted(guess));
        suggestion += tr("allowed values: %1").arg(allowed.join(QStringLiteral(", ")));
        m_context.add(Severity::Error, node.location, path, QStringLiteral("structure.enum"),
                      tr("%1 is not a valid value for %2").arg(quoted(node.value), path), suggestion);
    }

    const RuleContext &m_context;
};

} // namespace

void StructureRules::check(const RuleContext &context)
{
    const YamlNodePtr &root = context.root();
    if (!root || root->isNull())
        return;
    if (!root->isMap()) {
        context.add(Severity::Error, root->location, QString(), QStringLiteral("structure.type"),
                    tr("a compose file must be a mapping, not %1").arg(root->kindName()),
                    tr("start the file with services:"));
        return;
    }
    Walker(context).object(*root, ComposeSchema::topLevel(), QString());
}

} // namespace Stackdeck
