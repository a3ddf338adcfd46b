#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdeck {

// Parsers for compose's one-line forms: ports, volumes and shell-style command strings.
class ShortSyntax final
{
public:
    struct Port
    {
        QString hostIp, published, target, protocol = QStringLiteral("tcp");
    };
    struct Volume
    {
        QString type, source, target, mode;
        bool readOnly = false;
    };

    // "8080", "8080:80", "127.0.0.1:8080:80", "[::1]:80:80", "8000-8010:8000-8010", "6060:6060/udp".
    static std::optional<Port> parsePort(const QString &text);
    // "/data", "name:/data", "./dir:/data:ro", "~/x:/x:rw,z".
    static std::optional<Volume> parseVolume(const QString &text);
    // Splits a command string the way a POSIX shell splits words (quotes, backslashes).
    static QStringList splitCommand(const QString &text);
    // Compose's project-name rule: lowercase, only [a-z0-9_-], no leading '_' or '-'.
    static QString normalizeProjectName(const QString &name);
};

} // namespace Stackdeck
