#include "models/live/logmodel.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

bool earlier(const LogRecord &a, const LogRecord &b)
{
    return a.timestampNs < b.timestampNs;
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LogModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    if (m_count > m_capacity) {
        const int excess = m_count - m_capacity;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        removeFront(excess);
        endRemoveRows();
        m_dropped += excess;
        emit droppedCountChanged(m_dropped);
    }
    emit capacityChanged(m_capacity);
}

const LogRecord &LogModel::line(int row) const
{
    const int g = m_head + row;
    return m_chunks[size_t(g / LogChunk::Size)]->lines[size_t(g % LogChunk::Size)];
}

LogRecord &LogModel::slot(int row)
{
    const int g = m_head + row;
    const size_t c = size_t(g / LogChunk::Size);
    while (m_chunks.size() <= c)
        m_chunks.push_back(std::make_shared<LogChunk>());
    return m_chunks[c]->lines[size_t(g % LogChunk::Size)];
}

void LogModel::writeRow(int row, const LogRecord &line)
{
    const size_t c = size_t((m_head + row) / LogChunk::Size);
    // A snapshot may be reading this chunk on a worker: rewrite a private copy instead.
    if (m_chunks[c].use_count() > 1)
        m_chunks[c] = std::make_shared<LogChunk>(*m_chunks[c]);
    slot(row) = line;
}

LogSnapshot LogModel::snapshot() const
{
    LogSnapshot snap;
    snap.headOffset = m_head;
    snap.count = m_count;
    snap.firstSerial = m_firstSerial;
    snap.chunks.reserve(qsizetype(m_chunks.size()));
    for (const auto &chunk : m_chunks)
        snap.chunks.append(chunk);
    return snap;
}

void LogModel::removeFront(int rows)
{
    m_head += rows;
    m_count -= rows;
    m_firstSerial += rows;
    while (m_head >= LogChunk::Size) {
        m_chunks.pop_front();
        m_head -= LogChunk::Size;
    }
    if (m_count == 0) {
        m_chunks.clear();
        m_head = 0;
    }
}

void LogModel::clear()
{
    if (m_count == 0)
        return;
    beginRemoveRows(QModelIndex(), 0, m_count - 1);
    removeFront(m_count);
    endRemoveRows();
}

void LogModel::appendBatch(const QList<LogRecord> &batch)
{
    if (batch.isEmpty())
        return;
    QList<LogRecord> lines = batch;
    if (!std::is_sorted(lines.cbegin(), lines.cend(), earlier))
        std::stable_sort(lines.begin(), lines.end(), earlier);
    const qint64 droppedBefore = m_dropped;
    if (lines.size() > m_capacity) {
        m_dropped += lines.size() - m_capacity;
        lines = lines.mid(lines.size() - m_capacity);
    }
    const int n = int(lines.size());
    const int overflow = m_count + n - m_capacity;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, overflow - 1);
        removeFront(overflow);
        endRemoveRows();
        m_dropped += overflow;
    }

    // Lines of a late service slot in among the last rows rather than after them.
    const int end = m_count;
    int p = end;
    const int limit = std::max(0, end - ReorderWindow);
    const qint64 first = lines.constFirst().timestampNs;
    while (p > limit && line(p - 1).timestampNs > first)
        --p;
    QList<LogRecord> merged;
    if (p < end) {
        QList<LogRecord> tail;
        tail.reserve(end - p);
        for (int row = p; row < end; ++row)
            tail.append(line(row));
        merged.resize(tail.size() + n);
        std::merge(tail.cbegin(), tail.cend(), lines.cbegin(), lines.cend(), merged.begin(), earlier);
        for (int row = p; row < end; ++row)
            writeRow(row, merged.at(row - p));
    }
    const QList<LogRecord> &appended = p < end ? merged : lines;
    const int offset = p < end ? end - p : 0;

    beginInsertRows(QModelIndex(), end, end + n - 1);
    for (int i = 0; i < n; ++i)
        slot(end + i) = appended.at(offset + i);
    m_count += n;
    endInsertRows();
    if (p < end)
        emit dataChanged(index(p), index(end - 1));
    if (m_dropped != droppedBefore)
        emit droppedCountChanged(m_dropped);
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return l.text;
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(l.timestampNs / 1000000, QTimeZone::utc());
    case TimestampNsRole:
        return l.timestampNs;
    case ServiceRole:
        return l.service;
    case StreamRole:
        return int(l.stream);
    case LevelRole:
        return int(l.level);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(ServiceRole, "service");
    names.insert(StreamRole, "stream");
    names.insert(LevelRole, "level");
    names.insert(TextRole, "text");
    names.insert(TimestampNsRole, "timestampNs");
    return names;
}

} // namespace Stackdeck
