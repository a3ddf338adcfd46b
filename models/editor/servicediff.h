#pragma once

#include "models/core/yamlnode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// Which keys differ between two versions of a mapping (a service, a network), compared canonically:
// locations and styles are ignored, maps compare as key sets, list-form environment/labels as maps.
class ServiceDiff final
{
public:
    struct Change
    {
        QString path;    // "deploy.resources.limits.memory", "environment.DB_PASSWORD", "ports"
        QString before;  // display text; empty when absent
        QString after;
        bool absentBefore = false;
        bool absentAfter = false;
        bool secret = false; // a secret-looking name: values must never be shown
    };

    static QList<Change> compare(const YamlNodePtr &before, const YamlNodePtr &after, const QString &prefix = {});
    static bool same(const YamlNodePtr &before, const YamlNodePtr &after) { return compare(before, after).isEmpty(); }
    // "path: old → new" (secrets: "path: changed"), at most `max` lines then "and N more".
    static QStringList describe(const QList<Change> &changes, int max = 5);
    static QString describe(const Change &change);
    // PASSWORD, SECRET, TOKEN, KEY, ...: names whose values are kept out of plans, diffs and logs.
    static bool isSecretName(const QString &name);
};

} // namespace Stackdeck
