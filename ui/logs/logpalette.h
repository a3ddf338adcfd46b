#pragma once

#include "models/live/logrecord.h"

#include <QColor>
#include <QString>

namespace Stackdeck {

// Colours of the log view: one stable, readable hue per service and one colour per level.
class LogPalette final
{
public:
    static QColor serviceColor(const QString &service);
    static QColor levelColor(LogLevel level);
    // A faint row tint so errors and warnings stand out while scrolling; invalid for other levels.
    static QColor levelTint(LogLevel level);
    static QColor findHighlight() { return QColor(255, 214, 10, 170); }
};

} // namespace Stackdeck
