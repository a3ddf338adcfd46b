#include "models/commands/statuscommand.h"

#include "models/commands/statuscontext.h"
#include "models/commands/statussampler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Stackdeck {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::StatusCommand)
};

QString bytes(qint64 value)
{
    if (value >= 1024LL * 1024 * 1024)
        return QString::number(double(value) / (1024.0 * 1024 * 1024), 'f', 2) + QStringLiteral(" GiB");
    if (value >= 1024LL * 1024)
        return QString::number(double(value) / (1024.0 * 1024), 'f', 1) + QStringLiteral(" MiB");
    return QString::number(double(value) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
}

int exitFor(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
    case HealthState::Unknown: // no news is not bad news (running, no health check)
        return ExitClean;
    case HealthState::Degraded:
        return ExitWarnings;
    case HealthState::Unhealthy:
    case HealthState::Down:
        return ExitErrors;
    }
    return ExitErrors;
}

QJsonObject toJson(const QString &project, const StackStatus &status)
{
    QJsonArray services;
    for (const ServiceStatus &row : status.services) {
        const ServiceHealth *health = status.health.find(row.service);
        QJsonObject o{{QStringLiteral("service"), row.service},
                      {QStringLiteral("state"), row.state},
                      {QStringLiteral("containers"), row.containers},
                      {QStringLiteral("running"), row.running},
                      {QStringLiteral("restarts"), row.restarts},
                      {QStringLiteral("probe"), row.probe},
                      {QStringLiteral("memoryUsed"), double(row.memoryUsed)},
                      {QStringLiteral("memoryLimit"), row.memoryLimit > 0 ? QJsonValue(double(row.memoryLimit)) : QJsonValue()}};
        o.insert(QStringLiteral("cpuPercent"), row.hasCpu ? QJsonValue(row.cpuPercent) : QJsonValue());
        if (health) {
            o.insert(QStringLiteral("health"), healthStateName(health->result.state));
            o.insert(QStringLiteral("message"), health->result.message);
            o.insert(QStringLiteral("cause"), health->cause);
            o.insert(QStringLiteral("causeHint"), health->causeHint);
        }
        services.append(o);
    }
    return {{QStringLiteral("project"), project},
            {QStringLiteral("health"), healthStateName(status.health.state)},
            {QStringLiteral("summary"), status.health.summary},
            {QStringLiteral("exitStatus"), exitFor(status.health.state)},
            {QStringLiteral("services"), services}};
}

void printText(QTextStream &out, const QString &project, const StackStatus &status)
{
    int width = 7;
    for (const ServiceStatus &row : status.services)
        width = qMax(width, int(row.service.size()));
    out << Tr::tr("Project %1").arg(project) << '\n';
    out << QStringLiteral("SERVICE").leftJustified(width + 2) << QStringLiteral("STATE").leftJustified(16)
        << QStringLiteral("HEALTH").leftJustified(11) << QStringLiteral("CPU").rightJustified(8) << "  "
        << QStringLiteral("MEMORY").leftJustified(24) << QStringLiteral("RESTARTS").rightJustified(8) << "  MESSAGE\n";
    for (const ServiceStatus &row : status.services) {
        const ServiceHealth *health = status.health.find(row.service);
        const QString cpu = row.hasCpu ? QString::number(row.cpuPercent, 'f', 1) + u'%' : QStringLiteral("-");
        const QString memory = row.running == 0 ? QStringLiteral("-")
                                                : bytes(row.memoryUsed) + QStringLiteral(" / ")
                                                      + (row.memoryLimit > 0 ? bytes(row.memoryLimit) : Tr::tr("no limit"));
        QString message = health ? health->result.message : QString();
        if (health && !health->causeHint.isEmpty())
            message += u' ' + health->causeHint;
        out << row.service.leftJustified(width + 2) << row.state.leftJustified(16)
            << (health ? healthStateName(health->result.state) : QString()).leftJustified(11) << cpu.rightJustified(8)
            << "  " << memory.leftJustified(24) << QString::number(row.restarts).rightJustified(8) << "  " << message << '\n';
    }
    out << Tr::tr("Stack: %1 — %2").arg(healthStateName(status.health.state), status.health.summary) << '\n';
}

} // namespace

