#pragma once

#include "models/core/yamlnode.h"

#include <QList>
#include <QString>

namespace Stackdeck {

// One entry of a service's ports:, short ("127.0.0.1:8000-8001:80-81/udp") or long syntax, as numbers.
struct PortMapping
{
    const YamlNode *node = nullptr; // the list item
    QString path;                   // services.NAME.ports.N
    QString hostIp;                 // "" = all interfaces
    QString protocol = QStringLiteral("tcp");
    int publishedStart = 0, publishedEnd = 0; // 0 = not published (ephemeral host port)
    int targetStart = 0, targetEnd = 0;
    QString error;                  // why the entry is invalid; empty when valid
    QString errorPath;              // path of the offending part (long syntax field), else `path`
    const YamlNode *errorNode = nullptr;
    bool rangeMismatch = false;     // the error is a published/target range size mismatch

    bool valid() const { return error.isEmpty(); }
    bool published() const { return publishedStart > 0; }
    bool loopbackOnly() const;
    bool allInterfaces() const;
    // A published range with a single target: docker picks one free host port from the range.
    bool flexible() const { return publishedEnd > publishedStart && targetEnd == targetStart; }

    // Every entry of a ports list; entries of a wrong type are skipped (structure rules report them).
    static QList<PortMapping> parseList(const YamlNode &ports, const QString &path);
    static PortMapping parse(const YamlNode &entry, const QString &path);
};

} // namespace Stackdeck
