#include "models/editor/valuesedit.h"

#include "models/core/quantity.h"
#include "models/edit/documentedit.h"
#include "models/edit/safewriter.h"
#include "models/edit/scalarformatter.h"
#include "models/edit/yamlpatcher.h"
#include "models/editor/editorlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Stackdeck {
namespace {

QString firstExisting(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (QFileInfo(c).isFile())
            return c;
    }
    return QString();
}

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// The type a key is checked against: the table's, else what the chart already holds there.
std::optional<ValuesKey::Type> typeOf(const QString &key, const ValueExplanation &current)
{
    if (const ValuesKey *known = ValuesKey::find(key))
        return known->type;
    if (!current.isSet || !current.value || !current.value->isScalar())
        return std::nullopt;
    const YamlNode &node = *current.value;
    if (!node.isQuoted() && node.isBool())
        return ValuesKey::Type::Bool;
    if (!node.isQuoted() && node.isInteger())
        return ValuesKey::Type::Integer;
    static const QStringList binary = {QStringLiteral("Ki"), QStringLiteral("Mi"), QStringLiteral("Gi"),
                                       QStringLiteral("Ti"), QStringLiteral("Pi"), QStringLiteral("Ei")};
    for (const QString &suffix : binary) {
        if (node.value.endsWith(suffix) && Quantity::parseKubernetesValue(node.value))
            return ValuesKey::Type::Memory;
    }
    return std::nullopt;
}

// Empty when `value` fits `type`; else why not, and the hint in `hint`.
QString typeProblem(ValuesKey::Type type, const QStringList &choices, const QString &value, QString *hint)
{
    using T = ValuesKey::Type;
    const QString v = value.trimmed();
    if (v.isEmpty() && type != T::String) {
        *hint = ValuesEditSession::tr("write %1").arg(ValuesKey::typeName(type));
        return ValuesEditSession::tr("needs a value");
    }
    switch (type) {
    case T::Integer: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < 0) {
            *hint = ValuesEditSession::tr("write %1").arg(ValuesKey::typeName(type));
            return ValuesEditSession::tr("must be a whole number of 0 or more, not \"%1\"").arg(value);
        }
        return QString();
    }
    case T::Bool:
        if (v != u"true" && v != u"false") {
            *hint = ValuesEditSession::tr("write true or false");
            return ValuesEditSession::tr("must be true or false, not \"%1\"").arg(value);
        }
        return QString();
    case T::Memory: {
        const Result<qint64> millis = Quantity::parseKubernetesMillis(v);
        if (!millis) {
            *hint = ValuesEditSession::tr("write %1").arg(ValuesKey::typeName(type));
            return ValuesEditSession::tr("must be a Kubernetes memory quantity, not \"%1\"").arg(value);
        }
        if (*millis % 1000 != 0) {
            *hint = ValuesEditSession::tr("\"m\" means thousandths here; write %1Mi for mebibytes").arg(v.chopped(1));
            return ValuesEditSession::tr("\"%1\" is a fraction of a byte").arg(value);
        }
        if (*millis / 1000 < 1024 * 1024) {
            *hint = ValuesEditSession::tr("add a unit, e.g. %1Gi or %1Mi").arg(v);
            return ValuesEditSession::tr("\"%1\" is less than 1 MiB").arg(value);
        }
        return QString();
    }
    case T::Cpu: {
        const Result<qint64> millis = Quantity::parseKubernetesMillis(v);
        if (!millis || *millis <= 0) {
            *hint = ValuesEditSession::tr("write %1").arg(ValuesKey::typeName(type));
            return ValuesEditSession::tr("must be a CPU quantity above 0, not \"%1\"").arg(value);
        }
        return QString();
    }
    case T::Choice:
        if (!choices.contains(v)) {
            *hint = ValuesEditSession::tr("write one of: %1").arg(choices.join(QStringLiteral(", ")));
            return ValuesEditSession::tr("must be one of the known choices, not \"%1\"").arg(value);
        }
        return QString();
    case T::String:
        return QString();
    }
    return QString();
}

// "a:\n  b:\n    c: value\n": the lines that add `path` to a file that sets nothing yet.
QByteArray blockFor(const QStringList &path, const QString &value, bool asString)
{
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        out += QString(int(i) * 2, u' ') + ScalarFormatter::formatKey(path[i], false) + u':';
        if (i + 1 == path.size())
            out += u' ' + ScalarFormatter::format(value, asString, YamlNode::Style::Plain, false);
        out += u'\n';
    }
    return out.toUtf8();
}

} // namespace