int StatusCommand::run(CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints every service's state, health (with the probe's message), CPU, memory against its limit and "
           "restarts, then the stack's health. Exit status: 0 all healthy, 1 something degraded, 2 something down "
           "or the engine unreachable."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")}, Tr::tr("Compose file; repeat for several."), Tr::tr("FILE"));
    const QCommandLineOption name({QStringLiteral("p"), QStringLiteral("project-name")}, Tr::tr("Project name."), Tr::tr("NAME"));
    const QCommandLineOption envFile(QStringLiteral("env-file"), Tr::tr("Environment file for interpolation."), Tr::tr("F"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: text or json (default text)."), Tr::tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption watch(QStringLiteral("watch"), Tr::tr("Repeat until interrupted."));
    const QCommandLineOption interval(QStringLiteral("interval"), Tr::tr("Seconds between rounds with --watch (default 2)."),
                                      Tr::tr("S"), QStringLiteral("2"));
    QCommandLineOption rounds(QStringLiteral("rounds"), Tr::tr("Stop --watch after N rounds."), Tr::tr("N"), QStringLiteral("0"));
    rounds.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, file, name, envFile, format, watch, interval, rounds});

    if (!parser.parse(QStringList{QStringLiteral("stackdeck status")} + io.args)) {
        io.err << "stackdeck status: " << parser.errorText() << '\n' << Tr::tr("Try 'stackdeck status --help'.") << '\n';
        return ExitErrors;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        io.out << "Usage: stackdeck status [-f FILE ...] [-p NAME] [--env-file F] [--format text|json] [--watch] [--interval S]\n"
               << text;
        return ExitClean;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "stackdeck status: " << Tr::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << '\n';
        return ExitErrors;
    }
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != u"text" && outputFormat != u"json") {
        io.err << "stackdeck status: " << Tr::tr("unknown format \"%1\"; use text or json.").arg(parser.value(format)) << '\n';
        return ExitErrors;
    }
    bool ok = false;
    const double seconds = parser.value(interval).toDouble(&ok);
    if (!ok || seconds < 0.1) {
        io.err << "stackdeck status: " << Tr::tr("--interval takes seconds (at least 0.1).") << '\n';
        return ExitErrors;
    }
    const int maxRounds = parser.value(rounds).toInt();
    const bool json = outputFormat == u"json";

    StatusContext context;
    const Status loaded = context.loadProject(parser.values(file), parser.value(name), parser.values(envFile), io.workingDir);
    if (!loaded) {
        io.err << "stackdeck status: " << loaded.error().toString() << '\n';
        return ExitErrors;
    }

    int status = ExitErrors;
    for (int round = 1;; ++round) {
        const EngineState engine = context.connectEngine();
        if (!engine.isConnected()) {
            io.err << "stackdeck status: " << StatusContext::engineFailureText(engine) << '\n';
            if (json)
                io.out << QJsonDocument(QJsonObject{{QStringLiteral("project"), context.project.name},
                                                    {QStringLiteral("health"), QStringLiteral("down")},
                                                    {QStringLiteral("engine"), EngineState::kindName(engine.kind)},
                                                    {QStringLiteral("message"), engine.message},
                                                    {QStringLiteral("hint"), engine.hint},
                                                    {QStringLiteral("exitStatus"), int(ExitErrors)}})
                              .toJson(QJsonDocument::Compact)
                       << '\n';
            status = ExitErrors;
        } else {
            const Result<StackStatus> sampled = StatusSampler::sample(context);
            if (!sampled) {
                io.err << "stackdeck status: " << sampled.error().toString() << '\n';
                status = ExitErrors;
            } else {
                status = exitFor(sampled->health.state);
                if (json)
                    io.out << QJsonDocument(toJson(context.project.name, *sampled)).toJson(QJsonDocument::Compact) << '\n';
                else
                    printText(io.out, context.project.name, *sampled);
            }
        }
        io.out.flush();
        io.err.flush();
        if (!parser.isSet(watch) || (maxRounds > 0 && round >= maxRounds))
            break;
        if (!json)
            io.out << '\n';
        QThread::msleep(static_cast<unsigned long>(seconds * 1000));
    }
    return status;
}

} // namespace Stackdeck
