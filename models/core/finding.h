#pragma once

#include "models/core/sourcelocation.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Stackdeck {

enum class Severity { Error, Warning, Info };

QString severityName(Severity severity); // "error", "warning", "info"

// One validation or load result a person can act on.
struct Finding
{
    Severity severity = Severity::Error;
    SourceLocation location;
    QString path;       // YAML path, e.g. services.spark-worker.deploy.resources.limits.memory
    QString ruleId;     // stable id, e.g. ports.internal-published
    QString message;    // what is wrong, in a sentence
    QString suggestion; // what to do about it

    // "file:line:column: severity: message [rule-id]", the form editors and CI parse.
    QString toLine() const;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
int countSeverity(const Findings &findings, Severity severity);

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::Finding)
