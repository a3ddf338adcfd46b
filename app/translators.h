#pragma once

class QCoreApplication;

namespace Stackdeck {

// Qt's and Stackdeck's catalogues for the system locale; the window and the headless commands share it.
void installTranslators(QCoreApplication &app);

} // namespace Stackdeck
