#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace Stackdeck {

// One message of the engine's `/events` stream, reduced to what drives container state.
struct EngineEvent
{
    enum class Kind { Create, Start, Die, HealthStatus, Oom, Destroy, Stop, Kill, Restart, Pause, Unpause, Other };

    Kind kind = Kind::Other;
    QString type;      // "container", "network", ...
    QString action;    // raw, e.g. "health_status: healthy", "exec_start: sh"
    QString id;
    QString name;
    QString project;
    QString service;
    qint64 timeNs = 0;
    QString health;    // for HealthStatus
    int exitCode = -1; // for Die, when known

    static Result<EngineEvent> fromJson(const QByteArray &json);
    // `/events` query filtered to one compose project's containers, url-encoded.
    static QByteArray queryForProject(const QString &project, qint64 sinceSeconds = 0);
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::EngineEvent)
