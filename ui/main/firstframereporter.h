#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace Stackdeck {

// Prints when the window's first frame is on screen (for the start-up benchmark) and, if asked, quits.
class FirstFrameReporter final : public QObject
{
    Q_OBJECT
public:
    // `sinceStart` runs from the top of main(); the benchmark also measures from outside the process.
    FirstFrameReporter(QWidget *window, QElapsedTimer sinceStart, bool quitAfter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_quitAfter;
    bool m_done = false;
};

} // namespace Stackdeck
