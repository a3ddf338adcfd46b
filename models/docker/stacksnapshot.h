#pragma once

#include "models/docker/containerinfo.h"
#include "models/docker/containerstats.h"
#include "models/docker/enginestate.h"
#include "models/docker/statshistory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>

#include <memory>

namespace Stackdeck {

// One service of the stack at one moment: its replicas, their latest stats and its history.
struct ServiceSnapshot
{
    QString name;
    QList<ContainerInfo> containers;           // replicas by container-number
    ContainerStats total;                      // sum over running replicas (cpu %, memory, io, pids)
    std::shared_ptr<const StatsHistory> history; // totals, one per second
};

// Immutable picture of the stack handed from the engine thread to the GUI.
struct StackSnapshot
{
    quint64 sequence = 0;
    QDateTime taken;
    EngineState engine;
    QString project;
    QList<ServiceSnapshot> services;           // in the order given to the monitor
    QList<ContainerInfo> oneOffs;
    QList<ContainerInfo> orphans;
    QHash<QString, ContainerStats> statsById;  // latest sample of every running container
    qint64 droppedLogLines = 0;                // lines the log buffer had to discard

    const ServiceSnapshot *service(const QString &name) const;
    // Every container of the project: replicas, one-offs and orphans.
    QList<ContainerInfo> allContainers() const;
};

using StackSnapshotPtr = std::shared_ptr<const StackSnapshot>;

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::StackSnapshotPtr)
