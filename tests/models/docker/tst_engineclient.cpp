#include "models/docker/engineclient.h"
#include "models/docker/projectcontainers.h"
#include "tst_enginehelper.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Stackdeck;
namespace H = EngineTestHelper;

namespace {

// A unix socket file bound but not listening: connecting to it is refused, like a dead engine's socket.
int bindUnixSocket(const QString &path, bool listenToo)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.toLocal8Bit().constData(), sizeof(address.sun_path));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        return -1;
    if (listenToo)
        ::listen(fd, 4);
    return fd;
}

// A real tcp server on loopback answering every connection with `reply` (or nothing) from its own thread.
class LoopbackServer final
{
public:
    explicit LoopbackServer(QByteArray reply, bool answer = true) : m_reply(std::move(reply)), m_answer(answer)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address));
        socklen_t length = sizeof(address);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        ::listen(m_fd, 8);
        if (m_answer)
            m_thread = std::thread([this] { serve(); });
    }
    ~LoopbackServer()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        if (m_thread.joinable())
            m_thread.join();
    }
    int port() const { return m_port; }

private:
    void serve()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                return;
            char buffer[4096];
            (void)::recv(client, buffer, sizeof(buffer), 0);
            (void)::send(client, m_reply.constData(), size_t(m_reply.size()), MSG_NOSIGNAL);
            ::close(client);
        }
    }
    QByteArray m_reply;
    bool m_answer;
    int m_fd = -1;
    int m_port = 0;
    std::atomic_bool m_stop = false;
    std::thread m_thread;
};

EngineEndpoint endpointFor(const QString &uri)
{
    return EngineEndpoint::parse(uri, u"test"_s).value();
}

} // namespace

// EngineClient against the real engine and against sockets that fail in each way an engine can.
class TestEngineClient final : public QObject
{
    Q_OBJECT

private:
    QString m_project;
    QString m_engineMissing;

private Q_SLOTS:
    void initTestCase()
    {
        m_engineMissing = H::prepareProject(u"client"_s, &m_project);
    }

    void cleanupTestCase()
    {
        if (m_engineMissing.isEmpty())
            H::removeProject(m_project);
    }

    void socketMissing()
    {
        EngineClient client(endpointFor(u"unix:///nonexistent/stackdeck/docker.sock"_s));
        const EngineState state = client.connect(1000);
        QCOMPARE(state.kind, EngineState::Kind::SocketMissing);
        QVERIFY(state.message.contains(u"/nonexistent/stackdeck/docker.sock"_s));
        QVERIFY(state.hint.contains(u"XDG_RUNTIME_DIR"_s));
    }

