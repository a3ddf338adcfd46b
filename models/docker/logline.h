#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Stackdeck {

// One log line of one container, with the engine's nanosecond timestamp.
struct LogLine
{
    enum class Stream : quint8 { Stdout, Stderr, Tty };

    qint64 timestampNs = 0; // since the Unix epoch; 0 when the line had none
    Stream stream = Stream::Stdout;
    QString service;
    QString container;      // container name
    QString text;           // without timestamp and newline

    // "2026-11-22T09:40:01.123456789Z" → ns since epoch; -1 when it is not such a timestamp.
    static qint64 parseTimestamp(QByteArrayView text);
    static QByteArray formatTimestamp(qint64 ns);
    // "seconds.nanoseconds" as the logs endpoint's since= expects.
    static QByteArray sinceParameter(qint64 ns);
    bool operator==(const LogLine &) const = default;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::LogLine)
