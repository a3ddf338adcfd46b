#include "ui/inspector/serviceconfigsummary.h"

#include "models/core/secretname.h"

#include <QRegularExpression>

#include <algorithm>

namespace Stackdeck {
namespace {

constexpr QChar zeroWidthSpace(0x200B);

QString conditionText(const Dependency &d)
{
    QString text;
    if (d.condition == u"service_healthy")
        text = ServiceConfigSummary::tr("%1 (healthy)").arg(d.service);
    else if (d.condition == u"service_completed_successfully")
        text = ServiceConfigSummary::tr("%1 (completed)").arg(d.service);
    else
        text = ServiceConfigSummary::tr("%1 (started)").arg(d.service);
    if (!d.required)
        text += ServiceConfigSummary::tr(", optional");
    return text;
}

// "limit 2 · reserved 1", or "no limit".
QString resourceText(const QString &limit, const QString &reserved)
{
    QStringList parts;
    if (!limit.isEmpty())
        parts << ServiceConfigSummary::tr("limit %1").arg(limit);
    if (!reserved.isEmpty())
        parts << ServiceConfigSummary::tr("reserved %1").arg(reserved);
    return parts.isEmpty() ? ServiceConfigSummary::tr("no limit") : parts.join(QStringLiteral(" · "));
}

QString healthcheckText(const Healthcheck &h)
{
    if (h.disabled)
        return ServiceConfigSummary::tr("disabled");
    QStringList test = h.test;
    QString command;
    if (!test.isEmpty() && test.first() == u"CMD-SHELL")
        command = test.mid(1).join(u' ');
    else if (!test.isEmpty() && test.first() == u"CMD")
        command = ServiceConfigSummary::commandText(test.mid(1));
    else
        command = ServiceConfigSummary::commandText(test);
    QStringList timing;
    if (!h.interval.isEmpty())
        timing << ServiceConfigSummary::tr("every %1").arg(h.interval);
    if (!h.timeout.isEmpty())
        timing << ServiceConfigSummary::tr("timeout %1").arg(h.timeout);
    if (h.retries)
        timing << ServiceConfigSummary::tr("%1 retries").arg(*h.retries);
    if (!h.startPeriod.isEmpty())
        timing << ServiceConfigSummary::tr("start period %1").arg(h.startPeriod);
    if (timing.isEmpty())
        return command;
    return command + u'\n' + timing.join(QStringLiteral(" · "));
}

} // namespace

QList<ServiceConfigSummary::Line> ServiceConfigSummary::lines(const ServiceSpec &spec, const QStringList &extraSecrets)
{
    QList<Line> out;
    QString image = spec.image;
    if (!spec.buildContext.isEmpty())
        image = image.isEmpty() ? tr("built from %1").arg(spec.buildContext)
                                : tr("%1 (built from %2)").arg(image, spec.buildContext);
    out.append({tr("Image"), image.isEmpty() ? tr("none") : image});
    if (!spec.entrypoint.isEmpty())
        out.append({tr("Entrypoint"), commandText(spec.entrypoint)});
    out.append({tr("Command"), spec.command.isEmpty() ? tr("image default") : commandText(spec.command)});
    out.append({tr("Restart"), spec.restart.isEmpty() ? tr("no (default)") : spec.restart});
    out.append({tr("Replicas"), QString::number(spec.replicas.value_or(1))});
    out.append({tr("CPU"), resourceText(spec.limits.cpus.isEmpty() ? spec.cpusLegacy : spec.limits.cpus,
                                        spec.reservations.cpus)});
    out.append({tr("Memory"), resourceText(spec.limits.memory.isEmpty() ? spec.memLimit : spec.limits.memory,
                                           spec.reservations.memory)});
    QStringList deps;
    for (const Dependency &d : spec.dependsOn)
        deps << conditionText(d);
    out.append({tr("Depends on"), deps.isEmpty() ? tr("nothing") : deps.join(QStringLiteral(", "))});
    out.append({tr("Networks"), spec.networks.isEmpty() ? tr("default") : spec.networks.join(QStringLiteral(", "))});
    QStringList targets;
    for (const VolumeMount &v : spec.volumes)
        targets << (v.readOnly ? tr("%1 (read-only)").arg(v.target) : v.target);
    out.append({tr("Volumes"), targets.isEmpty() ? tr("none") : targets.join(u'\n')});
    QStringList names;
    for (const EnvVar &e : spec.environment)
        names << e.name;
    out.append({tr("Environment"), names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))});
    out.append({tr("Healthcheck"), spec.healthcheck ? healthcheckText(*spec.healthcheck) : tr("none")});

    const QStringList secrets = ordered(secretValues(spec) + extraSecrets);
    for (Line &line : out)
        line.value = redact(line.value, secrets);
    return out;
}

