#pragma once

#include "models/compose/composeloader.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace Stackdeck::TestHelpers {

inline QString fixture(const QString &relative)
{
    return QDir(QStringLiteral(STACKDECK_TEST_DATA "/compose")).filePath(relative);
}

// Node at a dotted path ("services.api.ports.0"); numbers index sequences. Null when absent.
inline YamlNodePtr nodeAt(YamlNodePtr node, const QString &path)
{
    const QStringList parts = path.split(u'.', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!node)
            return nullptr;
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (node->isSequence() && isIndex)
            node = index >= 0 && index < node->items.size() ? node->items[index] : nullptr;
        else if (node->isMap())
            node = node->get(part);
        else
            return nullptr;
    }
    return node;
}

// Scalar text at a path, or "<absent>" / "<map>" / "<list>" / "<null>" so comparisons print something useful.
inline QString textAt(const YamlNodePtr &root, const QString &path)
{
    const YamlNodePtr n = nodeAt(root, path);
    if (!n)
        return QStringLiteral("<absent>");
    if (n->isScalar())
        return n->value;
    if (n->isMap())
        return QStringLiteral("<map>");
    if (n->isSequence()) {
        QStringList items;
        for (const YamlNodePtr &i : n->items)
            items.append(i && i->isScalar() ? i->value : QStringLiteral("<node>"));
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return QStringLiteral("<null>");
}

inline Result<ComposeProject> loadFiles(const QStringList &relativeFiles, const QStringList &profiles = {})
{
    ComposeLoadOptions options;
    for (const QString &f : relativeFiles)
        options.files.append(fixture(f));
    options.profiles = profiles;
    options.useProcessEnvironment = false; // the tests own every variable
    return ComposeLoader::load(options);
}

inline QStringList serviceNames(const ComposeProject &project)
{
    QStringList names;
    for (const ServiceSpec &s : project.services)
        names.append(s.name);
    return names;
}

inline int countRule(const Findings &findings, const QString &rule)
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.ruleId == rule ? 1 : 0;
    return n;
}

} // namespace Stackdeck::TestHelpers
