#pragma once

namespace Stackdeck {

// The window path of `stackdeck [DIR | -f FILE ...]`: QApplication, argument parsing, MainWindow.
int runGui(int &argc, char **argv);

} // namespace Stackdeck
