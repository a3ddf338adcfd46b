#pragma once

#include "models/compose/servicespec.h"
#include "models/core/result.h"
#include "models/health/probespec.h"

#include <QList>
#include <QMap>

namespace Stackdeck {

// Chooses the best probe for a service from the compose model: an x-stackdeck override first,
// then the image (postgres, redis, prometheus, grafana, spark master), a healthcheck URL on a
// published port, the container's HEALTHCHECK, and finally TCP on the first published port.
class ProbeFactory final
{
public:
    // The inferred probe; an Error (with the override's location) when x-stackdeck.probe is malformed.
    static Result<ProbeSpec> forService(const ServiceSpec &service);
    // Probes for a whole project; a malformed override falls back to inference and lands in *errors.
    // Also counts Spark worker replicas so a master's expected workers are known.
    static QMap<QString, ProbeSpec> forServices(const QList<ServiceSpec> &services, QList<Error> *errors = nullptr);

    // The inferred probe ignoring any override.
    static ProbeSpec infer(const ServiceSpec &service);
    // "postgres" from "docker.io/library/postgres:15-alpine@sha256:...".
    static QString imageName(const QString &image);
    // Parses "3s", "500ms", "1m30s", "2" (seconds); false when it is not a duration.
    static bool parseDuration(const QString &text, std::chrono::milliseconds *out);

private:
    static ProbeSpec inferNetwork(const ServiceSpec &service);
};

} // namespace Stackdeck
