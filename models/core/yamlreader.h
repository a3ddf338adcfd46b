#pragma once

#include "models/core/result.h"
#include "models/core/yamldocument.h"

#include <QByteArray>
#include <QString>

namespace Stackdeck {

// Reads YAML into a located YamlNode tree (yaml-cpp's event parser underneath).
// Bad input of every kind becomes an Error with file:line:column, never a crash or a hang.
class YamlReader final
{
public:
    struct Limits
    {
        qint64 maxBytes = 8 * 1024 * 1024;   // compose and values files are far smaller
        int maxDepth = 256;                   // nesting levels
        qint64 maxExpandedNodes = 1'000'000;  // nodes counted with every alias expanded
        qint64 parallelThreshold = 256 * 1024; // larger plain documents are parsed in parts on two threads
    };

    static Result<YamlDocument> readFile(const QString &path, const Limits &limits);
    static Result<YamlDocument> readFile(const QString &path) { return readFile(path, Limits()); }
    static Result<YamlDocument> parse(const QByteArray &text, const QString &fileName, const Limits &limits);
    static Result<YamlDocument> parse(const QByteArray &text, const QString &fileName)
    {
        return parse(text, fileName, Limits());
    }
};

} // namespace Stackdeck
