#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Stackdeck {

// One sample of `GET /containers/{id}/stats`, with the figures computed as the docker CLI does.
struct ContainerStats
{
    QString id;
    QString name;            // without the leading '/'
    QDateTime read;
    double cpuPercent = 0.0; // 100 = one core busy
    qint64 memoryUsed = 0;   // usage minus inactive file pages
    qint64 memoryLimit = 0;  // effective limit (host RAM when unlimited)
    double memoryPercent = 0.0;
    qint64 networkRx = 0;    // bytes, all interfaces
    qint64 networkTx = 0;
    qint64 blockRead = 0;    // bytes
    qint64 blockWrite = 0;
    qint64 pids = 0;

    static Result<ContainerStats> fromJson(const QByteArray &json);
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ContainerStats)
