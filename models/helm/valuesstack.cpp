#include "models/helm/valuesstack.h"

#include "models/helm/valuesmerge.h"
#include "models/helm/valuespath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHelm, "stackdeck.helm", QtInfoMsg)

namespace Stackdeck {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ValuesStack)
};

enum class Touch { Untouched, Set, Deleted, ParentReplaced };

// What layer `index` (with tree `root`) writes at `path`, and the node that shows it.
Touch classify(const YamlNodePtr &root, const ValuesPath::Segments &path, bool isBase, YamlNodePtr *where)
{
    YamlNodePtr node = root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const ValuesPath::Segment &s = path[i];
        if (node->isMap()) {
            const YamlNodePtr child = node->get(s.key.isEmpty() && s.index >= 0 ? QString::number(s.index) : s.key);
            if (!child)
                return Touch::Untouched;
            if (child->isNull() && (!isBase || i + 1 < path.size())) {
                *where = child;
                // A null in the base only means "nothing here yet"; in later layers it deletes.
                return isBase ? Touch::Untouched : Touch::Deleted;
            }
            node = child;
            continue;
        }
        // Lists and scalars replace whatever was below them.
        if (node->isSequence()) {
            bool ok = s.index >= 0;
            const int index = ok ? s.index : s.key.toInt(&ok);
            if (ok && index >= 0 && index < node->items.size()) {
                node = node->items[index];
                continue;
            }
        }
        *where = node;
        return Touch::ParentReplaced;
    }
    *where = node;
    return Touch::Set;
}

QString displayPath(const QString &chartDir, const QString &file)
{
    return QDir(chartDir).relativeFilePath(file);
}

QString firstExisting(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (QFileInfo(c).isFile())
            return c;
    }
    return QString();
}

QString availableText(const QStringList &names)
{
    return names.isEmpty() ? Tr::tr("there are none") : Tr::tr("available: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

ValuesStack::ValuesStack(QList<ValuesLayer> layers) : m_layers(std::move(layers))
{
    for (const ValuesLayer &layer : std::as_const(m_layers))
        m_effective = m_effective ? ValuesMerge::overlay(m_effective, layer.root) : layer.root;
    if (!m_effective) {
        auto empty = std::make_shared<YamlNode>();
        empty->kind = YamlNode::Kind::Map;
        m_effective = empty;
    }
}

QStringList ValuesStack::availableEnvironments(const QString &chartDir)
{
    QStringList names;
    const QDir dir(QDir(chartDir).filePath(QStringLiteral("environments")));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo(dir.filePath(name + QStringLiteral("/values.yaml"))).isFile()
            || QFileInfo(dir.filePath(name + QStringLiteral("/values.yml"))).isFile())
            names.append(name);
    }
    return names;
}

