#pragma once

#include <QColor>

class QPalette;

namespace Stackdeck {

// Colours of the gauges and the history chart: the meaning comes from the readings, the look from here.
class GaugePalette final
{
public:
    static QColor cpu();        // normal fill and the chart's CPU line
    static QColor memory();     // normal fill and the chart's memory line
    static QColor warning();
    static QColor critical();
    static QColor textOnFill(); // text drawn over a filled bar
    // Derived from the widget palette so the empty part of a bar reads in light and dark themes.
    static QColor track(const QPalette &palette);
    static QColor trackBorder(const QPalette &palette);
    static QColor unlimitedBorder(const QPalette &palette);
    static QColor mutedText(const QPalette &palette);
    static QColor selection(const QPalette &palette);
};

} // namespace Stackdeck
