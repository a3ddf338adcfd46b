#pragma once

#include "models/core/finding.h"
#include "models/core/result.h"
#include "models/core/yamlnode.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stackdeck {

// Resolves `extends` (same file and other files, recursively) inside one document's services.
class ExtendsResolver final
{
public:
    // Reads another file and returns its root with merge keys applied and values interpolated.
    using FileLoader = std::function<Result<YamlNodePtr>(const QString &absolutePath, Findings &findings)>;

    ExtendsResolver(FileLoader loader, Findings &findings) : m_loader(std::move(loader)), m_findings(findings) {}

    // Returns `root` with every extending service replaced by its merged form (same pointer when none extends).
    YamlNodePtr apply(const YamlNodePtr &root, const QString &file);

private:
    YamlNodePtr resolve(const QString &file, const YamlNodePtr &services, const QString &name, QStringList &chain);
    YamlNodePtr servicesOf(const QString &file, const SourceLocation &from, const QString &path);
    void report(const SourceLocation &where, const QString &path, const QString &rule, const QString &message,
                const QString &suggestion);

    FileLoader m_loader;
    Findings &m_findings;
    QHash<QString, YamlNodePtr> m_files;    // other files' services mappings, read once
    QHash<QString, YamlNodePtr> m_resolved; // "file\nservice" -> resolved service
};

} // namespace Stackdeck
