#pragma once

#include "models/docker/enginemonitor.h"

#include <QThread>

namespace Stackdeck {

// Owns a worker thread running an EngineMonitor; destroying it stops the monitor and joins the thread.
class EngineMonitorThread final
{
public:
    explicit EngineMonitorThread(EngineMonitor::Options options);
    ~EngineMonitorThread();
    EngineMonitorThread(const EngineMonitorThread &) = delete;
    EngineMonitorThread &operator=(const EngineMonitorThread &) = delete;

    // Connect with monitor()->onSnapshot(...) etc. before start() to see the first snapshot.
    EngineMonitor *monitor() const { return m_monitor; }
    void start();
    void requestResync();

private:
    QThread m_thread;
    EngineMonitor *m_monitor;
};

} // namespace Stackdeck
