#pragma once

#include "models/core/finding.h"
#include "models/core/yamlnode.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// Compose's ${VAR} substitution over a value or over every scalar value of a tree (keys untouched).
class Interpolator final
{
public:
    explicit Interpolator(const QHash<QString, QString> &variables) : m_variables(variables) {}

    struct Outcome
    {
        QString value;
        bool ok = true;
        QString ruleId;       // interpolation.required or interpolation.syntax when !ok
        QString message;
        QStringList unset;    // variables used without a value or default
    };

    Outcome interpolate(const QString &text) const;

    // Returns the same pointer when nothing changed; changed scalars keep their location and set `raw`.
    YamlNodePtr apply(const YamlNodePtr &node, Findings &findings);

private:
    bool expand(QStringView text, QString &out, Outcome &outcome, int depth) const;
    // One step of the path to a value, formatted only when a finding needs it.
    struct Step
    {
        const QString *key = nullptr;
        qsizetype index = -1;
    };
    YamlNodePtr applyNode(const YamlNodePtr &node, Findings &findings, QList<Step> &path);
    static QString joinPath(const QList<Step> &path);

    QHash<QString, QString> m_variables; // implicitly shared copy
    QSet<QString> m_warnedUnset; // one warning per variable, not per use
};

} // namespace Stackdeck
