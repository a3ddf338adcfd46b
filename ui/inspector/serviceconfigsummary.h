#pragma once

#include "models/compose/servicespec.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>



namespace Stackdeck {

// A service's configuration as short label/value lines for the inspector. Environment values never
// appear: only names, and any secret value echoed by a command or healthcheck is masked.
class ServiceConfigSummary final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceConfigSummary)

public:
    struct Line
    {
        QString label;
        QString value;
    };

    // `extraSecrets`: values to mask besides the service's own (the project's .env secrets).
    static QList<Line> lines(const ServiceSpec &spec, const QStringList &extraSecrets = {});

    // Values of `spec`'s environment that must never be shown (passwords, tokens, URL credentials).
    static QStringList secretValues(const ServiceSpec &spec);
    // Every service's secret values plus the interpolation variables (.env, environment) with secret names.
    // Without duplicates, longest first: the order redact() needs.
    static QStringList ordered(QStringList secrets);
    static QStringList projectSecrets(const QList<ServiceSpec> &services, const QMap<QString, QString> &variables);
    // `text` with every secret value replaced by a mask.
    static QString redact(const QString &text, const QStringList &secrets);

    // http://localhost:PORT for a TCP port published on loopback or all interfaces; empty otherwise.
    static QUrl portUrl(const PortSpec &port);
    // "127.0.0.1:9090 → 9090", "53 → 53/udp", "8080 (not published)".
    static QString portText(const PortSpec &port);

    // "pg_isready -U app", "curl -f http://…": a command line as a person would type it.
    static QString commandText(const QStringList &arguments);
    // Long words get break opportunities after / _ - . : so narrow labels wrap instead of clipping.
    static QString breakable(const QString &text);
    // The inverse of breakable(): for copying and comparing.
    static QString unbreakable(const QString &text);
};

} // namespace Stackdeck
