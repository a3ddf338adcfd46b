#pragma once

#include "models/health/healthstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <chrono>

namespace Stackdeck {

// One probe's verdict, immutable once made; details keep the order the probe wrote them in.
struct ProbeResult
{
    HealthState state = HealthState::Unknown;
    QString message;                           // one sentence a person understands
    std::chrono::milliseconds latency{0};      // time the probe took, failures included
    QList<QPair<QString, QString>> details;    // e.g. {"workers", "2/2 alive"}
    QDateTime checkedAt;                       // UTC

    // Value of the detail `key`, or an empty string.
    QString detail(const QString &key) const;
    void addDetail(const QString &key, const QString &value) { details.append({key, value}); }

    static ProbeResult make(HealthState state, const QString &message);
};

// "850 ms", "2 s", "1.5 s": for messages.
QString humanDuration(std::chrono::milliseconds duration);

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ProbeResult)
