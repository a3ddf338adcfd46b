#pragma once

#include "models/live/logchunk.h"
#include "models/live/logrecord.h"
#include "models/live/logsnapshot.h"

#include <QAbstractListModel>
#include <QList>

#include <deque>
#include <memory>

namespace Stackdeck {

// The merged log tail: a bounded ring buffer of lines ordered by timestamp. Batches are appended
// with one insert per batch; when full, the oldest rows are removed (never a reset) and counted.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 droppedCount READ droppedCount NOTIFY droppedCountChanged)
    Q_PROPERTY(int capacity READ capacity WRITE setCapacity NOTIFY capacityChanged)

public:
    enum Role {
        TimestampRole = Qt::UserRole + 1, // QDateTime (UTC)
        ServiceRole,                      // QString
        StreamRole,                       // int(Stackdeck::LogStream)
        LevelRole,                        // int(Stackdeck::LogLevel)
        TextRole,                         // QString
        TimestampNsRole,                  // qint64 nanoseconds since the epoch
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 100000;
    // A batch may run late across services by up to this many rows; older lines stay where they land.
    static constexpr int ReorderWindow = 1024;

    explicit LogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    qint64 droppedCount() const { return m_dropped; }
    // Serial of row 0: a row's serial is firstSerial() + row and never changes while it is buffered.
    qint64 firstSerial() const { return m_firstSerial; }
    qint64 endSerial() const { return m_firstSerial + m_count; }

    const LogRecord &line(int row) const;
    LogSnapshot snapshot() const;
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void appendBatch(const QList<Stackdeck::LogRecord> &batch);

signals:
    void droppedCountChanged(qint64 dropped);
    void capacityChanged(int capacity);

private:
    void removeFront(int rows);
    void writeRow(int row, const LogRecord &line);
    LogRecord &slot(int row);

    std::deque<std::shared_ptr<LogChunk>> m_chunks;
    int m_head = 0;
    int m_count = 0;
    int m_capacity = DefaultCapacity;
    qint64 m_firstSerial = 0;
    qint64 m_dropped = 0;
};

} // namespace Stackdeck
