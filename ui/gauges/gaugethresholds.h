#pragma once

namespace Stackdeck::GaugeThresholds {

// Memory above this share of its limit is a warning: the OOM killer is close.
inline constexpr double memoryWarning = 0.9;
// Declared limits above this share of the machine overcommit it.
inline constexpr double machineOvercommit = 1.0;

} // namespace Stackdeck::GaugeThresholds
