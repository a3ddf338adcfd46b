#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Helpers for the probe tests: free loopback ports and real server processes they start and stop.
namespace TestServers {

// A loopback TCP port nothing listens on right now.
int freePort();
// True once something accepts TCP connections on 127.0.0.1:port (polls until timeoutMs).
bool waitForPort(int port, int timeoutMs);
// First existing executable among the candidates (absolute paths or names on PATH); "" when none.
QString findProgram(const QStringList &candidates);
// Runs a program to completion; false (with its output in *output) when it fails or takes too long.
bool runToEnd(const QString &program, const QStringList &args, QByteArray *output, int timeoutMs = 60000);
// chown -R to a system user (the PostgreSQL server refuses to run as root).
bool chownTree(const QString &path, const QString &user);

// A server process owned by a test: started in init, stopped (TERM, then KILL) in cleanup.
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess() { stop(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start(const QString &program, const QStringList &args, const QString &workingDir = {});
    void stop();
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // Waits for a line on stdout (the python server prints its ports); "" on timeout.
    QByteArray waitForLine(int timeoutMs);
    QByteArray output();
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QString m_error;
};

// Starts tests/data/health/healthserver.py; fills the HTTP and the raw-garbage ports.
bool startHealthServer(ServerProcess *server, int *httpPort, int *rawPort);

} // namespace TestServers
