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
        // "MemTotal:       16318412 kB"; /proc files report size 0, so read them whole instead of testing atEnd().
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
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
