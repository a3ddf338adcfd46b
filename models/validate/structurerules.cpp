#include "models/validate/structurerules.h"

#include "models/core/quantity.h"
#include "models/validate/composeschema.h"
#include "models/validate/spelling.h"

#include <QRegularExpression>
#include <QVarLengthArray>

namespace Stackdeck {

namespace {

using Rules::Tr;

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

// Membership in a '|'-separated list without building a QStringList: runs for every enum value.
bool enumContains(const char *values, const QString &text)
{
    const QLatin1StringView all(values);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('|'), start);
        if (end < 0)
            end = all.size();
        if (text == all.sliced(start, end - start))
            return true;
        start = end + 1;
    }
    return false;
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

// A YAML path built only when a finding needs it: the clean 1,000-service file needs none.
struct Path
{
    const Path *parent = nullptr;
    const QString *key = nullptr;
    qsizetype index = -1;

    QString toString() const
    {
        QVarLengthArray<const Path *, 16> chain;
        for (const Path *p = this; p && (p->key || p->index >= 0); p = p->parent)
            chain.append(p);
        QString text;
        for (qsizetype i = chain.size() - 1; i >= 0; --i) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += chain[i]->key ? *chain[i]->key : QString::number(chain[i]->index);
        }
        return text;
    }
};

class Walker final
{
public:
    explicit Walker(const RuleContext &context) : m_context(context) {}

    void object(const YamlNode &node, const ComposeSchema::Object &spec, const Path &path)
    {
        for (const YamlPair &pair : node.pairs) {
            if (!pair.key || !pair.key->isScalar() || !pair.value)
                continue;
            const QString &name = pair.key->value;
            if (name.startsWith(QLatin1String("x-")) || name == QLatin1String("<<"))
                continue; // extensions are allowed anywhere; merge keys are applied by the loader
            const Path keyPath{&path, &name};
            const ComposeSchema::Key *key = ComposeSchema::find(spec, name);
            if (!key) {
                unknownKey(*pair.key, spec, keyPath);
                continue;
            }
            value(*pair.value, *key, keyPath);
        }
    }

private:
    void unknownKey(const YamlNode &key, const ComposeSchema::Object &spec, const Path &path)
    {
        const QString guess = Spelling::closest(key.value, ComposeSchema::keyNames(spec));
        const QString message = Tr::tr("unknown key %1 in %2").arg(quoted(key.value), QLatin1String(spec.what));
        const QString suggestion = guess.isEmpty()
            ? Tr::tr("remove it, or rename it to x-%1 to keep it as an extension field").arg(key.value)
            : Tr::tr("did you mean %1?").arg(quoted(guess));
        m_context.add(Severity::Error, key.location, path.toString(), QStringLiteral("structure.unknown-key"), message,
                      suggestion);
    }

    void value(const YamlNode &node, const ComposeSchema::Key &key, const Path &at)
    {
        if (Rules::emptyFromVariable(node))
            return;
        if (!typeOk(key.types, node)) {
            const QString path = at.toString();
            const QString expected = ComposeSchema::describe(key.types);
            m_context.add(Severity::Error, node.location, path, QStringLiteral("structure.type"),
                          Tr::tr("%1 must be %2, not %3").arg(path, expected, node.kindName()),
                          Tr::tr("write %1 as %2").arg(QLatin1String(key.name), expected));
            return;
        }
        if (node.isScalar())
            scalar(node, key, at);
        else if (node.isMap() && key.fields)
            object(node, *key.fields, at);
        else if (node.isSequence() && key.items)
            items(node, *key.items, at);
        else if (node.isMap() && key.entries)
            entries(node, *key.entries, at);
    }

    void items(const YamlNode &node, const ComposeSchema::Object &spec, const Path &path)
    {
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            const YamlNodePtr &item = node.items[i];
            if (item && item->isMap())
                object(*item, spec, Path{&path, nullptr, i});
        }
    }

    void entries(const YamlNode &node, const ComposeSchema::Object &spec, const Path &path)
    {
        for (const YamlPair &pair : node.pairs) {
            if (!pair.key || !pair.key->isScalar() || !pair.value)
                continue;
            const QString &name = pair.key->value;
            if (name.startsWith(QLatin1String("x-")) || name == QLatin1String("<<"))
                continue;
            const Path entry{&path, &name};
            if (pair.value->isMap()) {
                object(*pair.value, spec, entry);
                if (&spec == &ComposeSchema::service())
                    serviceShape(*pair.key, *pair.value, entry);
            } else if (!pair.value->isNull()) {
                const QString entryPath = entry.toString();
                m_context.add(Severity::Error, pair.value->location, entryPath, QStringLiteral("structure.type"),
                              Tr::tr("%1 must be a mapping, not %2").arg(entryPath, pair.value->kindName()),
                              Tr::tr("write %1 as a mapping of its settings").arg(name));
            }
        }
    }

    void serviceShape(const YamlNode &key, const YamlNode &service, const Path &path)
    {
        if (service.contains(u"image") || service.contains(u"build") || service.contains(u"extends")
            || service.contains(u"provider"))
            return;
        m_context.add(Severity::Error, key.location, path.toString(), QStringLiteral("structure.no-image"),
                      Tr::tr("service %1 has neither an image nor a build context").arg(quoted(key.value)),
                      Tr::tr("add image: NAME:TAG or build: ./folder"));
    }

    void scalar(const YamlNode &node, const ComposeSchema::Key &key, const Path &path)
    {
        const QString &text = node.value;
        switch (key.check) {
        case ComposeSchema::Check::None: return;
        case ComposeSchema::Check::Enum:
            if (!enumContains(key.values, text))
                badEnum(node, path, ComposeSchema::enumValues(key));
            return;
        case ComposeSchema::Check::Restart: {
            const bool ok = enumContains("no|always|unless-stopped|on-failure", text)
                || (text.startsWith(QLatin1String("on-failure:")) && isIntegerText(text.mid(11)));
            if (!ok)
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
                m_context.add(Severity::Error, node.location, path.toString(), QStringLiteral("structure.duration"),
                              Tr::tr("%1: %2").arg(path.toString(), duration.error().message), duration.error().hint);
            return;
        }
        }
    }

    void badEnum(const YamlNode &node, const Path &at, const QStringList &allowed)
    {
        const QString path = at.toString();
        const QString guess = Spelling::closest(node.value, allowed);
        QString suggestion = guess.isEmpty() ? QString() : Tr::tr("did you mean %1? ").arg(quoted(guess));
        suggestion += Tr::tr("allowed values: %1").arg(allowed.join(QStringLiteral(", ")));
        m_context.add(Severity::Error, node.location, path, QStringLiteral("structure.enum"),
                      Tr::tr("%1 is not a valid value for %2").arg(quoted(node.value), path), suggestion);
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
                    Tr::tr("a compose file must be a mapping, not %1").arg(root->kindName()),
                    Tr::tr("start the file with services:"));
        return;
    }
    Walker(context).object(*root, ComposeSchema::topLevel(), Path());
}

} // namespace Stackdeck