QStringList ServiceConfigSummary::secretValues(const ServiceSpec &spec)
{
    static const QRegularExpression urlPassword(QStringLiteral("://[^/:@\\s]*:([^@\\s]+)@"));
    QStringList secrets;
    for (const EnvVar &e : spec.environment) {
        if (!e.hasValue || e.value.size() < 3)
            continue;
        if (isSecretName(e.name))
            secrets << e.value;
        const QRegularExpressionMatch m = urlPassword.match(e.value);
        if (m.hasMatch()) {
            secrets << e.value;
            if (m.capturedLength(1) >= 3)
                secrets << m.captured(1);
        }
    }
    return ordered(secrets);
}

QStringList ServiceConfigSummary::projectSecrets(const QList<ServiceSpec> &services, const QMap<QString, QString> &variables)
{
    QStringList secrets;
    for (const ServiceSpec &spec : services)
        secrets += secretValues(spec);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.value().size() >= 3 && isSecretName(it.key()))
            secrets << it.value();
    }
    return ordered(secrets);
}


QStringList ServiceConfigSummary::ordered(QStringList secrets)
{
    secrets.removeDuplicates();
    // Longest first, so a URL is masked whole before the password inside it.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

QString ServiceConfigSummary::redact(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &s : secrets)
        out.replace(s, QStringLiteral("••••••"));
    return out;
}

QUrl ServiceConfigSummary::portUrl(const PortSpec &port)
{
    static const QStringList local{QString(), QStringLiteral("0.0.0.0"), QStringLiteral("::"), QStringLiteral("[::]"),
                                   QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1")};
    if (!port.protocol.isEmpty() && port.protocol != u"tcp")
        return {};
    bool ok = false;
    const int number = port.published.toInt(&ok);
    if (!ok || number <= 0 || number > 65535 || !local.contains(port.hostIp))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(number);
    return url;
}

QString ServiceConfigSummary::portText(const PortSpec &port)
{
    QString target = port.target;
    if (!port.protocol.isEmpty() && port.protocol != u"tcp")
        target += u'/' + port.protocol;
    if (port.published.isEmpty())
        return tr("%1 (not published)").arg(target);
    QString host;
    if (!port.hostIp.isEmpty())
        host = (port.hostIp.contains(u':') && !port.hostIp.startsWith(u'[') ? u'[' + port.hostIp + u']' : port.hostIp) + u':';
    return tr("%1%2 → %3").arg(host, port.published, target);
}

QString ServiceConfigSummary::commandText(const QStringList &arguments)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\\s'\"\\\\$`|&;<>()*?#~]"));
    QStringList out;
    for (const QString &a : arguments) {
        if (!a.isEmpty() && !needsQuotes.match(a).hasMatch())
            out << a;
        else
            out << u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    }
    return out.join(u' ');
}

QString ServiceConfigSummary::breakable(const QString &text)
{
    static const QString after = QStringLiteral("/_-.:=@,&?");
    QString out;
    out.reserve(text.size() + text.size() / 4);
    int run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        // Only inside long words: short ones wrap at spaces and copy cleanly.
        if (run >= 8 && after.contains(c) && i + 1 < text.size() && !text.at(i + 1).isSpace())
            out += zeroWidthSpace;
    }
    return out;
}

QString ServiceConfigSummary::unbreakable(const QString &text)
{
    QString out = text;
    out.remove(zeroWidthSpace);
    return out;
}

} // namespace Stackdeck
