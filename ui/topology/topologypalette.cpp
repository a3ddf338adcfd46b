#include "ui/topology/topologypalette.h"

#include <array>

namespace Stackdeck {

QColor TopologyPalette::stateColour(ServiceLiveStatus::State state)
{
    using S = ServiceLiveStatus::State;
    switch (state) {
    case S::NotCreated: return QColor(0x90, 0x96, 0x9c);
    case S::Created: return QColor(0x60, 0x7d, 0x8b);
    case S::Running: return QColor(0x2e, 0x7d, 0x32);
    case S::Exited: return QColor(0xc6, 0x28, 0x28);
    case S::Restarting: return QColor(0xef, 0x6c, 0x00);
    case S::EngineUnavailable: return QColor(0x6a, 0x5a, 0x8c);
    }
    return Qt::gray;
}

QColor TopologyPalette::healthColour(ServiceLiveStatus::Health health)
{
    using H = ServiceLiveStatus::Health;
    switch (health) {
    case H::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case H::Degraded: return QColor(0xf9, 0xa8, 0x25);
    case H::Unhealthy: return QColor(0xc6, 0x28, 0x28);
    case H::Starting: return QColor(0x19, 0x76, 0xd2);
    case H::None: return QColor(0x43, 0xa0, 0x47);
    case H::Unknown: return QColor(0x90, 0x96, 0x9c);
    }
    return Qt::gray;
}

QColor TopologyPalette::accent(const ServiceLiveStatus &status)
{
    if (status.state == ServiceLiveStatus::State::Running && status.health != ServiceLiveStatus::Health::Unknown)
        return healthColour(status.health);
    return stateColour(status.state);
}

QColor TopologyPalette::roleTint(ServiceRole role)
{
    static const std::array<QColor, 5> tints = {QColor(0xff, 0xf3, 0xe0), QColor(0xe3, 0xf2, 0xfd),
                                                QColor(0xe8, 0xf5, 0xe9), QColor(0xf3, 0xe5, 0xf5),
                                                QColor(0xec, 0xef, 0xf1)};
    return tints.at(static_cast<size_t>(role));
}

QColor TopologyPalette::roleTitle(ServiceRole role)
{
    static const std::array<QColor, 5> titles = {QColor(0xb2, 0x5b, 0x00), QColor(0x0d, 0x47, 0xa1),
                                                 QColor(0x1b, 0x5e, 0x20), QColor(0x6a, 0x1b, 0x9a),
                                                 QColor(0x37, 0x47, 0x4f)};
    return titles.at(static_cast<size_t>(role));
}

QColor TopologyPalette::networkColour(int index)
{
    static const std::array<QColor, 8> colours = {QColor(0x00, 0x83, 0x8f), QColor(0x8e, 0x24, 0xaa),
                                                  QColor(0xd8, 0x43, 0x15), QColor(0x30, 0x3f, 0x9f),
                                                  QColor(0x55, 0x8b, 0x2f), QColor(0xad, 0x14, 0x57),
                                                  QColor(0x5d, 0x40, 0x37), QColor(0x00, 0x69, 0x5c)};
    return colours.at(static_cast<size_t>(qAbs(index)) % colours.size());
}

QColor TopologyPalette::barColour(double fraction)
{
    if (fraction >= 0.9)
        return QColor(0xc6, 0x28, 0x28);
    if (fraction >= 0.7)
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x19, 0x76, 0xd2);
}

} // namespace Stackdeck
