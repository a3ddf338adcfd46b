#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace Stackdeck {

// What to probe and how; built by ProbeFactory from the compose model or set by hand.
struct ProbeSpec
{
    enum class Kind : quint8 {
        None,        // nothing reachable to probe
        Container,   // the container's own HEALTHCHECK state (fed by the engine client)
        Http,        // status code, plus the JSON health body when there is one
        Tcp,         // connect only
        Postgres,    // libpq PQpingParams, as pg_isready
        Redis,       // PING over RESP
        Prometheus,  // GET /-/ready
        Grafana,     // GET /api/health
        SparkMaster, // GET /json on the master web UI
    };

    Kind kind = Kind::None;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString path;                 // HTTP path, with a leading '/'
    QString scheme = QStringLiteral("http"); // http or https
    int expectStatus = 0;         // 0: any 2xx/3xx counts as up
    int expectWorkers = 0;        // Spark: alive workers wanted; 0 = every known worker
    QString password;             // Redis AUTH; never logged
    QString database;             // PostgreSQL dbname (default "postgres")
    std::chrono::milliseconds connectTimeout{2000};
    std::chrono::milliseconds deadline{5000};  // hard limit for the whole probe
    qint64 maxBodyBytes = 1024 * 1024;          // larger bodies are cut off and reported
    bool containerHealthcheck = false; // the service also has a HEALTHCHECK: its engine state is worth showing
    QString reason;               // why this probe was chosen, for the UI's tooltip

    QString url() const;          // scheme://host:port/path
    QString describe() const;     // "http 127.0.0.1:8000/health"
};

QString probeKindName(ProbeSpec::Kind kind);
// Parses "http", "tcp", "postgres", ...; false when the word is not a kind.
bool probeKindFromName(const QString &name, ProbeSpec::Kind *kind);

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::ProbeSpec)
