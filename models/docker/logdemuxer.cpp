#include "models/docker/logdemuxer.h"

namespace Stackdeck {

void LogDemuxer::appendPayload(LogLine::Stream stream, QByteArrayView payload, QList<RawLine> &out)
{
    QByteArray &partial = m_partial[int(stream)];
    qsizetype start = 0;
    while (start < payload.size()) {
        const qsizetype newline = payload.indexOf('\n', start);
        if (newline < 0) {
            // Cut at maxLine so one endless line cannot grow memory without bound.
            const qsizetype take = qMin(payload.size() - start, maxLine - partial.size());
            partial.append(payload.sliced(start, take));
            start += take;
            if (partial.size() >= maxLine) {
                out.append({stream, partial});
                partial.clear();
            }
            continue;
        }
        partial.append(payload.sliced(start, newline - start));
        if (partial.endsWith('\r'))
            partial.chop(1);
        out.append({stream, partial});
        partial.clear();
        start = newline + 1;
    }
}

QList<LogDemuxer::RawLine> LogDemuxer::feed(QByteArrayView chunk)
{
    QList<RawLine> out;
    if (m_tty) {
        appendPayload(LogLine::Stream::Tty, chunk, out);
        return out;
    }
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (m_frameLeft == 0) {
            const qsizetype need = 8 - m_header.size();
            m_header.append(chunk.sliced(pos, qMin(need, chunk.size() - pos)));
            pos += qMin(need, chunk.size() - pos);
            if (m_header.size() < 8)
                break;
            const auto *h = reinterpret_cast<const uchar *>(m_header.constData());
            m_frameStream = h[0] == 2 ? LogLine::Stream::Stderr : LogLine::Stream::Stdout;
            m_frameLeft = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
            m_header.clear();
            continue;
        }
        const qsizetype take = qMin<qsizetype>(m_frameLeft, chunk.size() - pos);
        appendPayload(m_frameStream, chunk.sliced(pos, take), out);
        pos += take;
        m_frameLeft -= quint32(take);
    }
    return out;
}

QList<LogDemuxer::RawLine> LogDemuxer::flush()
{
    QList<RawLine> out;
    for (int s = 0; s < 3; ++s) {
        if (!m_partial[s].isEmpty())
            out.append({LogLine::Stream(s), m_partial[s]});
        m_partial[s].clear();
    }
    m_header.clear();
    m_frameLeft = 0;
    return out;
}

} // namespace Stackdeck
