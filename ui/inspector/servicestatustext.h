#pragma once

#include "models/compose/servicespec.h"
#include "models/live/servicelivestatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// Sentences about a service's live status for the inspector: state, health, usage and what is wrong.
class ServiceStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStatusText)

public:
    static QString stateText(ServiceLiveStatus::State state);
    // Empty when there is nothing to say (Unknown).
    static QString healthText(ServiceLiveStatus::Health health);
    // "Running · healthy · 2/3 replicas".
    static QString headline(const ServiceLiveStatus &status, const ServiceSpec &spec);
    // "CPU 12% · memory 220 MiB of 512 MiB"; empty when the engine reported nothing.
    static QString usage(const ServiceLiveStatus &status);
    // The cause, the reason and the warnings (OOM, restart loop), one sentence each.
    static QStringList problems(const ServiceLiveStatus &status);
};

} // namespace Stackdeck
