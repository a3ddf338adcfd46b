#pragma once

#include "models/health/proberesult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Stackdeck {

// One probe's row in the health panel: what is probed, its verdict, since when, and why it fails.
struct HealthRow
{
    QString service;
    QString kind;                 // "postgres", "http 127.0.0.1:8000/health", "container", "none"
    HealthState state = HealthState::Unknown;
    QDateTime since;              // UTC: when the state last changed
    QString message;              // the latest result's sentence
    QString cause;                // root-cause hint from depends_on ("because postgres is down"), may be empty
    QList<ProbeResult> history;   // oldest first, bounded by the scheduler's history limit

    friend bool operator==(const HealthRow &a, const HealthRow &b)
    {
        return a.service == b.service && a.kind == b.kind && a.state == b.state && a.since == b.since
               && a.message == b.message && a.cause == b.cause && a.history.size() == b.history.size()
               && (a.history.isEmpty() || a.history.constLast().checkedAt == b.history.constLast().checkedAt);
    }
};

} // namespace Stackdeck
