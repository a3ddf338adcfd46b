#include "models/validate/machineinfo.h"

#include <QFile>

#include <unistd.h>

namespace Stackdeck {

int MachineInfo::cpus()
{
    const long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int(n) : 1;
}

qint64 MachineInfo::memoryBytes()
{
    static const qint64 total = [] {
        QFile file(QStringLiteral("/proc/meminfo"));
        if (!file.open(QIODevice::ReadOnly))
            return qint64(0);
        // "MemTotal:       16318412 kB"
        while (!file.atEnd()) {
            const QByteArray line = file.readLine(256);
            if (line.startsWith("MemTotal:")) {
                bool ok = false;
                const qint64 kb = line.mid(9).trimmed().split(' ').value(0).toLongLong(&ok);
                return ok ? kb * 1024 : qint64(0);
            }
        }
        return qint64(0);
    }();
    return total;
}

} // namespace Stackdeck
