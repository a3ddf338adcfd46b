#include "models/commands/logscommand.h"

#include "models/commands/logssince.h"
#include "models/commands/statuscontext.h"
#include "models/docker/enginestreampool.h"
#include "models/docker/logcursor.h"
#include "models/docker/logdemuxer.h"
#include "models/docker/projectcontainers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <vector>

namespace Stackdeck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdeck::LogsCommand", text);
}

// One followed container: its prefix, its demultiplexer and the cursor that keeps resumes free of repeats.
struct LogSource
{
    QByteArray id;
    QString prefix;
    bool tty = false;
    LogDemuxer demuxer;
    LogCursor cursor;
    bool open = false;
};

// Sorts one batch by timestamp (stable: a container's own order wins ties) and prints what passes the filter.
class LogPrinter final
{
public:
    LogPrinter(QTextStream &out, int width, const QRegularExpression &grep, bool timestamps, qint64 maxLines)
        : m_out(out), m_width(width), m_grep(grep), m_timestamps(timestamps), m_maxLines(maxLines) {}

    void print(std::vector<std::pair<QString, LogLine>> &batch)
    {
        std::stable_sort(batch.begin(), batch.end(),
                         [](const auto &a, const auto &b) { return a.second.timestampNs < b.second.timestampNs; });
        for (const auto &[prefix, line] : batch) {
            if (done())
                break;
            if (!m_grep.pattern().isEmpty() && !m_grep.match(line.text).hasMatch())
                continue;
            m_out << prefix.leftJustified(m_width) << "  | ";
            if (m_timestamps)
                m_out << LogLine::formatTimestamp(line.timestampNs) << ' ';
            m_out << line.text << '\n';
            ++m_printed;
        }
        batch.clear();
        m_out.flush();
    }
    bool done() const { return m_maxLines > 0 && m_printed >= m_maxLines; }

private:
    QTextStream &m_out;
    int m_width;
    const QRegularExpression &m_grep;
    bool m_timestamps;
    qint64 m_maxLines;
    qint64 m_printed = 0;
};

} // namespace

