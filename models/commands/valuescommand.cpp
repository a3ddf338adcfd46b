#include "models/commands/valuescommand.h"

#include "models/core/finding.h"
#include "models/helm/valuesemitter.h"
#include "models/helm/valuesstack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Stackdeck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackdeck::ValuesCommand", text);
}

} // namespace

int ValuesCommand::run(CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the effective Helm values of a chart: values.yaml, then one environment, then presets in the order "
           "given (maps merge, lists and scalars replace, null deletes). With --explain, prints one key's value, the "
           "layer that set it and the values it overrode."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption chart(QStringLiteral("chart"), tr("Chart folder holding values.yaml (default: the current folder)."),
                                   tr("DIR"));
    const QCommandLineOption env(QStringLiteral("env"), tr("Environment: environments/ENV/values.yaml (dev, staging, prod)."),
                                 tr("ENV"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("Preset presets/P.yaml or presets/P-values.yaml; repeat for several, applied in order."),
                                    tr("P"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     tr("Explain one key, e.g. connect.executor.memory or a.b[0]; may be repeated."), tr("KEY"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: yaml or json (default yaml)."), tr("FORMAT"),
                                    QStringLiteral("yaml"));
    parser.addOptions({help, chart, env, preset, explain, format});

    if (!parser.parse(QStringList{QStringLiteral("stackdeck values")} + io.args)) {
        io.err << "stackdeck values: " << parser.errorText() << '\n' << tr("Try 'stackdeck values --help'.") << '\n';
        return ExitErrors;
    }
    if (parser.isSet(help)) {
        // helpText() names the running binary; the first line is replaced by the command's own usage.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        io.out << "Usage: stackdeck values [--chart DIR] [--env ENV] [--preset P ...] [--explain KEY] [--format yaml|json]\n"
               << text;
        return ExitClean;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "stackdeck values: " << tr("unexpected argument \"%1\"; keys go after --explain.")
                                                 .arg(parser.positionalArguments().constFirst())
               << '\n';
        return ExitErrors;
    }
    const QString outputFormat = parser.value(format).toLower();
    if (outputFormat != u"yaml" && outputFormat != u"json") {
        io.err << "stackdeck values: " << tr("unknown format \"%1\"; use yaml or json.").arg(parser.value(format)) << '\n';
        return ExitErrors;
    }
    if (parser.values(env).size() > 1) {
        io.err << "stackdeck values: " << tr("give --env once; a release has one environment.") << '\n';
        return ExitErrors;
    }

    const QString chartDir = QDir(io.workingDir).absoluteFilePath(parser.isSet(chart) ? parser.value(chart) : QStringLiteral("."));
    const Result<ValuesStack> stack = ValuesStack::loadChart(QDir::cleanPath(chartDir), parser.value(env), parser.values(preset));
    if (!stack) {
        io.err << "stackdeck values: " << stack.error().toString() << '\n';
        return ExitErrors;
    }

    const bool json = outputFormat == u"json";
    const QStringList keys = parser.values(explain);
    if (keys.isEmpty()) {
        io.out << (json ? ValuesEmitter::toJson(stack->effective()) : ValuesEmitter::toYaml(stack->effective()));
    } else {
        QStringList objects;
        for (const QString &key : keys) {
            const ValueExplanation answer = stack->explain(key);
            if (json)
                objects.append(answer.toJson().trimmed());
            else
                io.out << answer.toText();
        }
        if (json)
            io.out << (objects.size() == 1 ? objects.constFirst()
                                           : QStringLiteral("[\n") + objects.join(QStringLiteral(",\n")) + QStringLiteral("\n]"))
                   << '\n';
    }

    // Problems inside the files (duplicate keys, bad merge keys) go to stderr; errors fail the run.
    const Findings findings = stack->findings();
    for (const Finding &f : findings)
        io.err << f.toLine() << '\n';
    io.out.flush();
    io.err.flush();
    return hasErrors(findings) ? ExitErrors : ExitClean;
}

} // namespace Stackdeck
