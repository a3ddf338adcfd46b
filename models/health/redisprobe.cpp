#include "models/health/redisprobe.h"

#include "models/health/tcpprobe.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace Stackdeck {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RedisProbe)
};

// RESP bulk-string array, so passwords with spaces survive.
QByteArray command(const QList<QByteArray> &args)
{
    QByteArray out = '*' + QByteArray::number(args.size()) + "\r\n";
    for (const auto &a : args)
        out += '$' + QByteArray::number(a.size()) + "\r\n" + a + "\r\n";
    return out;
}
} // namespace

ProbeResult RedisProbe::interpretReply(const QByteArray &reply)
{
    const QByteArray line = reply.left(reply.indexOf("\r\n") >= 0 ? reply.indexOf("\r\n") : reply.size());
    QString text = QString::fromUtf8(line.left(200)).trimmed();
    for (auto &ch : text) {
        if (!ch.isPrint() || ch == QChar::ReplacementCharacter)
            ch = u'?'; // garbage stays readable in one line
    }
    ProbeResult r;
    if (line.isEmpty()) {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Closed the connection without answering PING."));
    } else if (line == "+PONG") {
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Answers PING with PONG."));
    } else if (line.startsWith("-LOADING")) {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Still loading its dataset into memory; not serving yet."));
    } else if (line.startsWith("-NOAUTH")) {
        // The server is up and talking RESP; only the password is missing.
        r = ProbeResult::make(HealthState::Healthy, Tr::tr("Redis answers, but PING needs a password."));
        r.addDetail(QStringLiteral("auth"), QStringLiteral("required"));
    } else if (line.startsWith("-WRONGPASS") || line.startsWith("-ERR invalid password")) {
        r = ProbeResult::make(HealthState::Degraded, Tr::tr("Redis answers, but rejected the probe's password."));
    } else if (line.startsWith("-BUSY")) {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Busy running a script; commands are blocked."));
    } else if (line.startsWith("-MASTERDOWN")) {
        r = ProbeResult::make(HealthState::Degraded, Tr::tr("Replica lost its link to the master."));
    } else if (line.startsWith('-')) {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Redis answered with an error: %1").arg(text.mid(1)));
    } else {
        r = ProbeResult::make(HealthState::Unhealthy, Tr::tr("Not a Redis reply to PING: \"%1\".").arg(text));
    }
    if (!text.isEmpty())
        r.addDetail(QStringLiteral("reply"), text);
    return r;
}

ProbeResult RedisProbe::run(const ProbeSpec &spec)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    ProbeResult r;
    if (TcpProbe::connectSocket(spec, &socket, &r)) {
        QByteArray request;
        if (!spec.password.isEmpty())
            request += command({"AUTH", spec.password.toUtf8()});
        request += command({"PING"});
        socket.write(request);
        QByteArray line;
        bool answered = TcpProbe::readLine(&socket, clock, spec.deadline, 4096, &line);
        // Skip AUTH's +OK: the PING answer is the next line.
        if (answered && !spec.password.isEmpty() && line.startsWith("+OK\r\n")) {
            line.remove(0, 5);
            answered = TcpProbe::readLine(&socket, clock, spec.deadline, 4096, &line);
        }
        r = answered ? interpretReply(line)
                     : ProbeResult::make(HealthState::Unhealthy, Tr::tr("Connected to %1:%2, but no answer to PING within %3.")
                                                                     .arg(spec.host).arg(spec.port)
                                                                     .arg(humanDuration(spec.deadline)));
        socket.abort();
    }
    r.latency = std::chrono::milliseconds(clock.elapsed());
    return r;
}

} // namespace Stackdeck