ValuesEditSession::ValuesEditSession(QObject *parent) : QObject(parent) {}

QStringList ValuesEditSession::availableEnvironments() const
{
    return m_chartDir.isEmpty() ? QStringList() : ValuesStack::availableEnvironments(m_chartDir);
}

QStringList ValuesEditSession::availablePresets() const
{
    return m_chartDir.isEmpty() ? QStringList() : ValuesStack::availablePresets(m_chartDir);
}

QString ValuesEditSession::displayName(const QString &file) const
{
    return QDir(m_chartDir).relativeFilePath(file);
}

Status ValuesEditSession::open(const QString &chartDir, const QString &environment, const QStringList &presets)
{
    const QDir chart(chartDir);
    const QString dir = chart.absolutePath();
    const QString base = chart.absoluteFilePath(QStringLiteral("values.yaml"));
    if (!QFileInfo(base).isFile())
        return Error{tr("No values.yaml in this folder, so it is not a Helm chart."), SourceLocation{dir, 0, 0, -1},
                     tr("open the folder that holds the chart's values.yaml")};

    const bool sameChart = dir == m_chartDir;
    const QString oldChart = m_chartDir;
    m_chartDir = dir; // displayName() below names files relative to the new chart
    QList<Layer> layers;
    layers.append(Layer{ValuesLayer::Kind::Base, QString(), tr("base"), base, displayName(base), true});
    if (!environment.isEmpty()) {
        if (environment.contains(u'/') || environment.contains(u'\\') || environment.startsWith(u'.')) {
            m_chartDir = oldChart;
            return Error{tr("\"%1\" is not an environment name.").arg(environment), SourceLocation{dir, 0, 0, -1},
                         tr("choose one of: %1").arg(ValuesStack::availableEnvironments(dir).join(QStringLiteral(", ")))};
        }
        const QString envDir = chart.absoluteFilePath(QStringLiteral("environments/") + environment);
        QString file = firstExisting({envDir + QStringLiteral("/values.yaml"), envDir + QStringLiteral("/values.yml")});
        const bool exists = !file.isEmpty();
        if (!exists)
            file = envDir + QStringLiteral("/values.yaml");
        layers.append(Layer{ValuesLayer::Kind::Environment, environment, tr("environment %1").arg(environment), file,
                            displayName(file), exists});
    }
    for (const QString &preset : presets) {
        const QString stem = chart.absoluteFilePath(QStringLiteral("presets/") + preset);
        const QString file = preset.contains(u'/') || preset.contains(u'\\')
                                 ? QString()
                                 : firstExisting({stem + QStringLiteral(".yaml"), stem + QStringLiteral("-values.yaml"),
                                                  stem + QStringLiteral(".yml"), stem + QStringLiteral("-values.yml")});
        if (file.isEmpty()) {
            m_chartDir = oldChart;
            return Error{tr("The chart has no preset \"%1\".").arg(preset), SourceLocation{dir, 0, 0, -1},
                         tr("choose one of: %1").arg(ValuesStack::availablePresets(dir).join(QStringLiteral(", ")))};
        }
        layers.append(Layer{ValuesLayer::Kind::Preset, preset, tr("preset %1").arg(preset), file, displayName(file), true});
    }

    Texts loaded = sameChart ? m_loaded : Texts();
    Texts texts = sameChart ? m_texts : Texts();
    QMap<QString, bool> existed = sameChart ? m_existed : QMap<QString, bool>();
    for (Layer &layer : layers) {
        if (!texts.contains(layer.file)) {
            QByteArray bytes;
            QString why;
            if (layer.exists && !readFile(layer.file, &bytes, &why)) {
                m_chartDir = oldChart;
                return Error{tr("Cannot read the file: %1.").arg(why), SourceLocation{layer.displayName, 0, 0, -1},
                             tr("check its permissions")};
            }
            loaded.insert(layer.file, bytes);
            texts.insert(layer.file, bytes);
            existed.insert(layer.file, layer.exists);
        }
        layer.exists = existed.value(layer.file);
        const Result<ValuesLayer> parsed = ValuesLayer::fromText(layer.kind, layer.name, texts.value(layer.file), layer.displayName);
        if (!parsed) {
            m_chartDir = oldChart;
            return parsed.error();
        }
    }

    m_environment = environment;
    m_presets = presets;
    m_layers = layers;
    m_loaded = loaded;
    m_texts = texts;
    m_existed = existed;
    if (!sameChart)
        m_editLog.clear();
    qCDebug(lcEditor) << "values session" << dir << environment << presets;
    rebuild();
    emit changed();
    return success();
}

