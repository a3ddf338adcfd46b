#include "models/health/postgresprobe.h"

#include "models/health/hostresolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>

#ifdef STACKDECK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

#include <vector>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostgresProbe)
};

QString where(const ProbeSpec &spec)
{
    if (spec.host.startsWith(u'/'))
        return spec.host + u"/.s.PGSQL." + QString::number(spec.port);
    return spec.host + u':' + QString::number(spec.port);
}
} // namespace

int PostgresProbe::connectTimeoutSeconds(const ProbeSpec &spec)
{
    const qint64 ms = spec.deadline.count();
    return int(std::max<qint64>(2, (ms + 999) / 1000));
}

ProbeResult PostgresProbe::interpret(const ProbeSpec &spec, Ping ping, bool timedOut)
{
    ProbeResult r;
    switch (ping) {
    case Ping::Ok:
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Accepting connections."));
        break;
    case Ping::Reject:
        r = ProbeResult::make(HealthState::Unhealthy,
                              Tr::tr("Rejecting connections: the server is starting up, shutting down or in recovery."));
        break;
    case Ping::NoResponse:
        r = ProbeResult::make(HealthState::Down,
                              timedOut ? Tr::tr("No response from PostgreSQL on %1 within %2 s.")
                                             .arg(where(spec)).arg(connectTimeoutSeconds(spec))
                                       : Tr::tr("No response from PostgreSQL on %1: nothing is listening.").arg(where(spec)));
        break;
    case Ping::NoAttempt:
        r = ProbeResult::make(HealthState::Unknown, Tr::tr("Not attempted: the connection parameters are invalid."));
        break;
    }
    static const char *const names[] = {"OK", "REJECT", "NO_RESPONSE", "NO_ATTEMPT"};
    r.addDetail(QStringLiteral("ping"), QString::fromLatin1(names[int(ping)]));
    return r;
}

bool PostgresProbe::available()
{
#ifdef STACKDECK_HAVE_LIBPQ
    return true;
#else
    return false;
#endif
}

ProbeResult PostgresProbe::run(const ProbeSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    if (spec.port <= 0 || spec.port > 65535 || spec.host.isEmpty())
        return interpret(spec, Ping::NoAttempt, false); // libpq would call a bad port "no response"
#ifndef STACKDECK_HAVE_LIBPQ
    ProbeResult r = ProbeResult::make(HealthState::Unknown, Tr::tr("This build has no libpq: PostgreSQL readiness is not probed."));
    r.latency = std::chrono::milliseconds(clock.elapsed());
    return r;
#else
    const QByteArray host = spec.host.toUtf8();
    QByteArray hostaddr;
    if (!spec.host.startsWith(u'/')) {
        // libpq resolves names outside connect_timeout: resolve here, under the deadline.
        QString lookupError;
        const QHostAddress address = HostResolver::resolve(spec.host, spec.deadline, &lookupError);
        if (address.isNull()) {
            ProbeResult r = ProbeResult::make(HealthState::Down, lookupError);
            r.latency = std::chrono::milliseconds(clock.elapsed());
            return r;
        }
        hostaddr = address.toString().toUtf8();
    }
    const QByteArray port = QByteArray::number(spec.port);
    const QByteArray db = spec.database.isEmpty() ? QByteArrayLiteral("postgres") : spec.database.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds(spec));
    std::vector<const char *> keys{"host", "port", "dbname", "connect_timeout", "application_name"};
    std::vector<const char *> values{host.constData(), port.constData(), db.constData(), timeout.constData(),
                                     "stackdeck-probe"};
    if (!hostaddr.isEmpty()) {
        keys.push_back("hostaddr"); // already resolved: libpq skips its own lookup
        values.push_back(hostaddr.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    const PGPing ping = PQpingParams(keys.data(), values.data(), 0);
    const qint64 elapsed = clock.elapsed();
    Ping p = Ping::NoAttempt;
    switch (ping) {
    case PQPING_OK: p = Ping::Ok; break;
    case PQPING_REJECT: p = Ping::Reject; break;
    case PQPING_NO_RESPONSE: p = Ping::NoResponse; break;
    case PQPING_NO_ATTEMPT: p = Ping::NoAttempt; break;
    }
    ProbeResult r = interpret(spec, p, elapsed >= connectTimeoutSeconds(spec) * 1000 - 250);
    r.latency = std::chrono::milliseconds(elapsed);
    return r;
#endif
}

} // namespace Stackdeck
