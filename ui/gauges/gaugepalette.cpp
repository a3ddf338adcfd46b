#include "ui/gauges/gaugepalette.h"

#include <QPalette>

namespace Stackdeck {

namespace {

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

QColor GaugePalette::cpu()
{
    return QColor(0x00, 0x79, 0x6b);
}

QColor GaugePalette::memory()
{
    return QColor(0x39, 0x49, 0xab);
}

QColor GaugePalette::warning()
{
    return QColor(0xd8, 0x5c, 0x00);
}

QColor GaugePalette::critical()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor GaugePalette::textOnFill()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor GaugePalette::track(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08);
}

QColor GaugePalette::trackBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.22);
}

QColor GaugePalette::unlimitedBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

QColor GaugePalette::mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

QColor GaugePalette::selection(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.18);
}

} // namespace Stackdeck
