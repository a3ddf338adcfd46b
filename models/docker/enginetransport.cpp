#include "models/docker/enginetransport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// Engine errors are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EngineTransport)
};

// libcurl wants its global init before any handle; doing it once here is thread-safe via the static.
void ensureCurlInit()
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    (void)initialised;
}

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t appendHeader(char *data, size_t size, size_t count, void *user)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QHash<QByteArray, QByteArray> *>(user)->insert(line.left(colon).trimmed().toLower(),
                                                                  line.mid(colon + 1).trimmed());
    return size * count;
}

} // namespace

EngineTransport::EngineTransport(EngineEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_socketPath(m_endpoint.socketPath.toLocal8Bit())
    , m_baseUrl(m_endpoint.baseUrl().toUtf8())
{
    ensureCurlInit();
}

void EngineTransport::prepare(CURL *handle, const QByteArray &path, int connectTimeoutMs) const
{
    const QByteArray url = m_baseUrl + path;
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    if (m_endpoint.kind == EngineEndpoint::Kind::Unix)
        curl_easy_setopt(handle, CURLOPT_UNIX_SOCKET_PATH, m_socketPath.constData());
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, long(connectTimeoutMs));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_PROXY, "");
    curl_easy_setopt(handle, CURLOPT_NOPROXY, "*");
}

EngineState EngineTransport::failureState(int curlCode, long osErrno) const
{
    EngineState state;
    const QString where = m_endpoint.describe();
    const bool isUnix = m_endpoint.kind == EngineEndpoint::Kind::Unix;
    if (isUnix && !QFileInfo::exists(m_endpoint.socketPath)) {
        state.kind = EngineState::Kind::SocketMissing;
        state.message = Tr::tr("The Docker engine socket %1 does not exist").arg(m_endpoint.socketPath);
        state.hint = Tr::tr("Start Docker (`sudo systemctl start docker`, or `dockerd`); for rootless Docker set "
                     "DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock");
        return state;
    }
    if (osErrno == EACCES || osErrno == EPERM) {
        state.kind = EngineState::Kind::PermissionDenied;
        state.message = Tr::tr("Permission denied opening the Docker engine socket %1").arg(m_endpoint.socketPath);
        state.hint = Tr::tr("Add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), "
                     "or use rootless Docker: DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock");
        return state;
    }
    switch (curlCode) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
        state.kind = EngineState::Kind::Down;
        state.message = Tr::tr("The Docker engine at %1 is not answering (connection refused)").arg(where);
        state.hint = Tr::tr("Start Docker (`sudo systemctl start docker`) and check DOCKER_HOST / `docker context ls`");
        break;
    case CURLE_OPERATION_TIMEDOUT:
        state.kind = EngineState::Kind::Down;
        state.message = Tr::tr("The Docker engine at %1 did not answer in time").arg(where);
        state.hint = Tr::tr("The engine may be overloaded or hung; check `docker info`");
        break;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_CONTENT_ENCODING:
        state.kind = EngineState::Kind::BadResponse;
        state.message = Tr::tr("%1 answered, but not like a Docker engine (%2)")
                            .arg(where, QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))));
        state.hint = Tr::tr("Check that DOCKER_HOST points at a Docker engine");
        break;
    default:
        state.kind = EngineState::Kind::Down;
        state.message = Tr::tr("Lost the connection to the Docker engine at %1 (%2)")
                            .arg(where, QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))));
        state.hint = Tr::tr("Check that the engine is running (`docker info`)");
        break;
    }
    return state;
}

HttpResponse EngineTransport::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                      int timeoutMs) const
{
    HttpResponse response;
    CURL *handle = curl_easy_init();
    if (!handle) {
        response.transport.kind = EngineState::Kind::Down;
        response.transport.message = Tr::tr("libcurl could not create a request");
        return response;
    }
    prepare(handle, path, qMin(timeoutMs, 5000));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method.constData());
    curl_slist *headers = nullptr;
    if (method != "GET" && method != "HEAD") {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, long(body.size()));
        curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    }
    if (method == "HEAD")
        curl_easy_setopt(handle, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &appendHeader);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &response.headers);
    // A runaway or hostile peer must not grow memory without bound.
    curl_easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(256) * 1024 * 1024);

    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK) {
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
        response.transport.kind = EngineState::Kind::Connected;
    } else {
        long osErrno = 0;
        curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &osErrno);
        response.transport = failureState(code, osErrno);
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(handle);
    return response;
}

} // namespace Stackdeck
