#pragma once

#include "models/core/sourcelocation.h"

#include <QString>
#include <QStringList>

namespace Stackdeck {

// What a form field shows for one effective key: its value and where it is written.
struct FieldValue
{
    bool isSet = false;        // the key exists in the effective (merged) service
    QString value;             // effective scalar as written before interpolation ("${X:-1G}" stays), "" when unset
    QString resolved;          // after interpolation
    SourceLocation location;   // where it is written (file:line:column); invalid when unset
    QString file;              // absolute path of the file an edit of this key changes
    QStringList rawPath;       // path inside that file an edit changes ("x-spark-worker", "deploy", ...)
    QString anchor;            // non-empty when the value sits in an anchor shared through "<<" / "*"
    QStringList sharedWith;    // other services that take the same written value (through the anchor)
};

} // namespace Stackdeck
