#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// One result of a container's HEALTHCHECK probe (State.Health.Log entry).
struct HealthProbe
{
    QDateTime start;
    QDateTime end;
    int exitCode = 0;
    QString output;
    bool operator==(const HealthProbe &) const = default;
};

// A published port: container port/protocol bound on a host address.
struct PublishedPort
{
    int containerPort = 0;
    QString protocol;    // "tcp", "udp"
    QString hostIp;
    int hostPort = 0;
    bool operator==(const PublishedPort &) const = default;
};

// What `GET /containers/{id}/json` says about a container, reduced to what the console shows.
struct ContainerInfo
{
    QString id;
    QString name;                // without the leading '/'
    QString image;
    QString project;             // compose labels
    QString service;
    int containerNumber = 0;
    bool oneOff = false;

    QString status;              // created, running, paused, restarting, removing, exited, dead
    bool running = false;
    int exitCode = 0;
    bool oomKilled = false;
    QString error;
    int restartCount = 0;
    QDateTime startedAt;
    QDateTime finishedAt;        // invalid when never finished

    bool hasHealthcheck = false;
    QString health;              // none, starting, healthy, unhealthy (empty without healthcheck)
    int failingStreak = 0;
    QList<HealthProbe> probes;   // oldest first

    QList<PublishedPort> ports;
    qint64 memoryLimit = 0;      // bytes, 0 = unlimited
    qint64 nanoCpus = 0;
    qint64 cpuQuota = 0;
    qint64 cpuPeriod = 0;
    QStringList networks;
    bool tty = false;

    // CPU limit in cores (NanoCpus, else CpuQuota/CpuPeriod), 0 when unlimited.
    double cpuLimit() const;

    static Result<ContainerInfo> fromInspectJson(const QByteArray &json);
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ContainerInfo)
