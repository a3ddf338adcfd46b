#include "models/helm/valueslayer.h"

#include "models/core/yamlreader.h"
#include "models/helm/valuesmerge.h"

#include <QFile>
#include <QFileInfo>

namespace Stackdeck {

QString ValuesLayer::label() const
{
    switch (kind) {
    case Kind::Base: return QStringLiteral("base");
    case Kind::Environment: return QStringLiteral("environment %1").arg(name);
    case Kind::Preset: return QStringLiteral("preset %1").arg(name);
    case Kind::Extra: return name.isEmpty() ? QStringLiteral("values") : name;
    }
    return name;
}

Result<ValuesLayer> ValuesLayer::read(Kind kind, const QString &name, const QString &path, const QString &displayName)
{
    // Reads through YamlReader first so size, folder and permission checks stay in one place.
    Result<YamlDocument> checked = YamlReader::readFile(path);
    if (!checked) {
        Error error = checked.error();
        if (error.location.file == path)
            error.location.file = displayName;
        return error;
    }
    Result<ValuesLayer> layer = fromText(kind, name, checked->text, displayName);
    if (layer)
        layer->path = QFileInfo(path).absoluteFilePath();
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
        return Error{QStringLiteral("A values file must be a mapping of keys, but this one is %1.").arg(root->kindName()),
                     root->location, QStringLiteral("start the file with top-level keys such as \"connect:\"")};
    layer.root = ValuesMerge::resolveMergeKeys(root, &layer.document.findings);
    return layer;
}

} // namespace Stackdeck
