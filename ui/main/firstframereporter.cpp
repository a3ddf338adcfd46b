#include "ui/main/firstframereporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace Stackdeck {

FirstFrameReporter::FirstFrameReporter(QWidget *window, QElapsedTimer sinceStart, bool quitAfter)
    : QObject(window), m_sinceStart(sinceStart), m_quitAfter(quitAfter)
{
    window->winId(); // creates the QWindow so its expose event can be watched
    window->windowHandle()->installEventFilter(this);
}

bool FirstFrameReporter::eventFilter(QObject *watched, QEvent *event)
{
    auto *window = qobject_cast<QWindow *>(watched);
    if (!m_done && window && event->type() == QEvent::Expose && window->isExposed()) {
        m_done = true;
        // The expose is handled by painting and flushing the backing store; report once that returned.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            if (m_quitAfter)
                QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Stackdeck
