#include "models/health/probespec.h"

#include <array>
#include <utility>

namespace Stackdeck {

namespace {
using Kind = ProbeSpec::Kind;
const std::array<std::pair<Kind, const char16_t *>, 9> kKindNames{{
    {Kind::None, u"none"},
    {Kind::Container, u"container"},
    {Kind::Http, u"http"},
    {Kind::Tcp, u"tcp"},
    {Kind::Postgres, u"postgres"},
    {Kind::Redis, u"redis"},
    {Kind::Prometheus, u"prometheus"},
    {Kind::Grafana, u"grafana"},
    {Kind::SparkMaster, u"spark-master"},
}};
} // namespace

QString ProbeSpec::url() const
{
    QString p = path.isEmpty() ? QStringLiteral("/") : path;
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    const QString h = host.contains(u':') ? QString(u'[' + host + u']') : host; // IPv6 literal
    return scheme + u"://" + h + u':' + QString::number(port) + p;
}

QString ProbeSpec::describe() const
{
    QString text = probeKindName(kind);
    if (kind == Kind::None || kind == Kind::Container)
        return text;
    text += u' ' + host + u':' + QString::number(port);
    if (!path.isEmpty())
        text += path;
    return text;
}

QString probeKindName(ProbeSpec::Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("none");
}

bool probeKindFromName(const QString &name, ProbeSpec::Kind *kind)
{
    const QString n = name.trimmed().toLower();
    for (const auto &[k, text] : kKindNames) {
        if (n == QString::fromUtf16(text)) {
            *kind = k;
            return true;
        }
    }
    // Friendly aliases people write in x-stackdeck.
    if (n == u"postgresql" || n == u"pg") {
        *kind = Kind::Postgres;
        return true;
    }
    if (n == u"spark" || n == u"sparkmaster") {
        *kind = Kind::SparkMaster;
        return true;
    }
    if (n == u"healthcheck" || n == u"docker") {
        *kind = Kind::Container;
        return true;
    }
    return false;
}

} // namespace Stackdeck
