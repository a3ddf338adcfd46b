#include "models/docker/composejob.h"

#include "models/docker/composeerrormapper.h"
#include "models/docker/composev1filter.h"
#include "models/docker/dockerlogging.h"

#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

constexpr qsizetype kMaxLines = 20'000;             // output kept for error mapping and the UI
constexpr qsizetype kMaxStdout = 16 * 1024 * 1024;  // `config` of the largest stack is far smaller
constexpr qsizetype kMaxLineBytes = 64 * 1024;      // a line longer than this is cut
constexpr int kKillAfterMs = 5000;

} // namespace

ComposeJob::ComposeJob(Operation operation, const ComposeTarget &target, const QStringList &commandArguments,
                       QObject *parent)
    : QObject(parent), m_operation(operation), m_target(target), m_commandArguments(commandArguments),
      m_projectName(target.resolvedProjectName())
{
}

ComposeJob::~ComposeJob()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString ComposeJob::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Up: return u"up"_s;
    case Operation::Stop: return u"stop"_s;
    case Operation::Start: return u"start"_s;
    case Operation::Restart: return u"restart"_s;
    case Operation::Down: return u"down"_s;
    case Operation::Pull: return u"pull"_s;
    case Operation::Config: return u"config"_s;
    }
    return {};
}

Status ComposeJob::status() const
{
    return m_status.value_or(Status(Error{tr("The compose command has not finished."), {}, {}}));
}

QString ComposeJob::commandText() const
{
    const QString base = m_tool.prefix.isEmpty() ? QFileInfo(m_program).fileName() : u"docker compose"_s;
    return base + u' ' + operationName(m_operation);
}

void ComposeJob::fail(const Error &error)
{
    if (!isFinished())
        finish(error);
}

void ComposeJob::start(const ComposeTool &tool)
{
    if (isFinished() || m_process)
        return;
    m_tool = tool;
    m_program = tool.program;
    m_parser.emplace(tool.flavor, m_projectName);
    if (m_target.files.isEmpty()) {
        finish(Error{tr("No compose file given."), {}, tr("Open a compose file first.")});
        return;
    }
    if (m_projectName.isEmpty()) {
        finish(Error{tr("No usable project name for %1.").arg(m_target.files.constFirst()), {},
                     tr("Set a project name (letters, digits, - and _).")});
        return;
    }

    m_arguments = tool.prefix + tool.plainOutputOptions();
    m_arguments << u"-p"_s << m_projectName;
    for (const QString &file : std::as_const(m_target.files)) {
        const QFileInfo info(file);
        if (!info.isFile()) {
            finish(Error{tr("Compose file %1 does not exist.").arg(file), SourceLocation{file, 0, 0, -1},
                         tr("Check the path, or open the stack again.")});
            return;
        }
        QString used = info.absoluteFilePath();
        if (tool.isV1()) {
            auto copy = ComposeV1Filter::writeCopy(used);
            if (!copy.ok()) {
                finish(copy.error());
                return;
            }
            if (copy.value()) {
                m_renames.append({copy.value()->fileName(), used});
                used = copy.value()->fileName();
                m_copies.push_back(copy.value());
            }
        }
        m_arguments << u"-f"_s << used;
    }
    m_arguments << operationName(m_operation) << m_commandArguments;

    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    m_process->setWorkingDirectory(m_target.resolvedProjectDirectory());
    m_process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = m_target.environment.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                             : m_target.environment;
    env.remove(u"COMPOSE_PROJECT_NAME"_s); // -p is explicit; don't let the console's own env override it
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ComposeJob::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ComposeJob::processError);
    qCInfo(lcComposeRunner).noquote() << "run" << m_program << m_arguments.join(u' ');
    m_process->start();
}

void ComposeJob::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        finish(Error{tr("%1 was cancelled.").arg(operationName(m_operation)), {}, {}});
        return;
    }
    m_process->terminate();
    m_killTimer = new QTimer(this);
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, m_process, &QProcess::kill);
    m_killTimer->start(kKillAfterMs);
}

void ComposeJob::readChannel(QProcess::ProcessChannel channel)
{
    m_process->setReadChannel(channel);
    const QByteArray data = m_process->readAll();
    const int index = channel == QProcess::StandardOutput ? 0 : 1;
    if (index == 0 && m_operation == Operation::Config) {
        m_stdout.append(data.left(kMaxStdout - m_stdout.size()));
        return; // the merged file is data, not progress
    }
    QByteArray &partial = m_partial[index];
    partial.append(data);
    qsizetype from = 0;
    for (qsizetype i = 0; i < partial.size(); ++i) {
        const char c = partial.at(i);
        if (c == '\n' || c == '\r') { // v1 ends progress lines with "\r\n"
            handleLine(partial.mid(from, i - from));
            from = i + 1;
        }
    }
    partial.remove(0, from);
    if (partial.size() > kMaxLineBytes) {
        handleLine(partial);
        partial.clear();
    }
}

void ComposeJob::handleLine(QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    QString line = QString::fromUtf8(bytes.left(kMaxLineBytes));
    for (const auto &[copy, original] : std::as_const(m_renames)) {
        line.replace(copy, original);
        line.replace(QFileInfo(copy).fileName(), QFileInfo(original).fileName());
    }
    if (m_lines.size() >= kMaxLines) {
        m_lines.removeFirst();
        ++m_droppedLines;
    }
    m_lines.append(line);
    emit lineReceived(line);
    if (auto event = m_parser->parseLine(line)) {
        m_events.append(*event);
        emit progress(*event);
    }
}

void ComposeJob::processError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || isFinished())
        return;
    finish(Error{tr("%1 could not be started: %2").arg(m_program, m_process->errorString()), {},
                 tr("Install the docker compose plugin or docker-compose, or check its path.")});
}

void ComposeJob::processFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty())
            handleLine(std::exchange(m_partial[i], {}));
    }
    m_exitCode = exitStatus == QProcess::NormalExit ? exitCode : -1;
    if (m_droppedLines > 0)
        qCInfo(lcComposeRunner) << "dropped" << m_droppedLines << "early output lines";
    if (m_cancelled) {
        finish(Error{tr("%1 was cancelled.").arg(commandText()), {},
                     tr("Some containers may be half done; run the command again or take the stack down.")});
    } else if (exitStatus != QProcess::NormalExit) {
        finish(Error{tr("%1 crashed.").arg(commandText()), {}, tr("See the command's output for details.")});
    } else if (exitCode != 0) {
        QStringList lines = m_lines;
        if (m_operation == Operation::Config)
            lines += QString::fromUtf8(m_stdout).split(u'\n');
        finish(ComposeErrorMapper::map(lines, exitCode, commandText()));
    } else {
        finish(success());
    }
}

void ComposeJob::finish(const Status &status)
{
    if (isFinished())
        return;
    m_status = status;
    if (m_killTimer)
        m_killTimer->stop();
    m_copies.clear(); // removes the v1 copies
    if (!status.ok())
        qCInfo(lcComposeRunner).noquote() << operationName(m_operation) << m_projectName << "failed:" << status.error().toString();
    emit finished();
}

} // namespace Stackdeck
