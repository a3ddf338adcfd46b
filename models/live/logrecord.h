#pragma once

#include <QMetaType>
#include <QString>

namespace Stackdeck {

enum class LogStream : quint8 { Stdout, Stderr };

// Ordered by severity so a level set can be a bit mask and "at least WARN" a comparison.
enum class LogLevel : quint8 { Unknown, Debug, Info, Warn, Error };

// One line of a container's output; timestamps are nanoseconds since the epoch (Docker's precision).
struct LogRecord
{
    qint64 timestampNs = 0;
    QString service;
    LogStream stream = LogStream::Stdout;
    LogLevel level = LogLevel::Unknown;
    QString text;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::LogRecord)
