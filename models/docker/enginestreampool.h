#pragma once

#include "models/docker/enginestate.h"
#include "models/docker/enginetransport.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Stackdeck {

// Long-lived streaming GETs (stats, logs, events) multiplexed on one libcurl multi handle; pumped by its owner's thread.
class EngineStreamPool final
{
public:
    using DataFn = std::function<void(QByteArrayView chunk)>;
    // failure.kind is Connected when the stream ended cleanly; httpStatus is 0 when no answer came.
    using DoneFn = std::function<void(const EngineState &failure, long httpStatus, const QByteArray &errorBody)>;

    explicit EngineStreamPool(const EngineTransport &transport);
    ~EngineStreamPool();
    EngineStreamPool(const EngineStreamPool &) = delete;
    EngineStreamPool &operator=(const EngineStreamPool &) = delete;

    // Starts a stream; `onData` gets body bytes of a 2xx answer, `onDone` once at the end. Returns its id.
    int open(const QByteArray &path, DataFn onData, DoneFn onDone);
    void close(int id);   // no onDone call
    void closeAll();
    bool isOpen(int id) const { return m_streams.count(id) != 0; }
    int count() const { return int(m_streams.size()); }

    // Moves data without blocking longer than waitMs; calls the callbacks on this thread.
    void pump(int waitMs = 0);

private:
    struct Stream;
    static size_t onWrite(char *data, size_t size, size_t count, void *user);

    void detach(std::unique_ptr<Stream> stream);
    void settle();

    const EngineTransport &m_transport;
    void *m_multi = nullptr;
    bool m_inPerform = false;                      // libcurl forbids multi calls from its callbacks
    std::vector<Stream *> m_toAdd;                 // opened during a callback
    std::vector<std::unique_ptr<Stream>> m_toRemove; // closed during a callback
    int m_nextId = 1;
    std::map<int, std::unique_ptr<Stream>> m_streams;
};

} // namespace Stackdeck
