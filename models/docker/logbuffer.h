#pragma once

#include "models/docker/logline.h"

#include <QHash>
#include <QList>

#include <deque>

namespace Stackdeck {

// Bounded log store: one timestamp-ordered stream per service plus a merged one; counts what it drops.
class LogBuffer final
{
public:
    explicit LogBuffer(int capacityPerService = 10000, int mergedCapacity = 50000);

    void append(const QList<LogLine> &lines);
    QList<LogLine> service(const QString &name) const;
    QList<LogLine> merged() const;
    QStringList services() const { return m_services.keys(); }
    qint64 droppedFor(const QString &service) const { return m_dropped.value(service); }
    qint64 droppedMerged() const { return m_droppedMerged; }

private:
    static void insertOrdered(std::deque<LogLine> &lines, const LogLine &line);

    int m_capacityPerService;
    int m_mergedCapacity;
    QHash<QString, std::deque<LogLine>> m_services;
    std::deque<LogLine> m_merged;
    QHash<QString, qint64> m_dropped;
    qint64 m_droppedMerged = 0;
};

} // namespace Stackdeck
