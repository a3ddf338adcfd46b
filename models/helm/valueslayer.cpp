#include "models/helm/valueslayer.h"

#include "models/core/yamlreader.h"
#include "models/helm/valuesmerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Stackdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdeck::ValuesLayer", text);
}

} // namespace

QString ValuesLayer::label() const
{
    switch (kind) {
    case Kind::Base: return tr("base");
    case Kind::Environment: return tr("environment %1").arg(name);
    case Kind::Preset: return tr("preset %1").arg(name);
    case Kind::Extra: return name.isEmpty() ? tr("values") : name;
    }
    return name;
}

Result<ValuesLayer> ValuesLayer::read(Kind kind, const QString &name, const QString &path, const QString &displayName)
{
    const QFileInfo info(path);
    const YamlReader::Limits limits;
    QFile file(path);
    if (!info.isFile() || info.size() > limits.maxBytes || !file.open(QIODevice::ReadOnly)) {
        // YamlReader words every such failure (missing, folder, device, too big, unreadable) the same way everywhere.
        Result<YamlDocument> checked = YamlReader::readFile(path, limits);
        Error error = checked ? Error{QStringLiteral("Cannot read the file: %1.").arg(file.errorString()),
                                      SourceLocation{path, 0, 0, -1}, QString()}
                              : checked.error();
        if (error.location.file == path)
            error.location.file = displayName;
        return error;
    }
    Result<ValuesLayer> layer = fromText(kind, name, file.read(limits.maxBytes + 1), displayName);
    if (layer)
        layer->path = info.absoluteFilePath();
    return layer;
}

Result<ValuesLayer> ValuesLayer::fromText(Kind kind, const QString &name, const QByteArray &text,
                                          const QString &displayName)
{
    Result<YamlDocument> doc = YamlReader::parse(text, displayName);
    if (!doc)
        return doc.error();
    ValuesLayer layer;
    layer.kind = kind;
    layer.name = name;
    layer.document = std::move(doc).value();
    const YamlNodePtr &root = layer.document.root;
    if (root->isNull()) {
        // An empty or comments-only values file sets nothing.
        auto empty = std::make_shared<YamlNode>();
        empty->kind = YamlNode::Kind::Map;
        empty->location = root->location;
        layer.root = empty;
        return layer;
    }
    if (!root->isMap())
        return Error{tr("A values file must be a mapping of keys, but this one is %1.").arg(root->kindName()),
                     root->location, tr("start the file with top-level keys such as \"connect:\"")};
    layer.root = ValuesMerge::resolveMergeKeys(root, &layer.document.findings);
    return layer;
}

} // namespace Stackdeck
