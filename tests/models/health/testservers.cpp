#include "testservers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace TestServers {

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed on return: free for the server we start next
}

bool waitForPort(int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(100);
    }
    return false;
}

QString findProgram(const QStringList &candidates)
{
    for (const auto &c : candidates) {
        if (c.startsWith(u'/')) {
            if (QFileInfo(c).isExecutable())
                return c;
        } else if (const QString found = QStandardPaths::findExecutable(c); !found.isEmpty()) {
            return found;
        }
    }
    return {};
}

bool runToEnd(const QString &program, const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForStarted(10000) && p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (output)
        *output = p.readAll();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool chownTree(const QString &path, const QString &user)
{
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    if (!pw)
        return false;
    const uid_t uid = pw->pw_uid;
    const gid_t gid = pw->pw_gid;
    bool ok = ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::chown(QFile::encodeName(it.next()).constData(), uid, gid) == 0 && ok;
    return ok;
}

bool startHealthServer(ServerProcess *server, int *httpPort, int *rawPort)
{
    const QString python = findProgram({QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")});
    if (python.isEmpty())
        return false;
    if (!server->start(python, {QStringLiteral(STACKDECK_TEST_DATA "/health/healthserver.py")}))
        return false;
    // "http=PORT raw=PORT"
    const QList<QByteArray> parts = server->waitForLine(20000).split(' ');
    if (parts.size() != 2)
        return false;
    *httpPort = parts[0].mid(5).toInt();
    *rawPort = parts[1].mid(4).toInt();
    return *httpPort > 0 && *rawPort > 0;
}

bool ServerProcess::start(const QString &program, const QStringList &args, const QString &workingDir)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        m_process->setWorkingDirectory(workingDir);
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    return true;
}

QByteArray ServerProcess::waitForLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine())
            return m_process->readLine().trimmed();
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return {};
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

void ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_output += m_process->readAll();
}

} // namespace TestServers