int ValuesEditSession::environmentLayer() const
{
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].kind == ValuesLayer::Kind::Environment)
            return int(i);
    }
    return -1;
}

int ValuesEditSession::presetLayer(const QString &name) const
{
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].kind == ValuesLayer::Kind::Preset && m_layers[i].name == name)
            return int(i);
    }
    return -1;
}

void ValuesEditSession::rebuild()
{
    QList<ValuesLayer> built;
    for (const Layer &layer : std::as_const(m_layers)) {
        Result<ValuesLayer> parsed = ValuesLayer::fromText(layer.kind, layer.name, m_texts.value(layer.file), layer.displayName);
        if (!parsed) {
            m_loadError = parsed.error().toString();
            return;
        }
        parsed->path = layer.file;
        built.append(std::move(parsed).value());
    }
    m_loadError.clear();
    m_stack = ValuesStack(std::move(built));
}

ValueExplanation ValuesEditSession::explain(const QString &key) const
{
    return m_stack.explain(key);
}

SourceLocation ValuesEditSession::locationIn(int layer, const QStringList &path) const
{
    const Layer &l = m_layers[layer];
    if (!l.exists && m_texts.value(l.file).isEmpty())
        return SourceLocation{l.displayName, 0, 0, -1};
    SourceLocation where{l.displayName, 1, 1, 0};
    const Result<ValuesLayer> parsed = ValuesLayer::fromText(l.kind, l.name, m_texts.value(l.file), l.displayName);
    if (!parsed)
        return where;
    YamlNodePtr node = parsed->root;
    for (const QString &segment : path) {
        const YamlPair *pair = node && node->isMap() ? node->pair(segment) : nullptr;
        if (!pair)
            break;
        where = pair->key->location;
        node = pair->value;
    }
    return where;
}

bool ValuesEditSession::wantsString(const QString &key, const QStringList &path) const
{
    Q_UNUSED(path)
    const ValuesKey *known = ValuesKey::find(key);
    if (known && known->type != ValuesKey::Type::Integer && known->type != ValuesKey::Type::Bool)
        return true;
    const ValueExplanation current = m_stack.explain(key);
    // Keep a quoted number quoted ("4" cores): the chart's templates expect a string there.
    return current.isSet && current.value && current.value->isScalar() && ScalarFormatter::readsAsString(*current.value);
}

Status ValuesEditSession::checkValue(const QString &key, const QString &value, int layer) const
{
    if (layer < 0 || layer >= m_layers.size())
        return Error{tr("There is no values layer %1 in this session.").arg(layer), SourceLocation{m_chartDir, 0, 0, -1},
                     tr("choose base, the environment or one of the presets")};
    const QStringList path = DocumentEdit::splitPath(key);
    if (key.trimmed().isEmpty() || path.contains(QString()))
        return Error{tr("\"%1\" is not a values key.").arg(key), SourceLocation{m_layers[layer].displayName, 0, 0, -1},
                     tr("write a dotted key such as connect.executor.memory")};
    const ValuesKey *known = ValuesKey::find(key);
    const std::optional<ValuesKey::Type> type = typeOf(key, m_stack.explain(key));
    if (!type)
        return success();
    QString hint;
    const QString problem = typeProblem(*type, known ? known->choices : QStringList(), value, &hint);
    if (problem.isEmpty())
        return success();
    return Error{tr("%1 in %2 %3.").arg(key, m_layers[layer].label, problem), locationIn(layer, path), hint};
}

Status ValuesEditSession::setValue(const QString &key, const QString &value, int layer)
{
    if (Status ok = checkValue(key, value, layer); !ok)
        return ok;
    const Layer &l = m_layers[layer];
    const QStringList path = DocumentEdit::splitPath(key);
    const bool asString = wantsString(key, path);
    const QByteArray before = m_texts.value(l.file);
    Result<ValuesLayer> parsed = ValuesLayer::fromText(l.kind, l.name, before, l.displayName);
    if (!parsed)
        return parsed.error();
    QByteArray after;
    if (parsed->document.root->isNull()) {
        // An empty or comments-only file: the key is the first thing it sets.
        after = before;
        if (!after.isEmpty() && !after.endsWith('\n'))
            after += '\n';
        after += blockFor(path, value.trimmed(), asString);
    } else {
        const DocumentEdit edit = DocumentEdit::set(path, value.trimmed(), asString);
        Result<QByteArray> patched = YamlPatcher::apply(parsed->document, edit);
        if (!patched)
            return patched.error();
        after = std::move(patched).value();
    }
    if (after == before)
        return success();
    m_texts.insert(l.file, after);
    m_editLog.append(tr("set %1 = %2 in %3").arg(key, value.trimmed(), l.label));
    qCDebug(lcEditor) << "values set" << key << "in" << l.displayName;
    rebuild();
    emit changed();
    return success();
}

