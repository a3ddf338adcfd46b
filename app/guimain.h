#pragma once

#include <QElapsedTimer>

namespace Stackdeck {

// The window path of `stackdeck [DIR | -f FILE ...]`: QApplication, argument parsing, MainWindow.
// `sinceStart` runs from the top of main(), for STACKDECK_FIRST_FRAME (the start-up benchmark).
int runGui(int &argc, char **argv, const QElapsedTimer &sinceStart);

} // namespace Stackdeck
