#include "models/health/httpfetcher.h"

#include <QElapsedTimer>

#include <curl/curl.h>

#include <mutex>

namespace Stackdeck {

namespace {
struct Sink
{
    QByteArray body;
    qint64 cap = 0;
    bool overflow = false;
};

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const qint64 n = qint64(size * count);
    if (sink->body.size() + n > sink->cap) {
        sink->overflow = true;
        return 0; // stops the transfer: a health endpoint has no business sending this much
    }
    sink->body.append(data, qsizetype(n));
    return size_t(n);
}

HttpReply::Failure classify(CURLcode code, bool connected)
{
    switch (code) {
    case CURLE_OK: return HttpReply::Failure::None;
    case CURLE_COULDNT_CONNECT: return HttpReply::Failure::Refused;
    case CURLE_COULDNT_RESOLVE_HOST: return HttpReply::Failure::Resolve;
    case CURLE_OPERATION_TIMEDOUT:
        return connected ? HttpReply::Failure::Timeout : HttpReply::Failure::ConnectTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_USE_SSL_FAILED:
        return HttpReply::Failure::Tls;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return HttpReply::Failure::Protocol;
    case CURLE_FILESIZE_EXCEEDED: return HttpReply::Failure::TooLarge;
    default: return HttpReply::Failure::Other;
    }
}
} // namespace

HttpReply HttpFetcher::get(const ProbeSpec &spec)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    HttpReply reply;
    QElapsedTimer clock;
    clock.start();
    CURL *curl = curl_easy_init();
    if (!curl) {
        reply.failure = HttpReply::Failure::Other;
        reply.error = QStringLiteral("libcurl could not start a transfer");
        return reply;
    }
    Sink sink;
    sink.cap = spec.maxBodyBytes;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = spec.url().toUtf8();
    const long connectMs = long(std::min(spec.connectTimeout, spec.deadline).count());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);          // threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");          // probes talk to the host directly
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, std::max(1L, connectMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, std::max(1L, long(spec.deadline.count())));
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(spec.maxBodyBytes));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "stackdeck-probe");
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);    // a redirect already proves the server is up

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t connectTime = 0;
    curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connectTime);
    char *contentType = nullptr;
    curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &contentType);
    reply.status = int(status);
    if (contentType)
        reply.contentType = QString::fromLatin1(contentType);
    reply.failure = sink.overflow ? HttpReply::Failure::TooLarge : classify(code, connectTime > 0);
    if (code != CURLE_OK)
        reply.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)).trimmed();
    reply.body = std::move(sink.body);
    curl_easy_cleanup(curl);
    reply.elapsed = std::chrono::milliseconds(clock.elapsed());
    return reply;
}

} // namespace Stackdeck
