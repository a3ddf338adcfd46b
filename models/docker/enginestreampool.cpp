#include "models/docker/enginestreampool.h"

#include <curl/curl.h>

#include <algorithm>
#include <vector>

namespace Stackdeck {

struct EngineStreamPool::Stream
{
    int id = 0;
    CURL *handle = nullptr;
    DataFn onData;
    DoneFn onDone;
    long status = 0;
    QByteArray errorBody;
    bool closed = false;
};

EngineStreamPool::EngineStreamPool(const EngineTransport &transport)
    : m_transport(transport)
    , m_multi(curl_multi_init())
{
    // Each stream owns its connection for its whole life; never wait to share one.
    curl_multi_setopt(static_cast<CURLM *>(m_multi), CURLMOPT_PIPELINING, long(CURLPIPE_NOTHING));
}

EngineStreamPool::~EngineStreamPool()
{
    closeAll();
    curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

size_t EngineStreamPool::onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *stream = static_cast<Stream *>(user);
    const size_t bytes = size * count;
    if (stream->closed)
        return bytes;
    if (stream->status == 0)
        curl_easy_getinfo(stream->handle, CURLINFO_RESPONSE_CODE, &stream->status);
    if (stream->status >= 300) {
        // Error answers are short JSON documents; keep a bounded copy for the message.
        if (stream->errorBody.size() < 64 * 1024)
            stream->errorBody.append(data, qsizetype(bytes));
        return bytes;
    }
    if (stream->onData)
        stream->onData(QByteArrayView(data, qsizetype(bytes)));
    return bytes;
}

int EngineStreamPool::open(const QByteArray &path, DataFn onData, DoneFn onDone)
{
    auto stream = std::make_unique<Stream>();
    stream->id = m_nextId++;
    stream->handle = curl_easy_init();
    stream->onData = std::move(onData);
    stream->onDone = std::move(onDone);
    m_transport.prepare(stream->handle, path, 5000);
    curl_easy_setopt(stream->handle, CURLOPT_WRITEFUNCTION, &EngineStreamPool::onWrite);
    curl_easy_setopt(stream->handle, CURLOPT_WRITEDATA, stream.get());
    curl_easy_setopt(stream->handle, CURLOPT_PRIVATE, stream.get());
    // Streams have no total timeout; TCP keepalive notices a vanished tcp peer.
    curl_easy_setopt(stream->handle, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(stream->handle, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(stream->handle, CURLOPT_BUFFERSIZE, 256L * 1024); // fewer callbacks on busy log streams
    if (qEnvironmentVariableIsSet("STACKDECK_CURL_VERBOSE"))
        curl_easy_setopt(stream->handle, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(stream->handle, CURLOPT_FORBID_REUSE, 1L);
    if (m_inPerform)
        m_toAdd.push_back(stream.get());
    else
        curl_multi_add_handle(static_cast<CURLM *>(m_multi), stream->handle);
    const int id = stream->id;
    m_streams.emplace(id, std::move(stream));
    return id;
}

void EngineStreamPool::close(int id)
{
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    std::unique_ptr<Stream> stream = std::move(it->second);
    m_streams.erase(it);
    detach(std::move(stream));
}

void EngineStreamPool::detach(std::unique_ptr<Stream> stream)
{
    stream->closed = true;
    if (m_inPerform) {
        m_toRemove.push_back(std::move(stream));
        return;
    }
    const auto pending = std::find(m_toAdd.begin(), m_toAdd.end(), stream.get());
    if (pending != m_toAdd.end())
        m_toAdd.erase(pending);
    else
        curl_multi_remove_handle(static_cast<CURLM *>(m_multi), stream->handle);
    curl_easy_cleanup(stream->handle);
}

void EngineStreamPool::settle()
{
    auto *multi = static_cast<CURLM *>(m_multi);
    std::vector<std::unique_ptr<Stream>> toRemove;
    toRemove.swap(m_toRemove);
    for (std::unique_ptr<Stream> &stream : toRemove)
        detach(std::move(stream));
    std::vector<Stream *> toAdd;
    toAdd.swap(m_toAdd);
    for (Stream *stream : toAdd)
        curl_multi_add_handle(multi, stream->handle);
}

void EngineStreamPool::closeAll()
{
    while (!m_streams.empty())
        close(m_streams.begin()->first);
}

void EngineStreamPool::pump(int waitMs)
{
    auto *multi = static_cast<CURLM *>(m_multi);
    if (m_streams.empty())
        return;
    if (waitMs > 0)
        curl_multi_poll(multi, nullptr, 0, waitMs, nullptr);
    int running = 0;
    m_inPerform = true;
    curl_multi_perform(multi, &running);
    m_inPerform = false;
    settle();

    struct Finished { int id; CURLcode code; };
    std::vector<Finished> finished;
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Stream *stream = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char **>(&stream));
        if (stream)
            finished.push_back({stream->id, message->data.result});
    }
    // Callbacks run after the multi loop so they may open or close streams freely.
    for (const Finished &done : finished) {
        const auto it = m_streams.find(done.id);
        if (it == m_streams.end())
            continue;
        Stream *stream = it->second.get();
        EngineState state;
        long status = stream->status;
        if (done.code == CURLE_OK) {
            curl_easy_getinfo(stream->handle, CURLINFO_RESPONSE_CODE, &status);
            state.kind = EngineState::Kind::Connected;
        } else {
            long osErrno = 0;
            curl_easy_getinfo(stream->handle, CURLINFO_OS_ERRNO, &osErrno);
            state = m_transport.failureState(done.code, osErrno);
        }
        DoneFn onDone = std::move(stream->onDone);
        const QByteArray errorBody = stream->errorBody;
        close(done.id);
        if (onDone)
            onDone(state, status, errorBody);
    }
}

} // namespace Stackdeck
