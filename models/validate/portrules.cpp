#include "models/validate/portrules.h"

#include "models/validate/portmapping.h"

#include <algorithm>
#include <tuple>

namespace Stackdeck {

namespace {

using Rules::join;
using Rules::Tr;

struct Published
{
    PortMapping mapping;
    QString service;
};

bool sameAddress(const PortMapping &a, const PortMapping &b)
{
    return a.hostIp == b.hostIp || a.allInterfaces() || b.allInterfaces();
}

QString describe(const PortMapping &m)
{
    QString ports = QString::number(m.publishedStart);
    if (m.publishedEnd != m.publishedStart)
        ports += QLatin1Char('-') + QString::number(m.publishedEnd);
    return ports + QLatin1Char('/') + m.protocol;
}

bool earlier(const SourceLocation &a, const SourceLocation &b)
{
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

} // namespace

void PortRules::check(const RuleContext &context)
{
    const YamlNode *services = context.services();
    if (!services)
        return;
    QList<Published> published;
    for (const YamlPair &pair : services->pairs) {
        if (!pair.key || !pair.value || !pair.value->isMap())
            continue;
        const QString &name = pair.key->value;
        const YamlNodePtr ports = pair.value->get(u"ports");
        if (!ports)
            continue;
        const QString servicePath = join(QStringLiteral("services"), name);
        qint64 replicas = 1;
        if (const YamlNodePtr deploy = pair.value->get(u"deploy"); deploy && deploy->isMap())
            replicas = deploy->text(u"replicas", QStringLiteral("1")).toLongLong();
        for (const PortMapping &m : PortMapping::parseList(*ports, join(servicePath, QStringLiteral("ports")))) {
            if (!m.valid()) {
                context.add(Severity::Error, m.errorNode->location, m.errorPath,
                            m.rangeMismatch ? QStringLiteral("ports.range-mismatch") : QStringLiteral("ports.invalid"),
                            m.error,
                            m.rangeMismatch ? Tr::tr("make the published and target ranges the same size")
                                            : Tr::tr("write PUBLISHED:TARGET with ports 1-65535, e.g. \"8080:80\""));
                continue;
            }
            if (!m.published() || m.flexible())
                continue;
            if (replicas > 1)
                context.add(Severity::Error, m.node->location, m.path, QStringLiteral("ports.duplicate"),
                            Tr::tr("service \"%1\" runs %2 replicas, but only one can publish host port %3")
                                .arg(name).arg(replicas).arg(describe(m)),
                            Tr::tr("publish a range (\"8000-8010:%1\") or drop the published port and use a proxy")
                                .arg(m.targetStart));
            published.append({m, name});
        }
    }
    // Sweep by start port: every overlapping pair has the later start inside the earlier range.
    std::sort(published.begin(), published.end(), [](const Published &a, const Published &b) {
        return a.mapping.publishedStart < b.mapping.publishedStart;
    });
    for (qsizetype i = 0; i < published.size(); ++i) {
        const PortMapping &a = published[i].mapping;
        for (qsizetype j = i + 1; j < published.size() && published[j].mapping.publishedStart <= a.publishedEnd; ++j) {
            const PortMapping &b = published[j].mapping;
            if (a.protocol != b.protocol || !sameAddress(a, b))
                continue;
            const bool aFirst = earlier(a.node->location, b.node->location);
            const Published &first = aFirst ? published[i] : published[j];
            const Published &second = aFirst ? published[j] : published[i];
            context.add(Severity::Error, second.mapping.node->location, second.mapping.path,
                        QStringLiteral("ports.duplicate"),
                        Tr::tr("host port %1 is already published by service \"%2\" (%3)")
                            .arg(describe(second.mapping), first.service, first.mapping.node->location.toString()),
                        Tr::tr("choose another host port, e.g. \"%1:%2\"")
                            .arg(std::max(a.publishedEnd, b.publishedEnd) + 1).arg(second.mapping.targetStart));
        }
    }
}

} // namespace Stackdeck
