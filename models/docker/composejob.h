#pragma once

#include "models/core/result.h"
#include "models/docker/composeoutputparser.h"
#include "models/docker/composeprogress.h"
#include "models/docker/composetarget.h"
#include "models/docker/composetool.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>
#include <optional>

class QTemporaryFile;
class QTimer;

namespace Stackdeck {

// One compose command run as a child process (argument list, never a shell), its output streamed line
// by line into progress events. Created and owned by ComposeRunner; deleted after `finished`.
class ComposeJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation : quint8 { Up, Stop, Start, Restart, Down, Pull, Config };

    ComposeJob(Operation operation, const ComposeTarget &target, const QStringList &commandArguments,
               QObject *parent = nullptr);
    ~ComposeJob() override;

    Operation operation() const { return m_operation; }
    static QString operationName(Operation operation); // "up", "stop", ...
    QString projectName() const { return m_projectName; }

    // Runs the command with `tool`; on v1, through filtered copies of files it would reject.
    void start(const ComposeTool &tool);
    // Ends the job with `error` without running anything (no compose tool, bad target).
    void fail(const Error &error);
    // Stops the command (SIGTERM, then SIGKILL after 5 s); the job finishes with a "cancelled" error.
    void cancel();

    bool isFinished() const { return m_status.has_value(); }
    Status status() const; // the outcome once finished
    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; } // as passed to the program
    QStringList lines() const { return m_lines; }          // stdout and stderr lines, bounded
    QList<ComposeProgress> events() const { return m_events; }
    QByteArray standardOutput() const { return m_stdout; } // `config` prints the merged file here
    int exitCode() const { return m_exitCode; }

signals:
    void lineReceived(const QString &line);
    void progress(const Stackdeck::ComposeProgress &event);
    void finished();

private:
    void readChannel(QProcess::ProcessChannel channel);
    void handleLine(QByteArray line);
    void processFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void processError(QProcess::ProcessError error);
    void finish(const Status &status);
    QString commandText() const;

    Operation m_operation;
    ComposeTarget m_target;
    QStringList m_commandArguments;
    QString m_projectName;
    ComposeTool m_tool;
    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    std::optional<ComposeOutputParser> m_parser;
    std::vector<std::shared_ptr<QTemporaryFile>> m_copies;  // v1 filtered files, removed when the job ends
    QList<std::pair<QString, QString>> m_renames;          // copy path -> original path, for messages
    QByteArray m_partial[2];                                // unterminated tail of stdout / stderr
    QByteArray m_stdout;
    QStringList m_lines;
    qint64 m_droppedLines = 0;
    QList<ComposeProgress> m_events;
    std::optional<Status> m_status;
    bool m_cancelled = false;
    int m_exitCode = -1;
};

} // namespace Stackdeck
