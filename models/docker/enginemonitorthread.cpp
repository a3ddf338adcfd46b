#include "models/docker/enginemonitorthread.h"

namespace Stackdeck {

EngineMonitorThread::EngineMonitorThread(EngineMonitor::Options options)
    : m_monitor(new EngineMonitor(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("stackdeck-engine"));
    m_monitor->moveToThread(&m_thread);
}

EngineMonitorThread::~EngineMonitorThread()
{
    if (m_thread.isRunning()) {
        EngineMonitor *monitor = m_monitor;
        // Stop and delete on the monitor's own thread, where its timers and streams live.
        QMetaObject::invokeMethod(monitor, [monitor] { delete monitor; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_monitor;
    }
}

void EngineMonitorThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_monitor, &EngineMonitor::start, Qt::QueuedConnection);
}

void EngineMonitorThread::requestResync()
{
    QMetaObject::invokeMethod(m_monitor, &EngineMonitor::resync, Qt::QueuedConnection);
}

} // namespace Stackdeck
