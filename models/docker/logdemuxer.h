#pragma once

#include "models/docker/logline.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Stackdeck {

// Turns a logs body into lines: strips the 8-byte frame headers (no TTY) and re-joins lines split across frames.
class LogDemuxer final
{
public:
    static constexpr qsizetype maxLine = 1024 * 1024; // longer lines are cut here

    struct RawLine
    {
        LogLine::Stream stream;
        QByteArray bytes; // without the newline
    };

    explicit LogDemuxer(bool tty) : m_tty(tty) {}

    QList<RawLine> feed(QByteArrayView chunk);
    // Lines still missing their newline when the stream ends.
    QList<RawLine> flush();

private:
    void appendPayload(LogLine::Stream stream, QByteArrayView payload, QList<RawLine> &out);

    bool m_tty;
    QByteArray m_header;      // partial frame header
    quint32 m_frameLeft = 0;  // payload bytes still due in the current frame
    LogLine::Stream m_frameStream = LogLine::Stream::Stdout;
    QByteArray m_partial[3];  // per-stream unfinished line
};

} // namespace Stackdeck
