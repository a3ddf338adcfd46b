#include "models/health/tcpprobe.h"

#include "models/health/hostresolver.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TcpProbe)
};
} // namespace

bool TcpProbe::connectSocket(const ProbeSpec &spec, QTcpSocket *socket, ProbeResult *failure)
{
    const QString where = spec.host + u':' + QString::number(spec.port);
    if (spec.port <= 0 || spec.port > 65535) {
        *failure = ProbeResult::make(HealthState::Unknown, Tr::tr("No valid port to probe (%1).").arg(spec.port));
        return false;
    }
    const auto wait = std::min(spec.connectTimeout, spec.deadline);
    QString lookupError;
    const QHostAddress address = HostResolver::resolve(spec.host, wait, &lookupError);
    if (address.isNull()) {
        *failure = ProbeResult::make(HealthState::Down, lookupError);
        return false;
    }
    socket->connectToHost(address, quint16(spec.port));
    if (socket->waitForConnected(int(wait.count())))
        return true;
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        *failure = ProbeResult::make(HealthState::Down, Tr::tr("Connection refused on %1: nothing is listening.").arg(where));
        break;
    case QAbstractSocket::SocketTimeoutError:
        *failure = ProbeResult::make(HealthState::Down, Tr::tr("No answer to connect on %1 within %2.")
                                                            .arg(where, humanDuration(wait)));
        break;
    case QAbstractSocket::HostNotFoundError:
        *failure = ProbeResult::make(HealthState::Down, Tr::tr("Host name %1 cannot be resolved.").arg(spec.host));
        break;
    default:
        *failure = ProbeResult::make(HealthState::Down, Tr::tr("Cannot connect to %1: %2.").arg(where, socket->errorString()));
        break;
    }
    socket->abort();
    return false;
}

bool TcpProbe::readLine(QTcpSocket *socket, const QElapsedTimer &clock, std::chrono::milliseconds deadline,
                        qint64 maxBytes, QByteArray *line)
{
    while (!line->contains("\r\n") && line->size() < maxBytes) {
        const qint64 left = deadline.count() - clock.elapsed();
        if (left <= 0)
            return false;
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(int(left))) {
            // Closed by the peer: what arrived is the answer; otherwise we ran out of time.
            return socket->state() != QAbstractSocket::ConnectedState || socket->error() != QAbstractSocket::SocketTimeoutError;
        }
        line->append(socket->read(maxBytes - line->size()));
    }
    return true;
}

ProbeResult TcpProbe::run(const ProbeSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    ProbeResult r;
    if (connectSocket(spec, &socket, &r)) {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Accepts TCP connections on %1:%2.").arg(spec.host).arg(spec.port));
        socket.disconnectFromHost();
    }
    r.latency = std::chrono::milliseconds(clock.elapsed());
    return r;
}

} // namespace Stackdeck