    void connectionRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"docker.sock"_s);
        const int fd = bindUnixSocket(path, false);
        QVERIFY(fd >= 0);
        EngineClient client(endpointFor(u"unix://"_s + path));
        const EngineState state = client.connect(1000);
        ::close(fd);
        QCOMPARE(state.kind, EngineState::Kind::Down);
        QVERIFY(!state.hint.isEmpty());
    }

    void permissionDenied()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to drop to an unprivileged user in a child process");
        QTemporaryDir dir;
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        const QString path = dir.filePath(u"docker.sock"_s);
        const int fd = bindUnixSocket(path, true);
        QVERIFY(fd >= 0);
        ::chmod(QFile::encodeName(path).constData(), 0660); // root:root 0660, like docker.sock for a user outside the group
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(pipeFds[0]);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(2);
            EngineClient client(endpointFor(u"unix://"_s + path));
            const EngineState state = client.connect(1000);
            const QByteArray report = QByteArray::number(int(state.kind)) + '\n' + state.hint.toUtf8();
            (void)::write(pipeFds[1], report.constData(), size_t(report.size()));
            ::_exit(0);
        }
        ::close(pipeFds[1]);
        QByteArray report;
        char buffer[1024];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof(buffer))) > 0;)
            report.append(buffer, qsizetype(n));
        ::close(pipeFds[0]);
        int status = 0;
        ::waitpid(child, &status, 0);
        ::close(fd);
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(report.left(report.indexOf('\n')).toInt(), int(EngineState::Kind::PermissionDenied));
        QVERIFY(report.contains("docker group"));
        QVERIFY(report.contains("$XDG_RUNTIME_DIR/docker.sock"));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("http, not docker") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnope");
        QTest::newRow("ping ok, version junk") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nApi-Version: x\r\n\r\nOK");
        QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("closed without answer") << QByteArray();
    }

    void garbage()
    {
        QFETCH(QByteArray, reply);
        LoopbackServer server(reply);
        EngineClient client(endpointFor(u"tcp://127.0.0.1:%1"_s.arg(server.port())));
        const EngineState state = client.connect(2000);
        QVERIFY2(state.kind == EngineState::Kind::BadResponse || (reply.isEmpty() && state.kind == EngineState::Kind::Down),
                 qPrintable(EngineState::kindName(state.kind) + u": "_s + state.message));
        QVERIFY(!state.message.isEmpty());
    }

    void silentPeerTimesOut()
    {
        LoopbackServer server({}, false); // listens, never answers
        EngineClient client(endpointFor(u"tcp://127.0.0.1:%1"_s.arg(server.port())));
        QElapsedTimer timer;
        timer.start();
        const EngineState state = client.connect(700);
        QCOMPARE(state.kind, EngineState::Kind::Down);
        QVERIFY(state.message.contains(u"in time"_s));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void negotiatesWithRealEngine()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        QByteArray serverApi;
        QCOMPARE(H::docker({u"version"_s, u"--format"_s, u"{{.Server.APIVersion}}"_s}, &serverApi), 0);
        EngineClient client(EngineEndpoint::resolve().value());
        const EngineState state = client.connect();
        QVERIFY2(state.isConnected(), qPrintable(state.message));
        QCOMPARE(state.apiVersion, EngineClient::negotiate(u"1.43"_s, QString::fromUtf8(serverApi.trimmed())));
        QVERIFY(client.apiPath("/containers/json").startsWith(QByteArray("/v" + state.apiVersion.toLatin1() + "/")));
        const Result<ContainerInfo> missing = client.inspect(u"stackdeck-no-such-container"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"No such container"_s), qPrintable(missing.error().message));
    }

    void projectContainers()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        const QStringList sleep = {u"sleep"_s, u"3600"_s};
        QVERIFY(!H::runService(m_project, u"web"_s, 2, {}, sleep).isEmpty());
        QVERIFY(!H::runService(m_project, u"web"_s, 1, {}, sleep).isEmpty());
        QVERIFY(!H::runService(m_project, u"web"_s, 1, {}, sleep, true).isEmpty());
        QVERIFY(!H::runService(m_project, u"old"_s, 1, {}, sleep).isEmpty());
        const QString db = H::runService(m_project, u"db"_s, 1,
            {u"-m"_s, u"32m"_s, u"--cpus"_s, u"0.25"_s, u"-p"_s, u"127.0.0.1::5432"_s, u"--health-cmd"_s,
             u"echo ready"_s, u"--health-interval"_s, u"1s"_s}, sleep);
        QVERIFY(!db.isEmpty());
        const QString crash = H::runService(m_project, u"crash"_s, 1,
            {u"--restart"_s, u"on-failure:2"_s}, {u"sh"_s, u"-c"_s, u"echo boom >&2; exit 3"_s});
        QVERIFY(!crash.isEmpty());
        const QString tty = H::runService(m_project, u"shell"_s, 1, {u"-t"_s}, sleep);

        EngineClient client(EngineEndpoint::resolve().value());
        QVERIFY(client.connect().isConnected());
        const Result<QList<ContainerSummary>> list = client.listProject(m_project);
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().message));
        QCOMPARE(list->size(), 7);
        const ProjectContainers mapped = ProjectContainers::map(list.value(), {u"web"_s, u"db"_s, u"crash"_s, u"shell"_s, u"cache"_s});
        QCOMPARE(mapped.services.value(u"web"_s).size(), 2);
        QCOMPARE(mapped.services.value(u"web"_s).at(0).containerNumber, 1);
        QCOMPARE(mapped.services.value(u"web"_s).at(1).containerNumber, 2);
        QCOMPARE(mapped.oneOffs.size(), 1);
        QCOMPARE(mapped.orphans.size(), 1);
        QCOMPARE(mapped.orphans.first().service, u"old"_s);
        QVERIFY(mapped.services.value(u"cache"_s).isEmpty());

        // Health, limits and ports as the engine reports them; compare the port with `docker port`.
        QTRY_COMPARE_WITH_TIMEOUT(client.inspect(db)->health, u"healthy"_s, 20000);
        const ContainerInfo dbInfo = client.inspect(db).value();
        QCOMPARE(dbInfo.memoryLimit, qint64(32) * 1024 * 1024);
        QCOMPARE(dbInfo.cpuLimit(), 0.25);
        QCOMPARE(dbInfo.failingStreak, 0);
        QVERIFY(!dbInfo.probes.isEmpty());
        QCOMPARE(dbInfo.probes.last().output, u"ready\n"_s);
        QByteArray port;
        QCOMPARE(H::docker({u"port"_s, db, u"5432/tcp"_s}, &port), 0);
        QCOMPARE(dbInfo.ports.size(), 1);
        QCOMPARE(u"%1:%2"_s.arg(dbInfo.ports.first().hostIp).arg(dbInfo.ports.first().hostPort),
                 QString::fromUtf8(port.split('\n').first().trimmed()));
        QVERIFY(client.inspect(tty)->tty);
        QVERIFY(!dbInfo.tty);

        // Crash loop: exits 3, restarted twice by the engine, then stays down.
        QTRY_COMPARE_WITH_TIMEOUT(client.inspect(crash)->restartCount, 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(client.inspect(crash)->status, u"exited"_s, 30000);
        QCOMPARE(client.inspect(crash)->exitCode, 3);
        QVERIFY(client.inspect(crash)->finishedAt.isValid());
    }

    void oomKilled()
    {
        if (!m_engineMissing.isEmpty())
            QSKIP(qPrintable(m_engineMissing));
        const QString hog = H::runService(m_project, u"hog"_s, 1, {u"-m"_s, u"16m"_s, u"--memory-swap"_s, u"16m"_s},
                                          {u"sh"_s, u"-c"_s, u"x=aaaaaaaa; while :; do x=$x$x; done"_s});
        QVERIFY(!hog.isEmpty());
        EngineClient client(EngineEndpoint::resolve().value());
        QVERIFY(client.connect().isConnected());
        QTRY_COMPARE_WITH_TIMEOUT(client.inspect(hog)->status, u"exited"_s, 30000);
        const ContainerInfo info = client.inspect(hog).value();
        QVERIFY(info.oomKilled);
        QCOMPARE(info.exitCode, 137);
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