Status ValuesEditSession::removeValue(const QString &key, int layer)
{
    if (layer < 0 || layer >= m_layers.size())
        return Error{tr("There is no values layer %1 in this session.").arg(layer), SourceLocation{m_chartDir, 0, 0, -1},
                     tr("choose base, the environment or one of the presets")};
    const Layer &l = m_layers[layer];
    const QStringList path = DocumentEdit::splitPath(key);
    Result<ValuesLayer> parsed = ValuesLayer::fromText(l.kind, l.name, m_texts.value(l.file), l.displayName);
    if (!parsed)
        return parsed.error();
    YamlNodePtr node = parsed->document.root;
    for (const QString &segment : path)
        node = node && node->isMap() ? node->get(segment) : nullptr;
    if (!node)
        return Error{tr("%1 is not set in %2.").arg(key, l.label), locationIn(layer, path),
                     tr("remove it from the layer that sets it")};
    Result<QByteArray> patched = YamlPatcher::apply(parsed->document, DocumentEdit::remove(path));
    if (!patched)
        return patched.error();
    m_texts.insert(l.file, std::move(patched).value());
    m_editLog.append(tr("remove %1 from %2").arg(key, l.label));
    rebuild();
    emit changed();
    return success();
}

void ValuesEditSession::restore(const Texts &texts)
{
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it)
        it.value() = texts.value(it.key(), m_loaded.value(it.key()));
    rebuild();
    emit changed();
}

bool ValuesEditSession::isModified() const
{
    return m_texts != m_loaded;
}

QList<ValuesEditSession::FileChange> ValuesEditSession::changes() const
{
    QList<FileChange> out;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QByteArray before = m_loaded.value(it.key());
        if (before != it.value())
            out.append(FileChange{it.key(), displayName(it.key()), before, it.value(), !m_existed.value(it.key())});
    }
    return out;
}

QStringList ValuesEditSession::changedOnDisk() const
{
    QStringList out;
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
        const bool existed = m_existed.value(it.key());
        const QFileInfo info(it.key());
        QByteArray disk;
        QString why;
        if (existed != info.exists() || (existed && (!readFile(it.key(), &disk, &why) || disk != it.value())))
            out.append(it.key());
    }
    return out;
}

Status ValuesEditSession::save(const QString &summary)
{
    const QList<FileChange> pending = changes();
    const QStringList moved = changedOnDisk();
    for (const FileChange &change : pending) {
        if (moved.contains(change.file))
            return Error{tr("%1 changed on disk since it was opened; nothing was saved.").arg(change.displayName),
                         SourceLocation{change.displayName, 0, 0, -1},
                         tr("reopen the chart to load the new version, then make the edit again")};
    }
    QStringList written;
    for (const FileChange &change : pending) {
        if (change.newFile && !QDir().mkpath(QFileInfo(change.file).absolutePath()))
            return Error{tr("Cannot create the folder for %1.").arg(change.displayName),
                         SourceLocation{change.displayName, 0, 0, -1}, tr("check that the chart folder is writable")};
        SaveOptions options;
        options.projectDir = m_chartDir;
        options.summary = summary;
        options.newFile = change.newFile;
        Result<SaveReport> report = SafeWriter::save(change.file, change.before, change.after, options);
        if (!report) {
            Error error = report.error();
            error.location.file = change.displayName;
            return error;
        }
        m_loaded.insert(change.file, change.after);
        m_existed.insert(change.file, true);
        written.append(change.file);
    }
    for (Layer &layer : m_layers)
        layer.exists = m_existed.value(layer.file);
    m_editLog.clear();
    qCInfo(lcEditor) << "values saved" << written.size() << "files:" << summary;
    emit saved(written);
    emit changed();
    return success();
}

} // namespace Stackdeck
