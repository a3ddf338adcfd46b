#pragma once

#include "models/core/sourcelocation.h"
#include "models/core/yamlnode.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stackdeck {

// A typed, read-only view of one service of the effective (merged, interpolated) project.
// Wrong types are not represented here: the validator reports them from the YamlNode tree.
struct PortSpec
{
    QString hostIp;          // "" = all interfaces
    QString published;       // "8080", "8000-8010", "" when only the container port is given
    QString target;          // "8080" or a range "8000-8010"
    QString protocol = QStringLiteral("tcp");
    bool longSyntax = false;
    SourceLocation location;
};

struct EnvVar
{
    QString name;
    QString value;           // after interpolation
    QString raw;             // as written in the file (may hold ${VAR}); == value when no interpolation
    bool hasValue = true;    // "- NAME" without '=' takes the value from the shell
    SourceLocation location;
};

struct VolumeMount
{
    QString type;            // volume, bind, tmpfs, npipe, cluster
    QString source;          // named volume or host path; empty for anonymous
    QString target;
    bool readOnly = false;
    SourceLocation location;
};

struct Dependency
{
    QString service;
    QString condition = QStringLiteral("service_started"); // or service_healthy, service_completed_successfully
    bool required = true;
    bool restart = false;
    SourceLocation location;
};

struct Healthcheck
{
    QStringList test;        // ["CMD", ...], ["CMD-SHELL", "..."], ["NONE"]
    QString interval, timeout, startPeriod, startInterval; // durations as written ("30s")
    std::optional<int> retries;
    bool disabled = false;
    SourceLocation location;
};

struct ResourceSpec
{
    QString cpus;            // as written: "0.5", "2"
    QString memory;          // as written: "512m", "4G"
    std::optional<qint64> pids;
    SourceLocation cpusLocation, memoryLocation;
};

struct LoggingSpec
{
    QString driver;          // empty = engine default (json-file)
    QMap<QString, QString> options;
    SourceLocation location;
};

struct ServiceSpec
{
    QString name;
    SourceLocation location;     // of the service's key
    YamlNodePtr node;            // the service's effective mapping
    QString image;
    QString buildContext;        // empty when no build
    QStringList command, entrypoint;
    QList<PortSpec> ports;
    QStringList expose;
    QList<EnvVar> environment;
    QStringList envFiles;
    QList<VolumeMount> volumes;
    QStringList networks;        // names (list or map form)
    QList<Dependency> dependsOn;
    std::optional<Healthcheck> healthcheck;
    QString restart;             // no, always, on-failure[:N], unless-stopped; empty when unset
    std::optional<int> replicas; // deploy.replicas or scale
    ResourceSpec limits, reservations; // deploy.resources
    QString memLimit, cpusLegacy;      // legacy mem_limit / cpus
    LoggingSpec logging;
    QString user;
    bool readOnly = false;
    QStringList securityOpt, capDrop, capAdd;
    QStringList secrets, configs;      // source names
    QMap<QString, QString> labels;
    QStringList profiles;
    YamlNodePtr extension;       // the x-stackdeck mapping, when present
};

} // namespace Stackdeck
