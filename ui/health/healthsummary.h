#pragma once

#include "models/health/stackhealth.h"
#include "models/live/healthrow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stackdeck {

// One-line health sentences for the status bar and the panel's summary, leading with the root cause.
class HealthSummary final
{
    Q_DECLARE_TR_FUNCTIONS(HealthSummary)

public:
    // "Stack degraded — root cause: postgres is down (grafana, fastapi affected)".
    static QString statusText(const StackHealthReport &report);
    // "6 of 11 healthy · postgres is down (root cause)".
    static QString panelText(const QList<HealthRow> &rows);
    // The state as a lower-case word for sentences: "healthy", "down", ...
    static QString stateWord(HealthState state);
    // The worst state among the rows (Unknown when there are none).
    static HealthState worstState(const QList<HealthRow> &rows);
};

} // namespace Stackdeck
