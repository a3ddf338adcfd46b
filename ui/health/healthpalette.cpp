#include "ui/health/healthpalette.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace Stackdeck {

QColor HealthPalette::stateColour(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case HealthState::Unknown: return QColor(0x90, 0x96, 0x9c);
    case HealthState::Degraded: return QColor(0xf9, 0xa8, 0x25);
    case HealthState::Unhealthy: return QColor(0xef, 0x6c, 0x00);
    case HealthState::Down: return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(0x90, 0x96, 0x9c);
}

QColor HealthPalette::rowTint(HealthState state)
{
    switch (state) {
    case HealthState::Degraded: return QColor(0xf9, 0xa8, 0x25, 34);
    case HealthState::Unhealthy: return QColor(0xef, 0x6c, 0x00, 34);
    case HealthState::Down: return QColor(0xc6, 0x28, 0x28, 34);
    default: return QColor();
    }
}

QIcon HealthPalette::dot(HealthState state)
{
    // Painted once per state and scale into the application's pixmap cache (no statics outliving the app).
    QIcon icon;
    for (int scale = 1; scale <= 2; ++scale) {
        const QString key = QStringLiteral("stackdeck-health-dot-%1-%2").arg(int(state)).arg(scale);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(12 * scale, 12 * scale);
            pixmap.setDevicePixelRatio(scale);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor colour = stateColour(state);
            p.setPen(QPen(colour.darker(135), 1.0));
            p.setBrush(colour);
            p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
            p.end();
            QPixmapCache::insert(key, pixmap);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor HealthPalette::liveColour(const ServiceLiveStatus &status)
{
    using S = ServiceLiveStatus::State;
    using H = ServiceLiveStatus::Health;
    if (status.state == S::Running) {
        switch (status.health) {
        case H::Healthy:
        case H::None: return stateColour(HealthState::Healthy);
        case H::Starting: return QColor(0x19, 0x76, 0xd2);
        case H::Degraded: return stateColour(HealthState::Degraded);
        case H::Unhealthy: return stateColour(HealthState::Unhealthy);
        case H::Unknown: return stateColour(HealthState::Healthy);
        }
    }
    switch (status.state) {
    case S::NotCreated: return stateColour(HealthState::Unknown);
    case S::Created: return QColor(0x60, 0x7d, 0x8b);
    case S::Running: return stateColour(HealthState::Healthy);
    case S::Exited: return stateColour(HealthState::Down);
    case S::Restarting: return stateColour(HealthState::Unhealthy);
    case S::EngineUnavailable: return QColor(0x6a, 0x5a, 0x8c);
    }
    return stateColour(HealthState::Unknown);
}

} // namespace Stackdeck