int LogsCommand::run(CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the merged, timestamp-ordered logs (stdout and stderr) of the chosen "
                                        "services, all by default, each line prefixed by its container."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")}, tr("Compose file; repeat for several."), tr("FILE"));
    const QCommandLineOption name({QStringLiteral("p"), QStringLiteral("project-name")}, tr("Project name."), tr("NAME"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), tr("Environment file for interpolation."), tr("F"));
    const QCommandLineOption follow(QStringLiteral("follow"), tr("Keep following until interrupted."));
    const QCommandLineOption since(QStringLiteral("since"), tr("Only lines since T: a timestamp or a duration (10m)."), tr("T"));
    const QCommandLineOption grep(QStringLiteral("grep"), tr("Only lines matching this regular expression."), tr("REGEX"));
    const QCommandLineOption timestamps(QStringLiteral("timestamps"), tr("Show each line's timestamp."));
    const QCommandLineOption tail(QStringLiteral("tail"), tr("Only the last N lines of each container."), tr("N"));
    QCommandLineOption maxLines(QStringLiteral("max-lines"), tr("Stop after N printed lines."), tr("N"), QStringLiteral("0"));
    maxLines.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption duration(QStringLiteral("duration"), tr("Stop following after S seconds."), tr("S"), QStringLiteral("0"));
    duration.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, file, name, envFile, follow, since, grep, timestamps, tail, maxLines, duration});
    parser.addPositionalArgument(QStringLiteral("service"), tr("Services to show (default: all)."), tr("[SERVICE ...]"));

    if (!parser.parse(QStringList{QStringLiteral("stackdeck logs")} + io.args)) {
        io.err << "stackdeck logs: " << parser.errorText() << '\n' << tr("Try 'stackdeck logs --help'.") << '\n';
        return ExitErrors;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        io.out << "Usage: stackdeck logs [-f FILE ...] [-p NAME] [SERVICE ...] [--follow] [--since T] [--grep REGEX] "
                  "[--timestamps] [--tail N]\n"
               << text;
        return ExitClean;
    }
    const QRegularExpression pattern(parser.value(grep));
    if (!pattern.isValid()) {
        io.err << "stackdeck logs: " << tr("invalid --grep expression \"%1\": %2 at offset %3.")
                                            .arg(parser.value(grep), pattern.errorString())
                                            .arg(pattern.patternErrorOffset())
               << '\n';
        return ExitErrors;
    }
    int tailLines = -1;
    if (parser.isSet(tail)) {
        bool ok = false;
        tailLines = parser.value(tail).toInt(&ok);
        if (!ok || tailLines < 0) {
            io.err << "stackdeck logs: " << tr("--tail takes a number of lines.") << '\n';
            return ExitErrors;
        }
    }
    qint64 sinceNs = 0;
    if (parser.isSet(since)) {
        sinceNs = LogsSince::parseNs(parser.value(since));
        if (sinceNs < 0) {
            io.err << "stackdeck logs: " << tr("--since takes a timestamp (2026-11-22T10:00:00Z) or a duration (10m).")
                   << '\n';
            return ExitErrors;
        }
    }
    const qint64 lineLimit = parser.value(maxLines).toLongLong();
    const double followSeconds = parser.value(duration).toDouble();

    StatusContext context;
    const Status loaded = context.loadProject(parser.values(file), parser.value(name), parser.values(envFile), io.workingDir);
    if (!loaded) {
        io.err << "stackdeck logs: " << loaded.error().toString() << '\n';
        return ExitErrors;
    }
    const QStringList known = context.serviceNames();
    QStringList chosen = parser.positionalArguments();
    for (const QString &service : std::as_const(chosen)) {
        if (!known.contains(service)) {
            io.err << "stackdeck logs: " << tr("no service \"%1\" in the project (services: %2).").arg(service, known.join(u", "))
                   << '\n';
            return ExitErrors;
        }
    }
    if (chosen.isEmpty())
        chosen = known;

    const EngineState engine = context.connectEngine();
    if (!engine.isConnected()) {
        io.err << "stackdeck logs: " << StatusContext::engineFailureText(engine) << '\n';
        return ExitErrors;
    }
    const Result<QList<ContainerSummary>> listed = context.containers();
    if (!listed) {
        io.err << "stackdeck logs: " << listed.error().toString() << '\n';
        return ExitErrors;
    }
    const ProjectContainers mapped = ProjectContainers::map(*listed, known);

    std::vector<std::unique_ptr<LogSource>> sources;
    int width = 0;
    for (const QString &service : std::as_const(chosen)) {
        for (const ContainerSummary &summary : mapped.services.value(service)) {
            const Result<ContainerInfo> info = context.client->inspect(summary.id);
            if (!info)
                continue;
            auto source = std::unique_ptr<LogSource>(new LogSource{summary.id.toLatin1(),
                                                                   QStringLiteral("%1-%2").arg(service).arg(summary.containerNumber),
                                                                   info->tty, LogDemuxer(info->tty), LogCursor(service, info->name)});
            width = qMax(width, int(source->prefix.size()));
            sources.push_back(std::move(source));
        }
    }

    // History first, one request per container, merged by timestamp.
    const qint64 startNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
    QByteArray query = "stdout=1&stderr=1&timestamps=1";
    if (sinceNs > 0)
        query += "&since=" + LogLine::sinceParameter(sinceNs);
    if (tailLines >= 0)
        query += "&tail=" + QByteArray::number(tailLines);
    LogPrinter printer(io.out, width, pattern, parser.isSet(timestamps), lineLimit);
    std::vector<std::pair<QString, LogLine>> batch;
    auto take = [&batch](LogSource &source, const QList<LogDemuxer::RawLine> &raws) {
        for (const LogDemuxer::RawLine &raw : raws)
            if (std::optional<LogLine> line = source.cursor.accept(raw))
                batch.emplace_back(source.prefix, *line);
    };
    for (const auto &source : sources) {
        const HttpResponse response = context.client->transport().get(
            context.client->apiPath("/containers/" + source->id + "/logs?" + query), 30000);
        if (!response.ok()) {
            io.err << "stackdeck logs: " << tr("%1: %2").arg(source->prefix, response.errorText()) << '\n';
            continue;
        }
        take(*source, source->demuxer.feed(response.body));
        take(*source, source->demuxer.flush());
    }
    printer.print(batch);
    if (!parser.isSet(follow) || printer.done())
        return ExitClean;

    // Follow: each stream resumes just after what was printed; every pump's batch is printed in time order.
    EngineStreamPool pool(context.client->transport());
    int open = 0;
    for (const auto &source : sources) {
        LogSource *s = source.get();
        s->demuxer = LogDemuxer(s->tty); // a fresh body starts on a frame border
        const QByteArray followQuery = s->cursor.lastTimestampNs() > 0
                                           ? s->cursor.query(true, -1)
                                           : "stdout=1&stderr=1&timestamps=1&follow=1&since="
                                                 + LogLine::sinceParameter(qMax(sinceNs, startNs - 1'000'000'000LL));
        ++open;
        s->open = true;
        pool.open(context.client->apiPath("/containers/" + s->id + "/logs?" + followQuery),
                  [s, &take](QByteArrayView chunk) { take(*s, s->demuxer.feed(chunk)); },
                  [s, &take, &open](const EngineState &, long, const QByteArray &) {
                      take(*s, s->demuxer.flush());
                      s->open = false;
                      --open;
                  });
    }
    QElapsedTimer timer;
    timer.start();
    while (open > 0 && !printer.done() && (followSeconds <= 0 || timer.elapsed() < qint64(followSeconds * 1000))) {
        pool.pump(100);
        printer.print(batch);
    }
    pool.closeAll();
    printer.print(batch);
    return ExitClean;
}

} // namespace Stackdeck
