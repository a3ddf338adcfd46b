#pragma once

#include "models/core/result.h"
#include "models/docker/engineendpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

namespace Stackdeck {

// One container of a watched service as one poll saw it.
struct ContainerHealth
{
    enum class Verdict : quint8 { Pending, Good, Failed };

    QString service;
    QString containerId;
    Verdict verdict = Verdict::Pending;
    QString state;       // "starting", "healthy", "running", "completed", "unhealthy", "exited", "restarting"
    QString detail;      // probe output, exit code: what the user reads
    int restartCount = 0;
    bool tty = false;
};

// How waiting for a project's services ended.
struct HealthOutcome
{
    bool ok = false;
    QString failingService;
    QString containerId;     // of the failing service, when it has one
    QString error;
    QStringList lastLogLines;
    QStringList healthy;     // services that became healthy (or stayed running 2 s without a healthcheck)
};

// Polls the engine every second, off the GUI thread, until every service given is healthy (or running,
// without a healthcheck) for 2 s, one fails (unhealthy, exited, restarting) or the timeout passes.
class HealthWaiter final : public QObject
{
    Q_OBJECT
public:
    explicit HealthWaiter(QObject *parent = nullptr);
    ~HealthWaiter() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    void setPollInterval(int ms) { m_timer.setInterval(ms); }
    void setStableFor(int ms) { m_stableMs = ms; }

    void start(const QString &project, const QStringList &services, int timeoutSeconds);
    void cancel();
    bool isActive() const { return m_active; }

    // Blocking engine calls, run on a worker thread.
    static Result<QList<ContainerHealth>> poll(const QProcessEnvironment &environment, const QString &project,
                                               const QStringList &services, const QHash<QString, int> &firstRestarts);
    static QStringList lastLogLines(const QProcessEnvironment &environment, const QString &containerId, bool tty,
                                    int count = 20);
    static QString mask(QString text, const QStringList &secrets);

signals:
    void serviceState(const QString &service, const QString &state, const QString &detail);
    void finished(const Stackdeck::HealthOutcome &outcome);

private:
    void pollNow();
    void evaluate(const Result<QList<ContainerHealth>> &result);
    void fail(const QString &service, const QString &containerId, bool tty, const QString &error);
    void finish(HealthOutcome outcome);

    QProcessEnvironment m_environment;
    QStringList m_secrets;
    QString m_project;
    QStringList m_services;
    QStringList m_done;
    QHash<QString, qint64> m_goodSince;       // service -> elapsed ms when it first looked good
    QHash<QString, int> m_firstRestarts;      // container id -> restart count when first seen
    QHash<QString, QString> m_lastState;      // service -> last state reported
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 120'000;
    int m_stableMs = 2000;
    int m_engineFailures = 0;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_busy = false;
};

} // namespace Stackdeck

Q_DECLARE_METATYPE(Stackdeck::HealthOutcome)
