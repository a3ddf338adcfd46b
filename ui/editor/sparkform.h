#pragma once

#include "models/editor/editsession.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace Stackdeck {

// The Spark standalone cluster of a stack as a few numbers: worker count, cores and memory per worker
// (environment and container limits kept consistent), master URL and ports.
class SparkForm final : public QWidget
{
    Q_OBJECT
public:
    SparkForm(EditSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    QString master() const { return m_master; }
    QStringList workers() const { return m_workers; }   // by number: spark-worker-1, spark-worker-2 ...

    QSpinBox *workerCountBox() const { return m_count; }
    QLineEdit *coresEdit() const { return m_cores; }
    QLineEdit *memoryEdit() const { return m_memory; }
    QLineEdit *masterUrlEdit() const { return m_masterUrl; }
    QLineEdit *uiPortEdit() const { return m_uiPort; }
    QLabel *sharedLabel() const { return m_shared; }
    QString message() const;

    // Container memory limit for a worker memory ("4g" -> "4608M"): worker memory + max(512 MiB, 10 %),
    // rounded up to 128 MiB, written in G when whole. Empty when the worker memory cannot be read.
    static QString containerLimitFor(const QString &workerMemory);

    Status setWorkerCount(int count);
    Status setWorkerCores(const QString &cores);
    Status setWorkerMemory(const QString &memory);
    Status setMasterUrl(const QString &url);
    Status setUiPort(const QString &port);

    void refresh();

private:
    void detect();
    Status run(const QString &what, const std::function<Status()> &edit);
    void showResult(const Status &status);
    int commandIndex(const QString &service, const QString &needle) const;
    int portIndex(const QString &service, const QString &listKey, const QString &containerPort) const;

    QPointer<EditSession> m_session;
    QUndoStack *m_undo;
    QString m_master;
    QStringList m_workers;
    QSpinBox *m_count;
    QLineEdit *m_cores;
    QLineEdit *m_memory;
    QLineEdit *m_masterUrl;
    QLineEdit *m_uiPort;
    QLabel *m_rpcPort;
    QLabel *m_rule;
    QLabel *m_shared;
    QLabel *m_message;
    QLabel *m_status;
};

} // namespace Stackdeck
