#pragma once

#include "models/core/finding.h"
#include "models/core/sourcelocation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Stackdeck {

// Compose's .env syntax: KEY=VALUE lines, comments, quotes, `export ` prefix, ${VAR} in values.
class EnvFile final
{
public:
    struct Entry
    {
        QString name;
        QString value;
        SourceLocation location;
    };

    QList<Entry> entries;
    Findings findings;

    // `environment` resolves ${VAR} in unquoted and double-quoted values (earlier entries win over it).
    static EnvFile parse(const QByteArray &text, const QString &fileName, const QHash<QString, QString> &environment);
    // The text with every value hidden, line for line: "NAME=********"; comments and blank lines stay, and
    // lines that are not NAME=... (the rest of a quoted multi-line value such as a PEM key) become "********".
    static QByteArray masked(const QByteArray &text);
};

} // namespace Stackdeck