QStringList ValuesStack::availablePresets(const QString &chartDir)
{
    QStringList names;
    const QDir dir(QDir(chartDir).filePath(QStringLiteral("presets")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (QString name : files) {
        name = name.left(name.lastIndexOf(u'.'));
        if (name.endsWith(QStringLiteral("-values")) && name.size() > 7)
            name.chop(7);
        if (!names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

Result<ValuesStack> ValuesStack::loadChart(const QString &chartDir, const QString &environment,
                                           const QStringList &presets)
{
    const QDir chart(chartDir);
    const QString base = chart.filePath(QStringLiteral("values.yaml"));
    if (!QFileInfo(base).isFile())
        return Error{Tr::tr("No values.yaml in this folder, so it is not a Helm chart."),
                     SourceLocation{chart.absolutePath(), 0, 0, -1},
                     Tr::tr("pass --chart with the folder that holds the chart's values.yaml")};

    QList<ValuesLayer> layers;
    auto add = [&](ValuesLayer::Kind kind, const QString &name, const QString &file) -> Status {
        Result<ValuesLayer> layer = ValuesLayer::read(kind, name, file, displayPath(chartDir, file));
        if (!layer)
            return layer.error();
        qCDebug(lcHelm) << "values layer" << layer->label() << file;
        layers.append(std::move(layer).value());
        return success();
    };

    if (Status s = add(ValuesLayer::Kind::Base, QString(), base); !s)
        return s.error();

    if (!environment.isEmpty()) {
        const QString envDir = chart.filePath(QStringLiteral("environments/") + environment);
        const QString file = environment.contains(u'/') || environment.contains(u'\\')
                                 ? QString()
                                 : firstExisting({envDir + QStringLiteral("/values.yaml"), envDir + QStringLiteral("/values.yml")});
        if (file.isEmpty())
            return Error{Tr::tr("The chart has no environment \"%1\" (no environments/%1/values.yaml); %2.")
                             .arg(environment, availableText(availableEnvironments(chartDir))),
                         SourceLocation{chart.absolutePath(), 0, 0, -1}, Tr::tr("choose one of the available environments")};
        if (Status s = add(ValuesLayer::Kind::Environment, environment, file); !s)
            return s.error();
    }

    for (const QString &preset : presets) {
        const QString dir = chart.filePath(QStringLiteral("presets/"));
        QStringList candidates = {dir + preset + QStringLiteral(".yaml"), dir + preset + QStringLiteral("-values.yaml"),
                                  dir + preset + QStringLiteral(".yml"), dir + preset + QStringLiteral("-values.yml")};
        if (preset.endsWith(QStringLiteral(".yaml")) || preset.endsWith(QStringLiteral(".yml")))
            candidates.prepend(dir + preset);
        const QString file = preset.isEmpty() || preset.contains(u'/') || preset.contains(u'\\') ? QString()
                                                                                                 : firstExisting(candidates);
        if (file.isEmpty())
            return Error{Tr::tr("The chart has no preset \"%1\" (looked for presets/%1.yaml and presets/%1-values.yaml); %2.")
                             .arg(preset, availableText(availablePresets(chartDir))),
                         SourceLocation{chart.absolutePath(), 0, 0, -1}, Tr::tr("choose one of the available presets")};
        if (Status s = add(ValuesLayer::Kind::Preset, preset, file); !s)
            return s.error();
    }

    ValuesStack stack(std::move(layers));
    stack.m_chartDir = chart.absolutePath();
    return stack;
}

Findings ValuesStack::findings() const
{
    Findings all;
    for (const ValuesLayer &layer : m_layers)
        all += layer.document.findings;
    return all;
}

ValueExplanation ValuesStack::explain(const QString &key) const
{
    ValueExplanation answer;
    QList<YamlNodePtr> trees{m_effective};
    for (qsizetype i = m_layers.size() - 1; i >= 0; --i)
        trees.append(m_layers[i].root);
    QString error;
    const ValuesPath::Segments path = ValuesPath::split(key, trees, &error);
    if (path.isEmpty()) {
        answer.key = key;
        answer.error = Tr::tr("not a values key: %1").arg(error);
        return answer;
    }
    answer.key = ValuesPath::join(path);

    // Replays the layers in order, remembering who wrote the key and who removed it.
    bool set = false;
    ValueOrigin current;
    QList<ValueOrigin> history;
    for (int i = 0; i < m_layers.size(); ++i) {
        YamlNodePtr where;
        const Touch touch = classify(m_layers[i].root, path, i == 0, &where);
        if (touch == Touch::Untouched)
            continue;
        ValueOrigin origin;
        origin.layer = i;
        origin.layerLabel = m_layers[i].label();
        origin.location = where ? where->location : SourceLocation{};
        origin.value = where;
        if (touch == Touch::Set) {
            if (set)
                history.append(current);
            current = origin;
            set = true;
            continue;
        }
        if (!set)
            continue; // removing what no earlier layer set changes nothing
        origin.action = touch == Touch::Deleted ? ValueOrigin::Action::Deleted : ValueOrigin::Action::ParentReplaced;
        history.append(current);
        history.append(origin);
        set = false;
    }
    std::reverse(history.begin(), history.end());

    qsizetype resolved = 0;
    const YamlNodePtr value = ValuesPath::lookup(m_effective, path, &resolved);
    if (value && set) {
        answer.isSet = true;
        answer.value = value;
        answer.setBy = current;
        answer.overridden = history;
        return answer;
    }
    for (const ValueOrigin &o : std::as_const(history)) {
        if (o.action != ValueOrigin::Action::Set)
            answer.deletions.append(o);
    }
    answer.closestParent = ValuesPath::join(path.mid(0, resolved));
    answer.closestParentValue = ValuesPath::lookup(m_effective, path.mid(0, resolved));
    return answer;
}

} // namespace Stackdeck
