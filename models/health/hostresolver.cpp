#include "models/health/hostresolver.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Stackdeck {

namespace {
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QHostInfo info;
};
} // namespace

QHostAddress HostResolver::resolve(const QString &host, std::chrono::milliseconds timeout, QString *error)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return literal;
    auto lookup = std::make_shared<Lookup>();
    // Detached: a lookup that outlives the deadline finishes on its own and only touches `lookup`.
    std::thread([lookup, host] {
        QHostInfo info = QHostInfo::fromName(host);
        const std::lock_guard lock(lookup->mutex);
        lookup->info = std::move(info);
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    if (!lookup->done.wait_for(lock, timeout, [&] { return lookup->finished; })) {
        *error = QCoreApplication::translate("HostResolver", "Looking up %1 took longer than %2 ms.")
                     .arg(host).arg(timeout.count());
        return {};
    }
    const QList<QHostAddress> addresses = lookup->info.addresses();
    if (lookup->info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        *error = QCoreApplication::translate("HostResolver", "Host name %1 cannot be resolved.").arg(host);
        return {};
    }
    // Prefer IPv4 like curl's happy-eyeballs would usually end up on loopback setups.
    for (const auto &a : addresses) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return addresses.first();
}

} // namespace Stackdeck
