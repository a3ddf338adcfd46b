#pragma once

#include <QtGlobal>

namespace Stackdeck {

// The size of the machine the stack runs on, for the "total limits against the machine" rule.
class MachineInfo final
{
public:
    static int cpus();             // online CPUs
    static qint64 memoryBytes();   // MemTotal from /proc/meminfo; 0 when unknown
};

} // namespace Stackdeck
