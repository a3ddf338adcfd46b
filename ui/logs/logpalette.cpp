#include "ui/logs/logpalette.h"

#include <iterator>

namespace Stackdeck {

QColor LogPalette::serviceColor(const QString &service)
{
    // Hues from a fixed list of distinguishable ones; lightness keeps them readable on a light base.
    static const int hues[] = {210, 140, 280, 25, 180, 330, 95, 250, 0, 45, 160, 300};
    // FNV-1a: the same colour for a service in every run (qHash may be seeded per process).
    quint32 h = 2166136261u;
    for (QChar c : service)
        h = (h ^ c.unicode()) * 16777619u;
    const int hue = hues[h % std::size(hues)];
    return QColor::fromHsl(hue, 170, 85 + int((h / std::size(hues)) % 3) * 15);
}

QColor LogPalette::levelColor(LogLevel level)
{
    switch (level) {
    case LogLevel::Error: return QColor(190, 30, 45);
    case LogLevel::Warn: return QColor(176, 100, 0);
    case LogLevel::Info: return QColor(30, 110, 60);
    case LogLevel::Debug: return QColor(110, 110, 120);
    case LogLevel::Unknown: break;
    }
    return QColor(120, 120, 120);
}

QColor LogPalette::levelTint(LogLevel level)
{
    switch (level) {
    case LogLevel::Error: return QColor(220, 40, 50, 28);
    case LogLevel::Warn: return QColor(230, 150, 0, 26);
    default: return QColor();
    }
}

} // namespace Stackdeck
