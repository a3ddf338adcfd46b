#include "models/validate/portmapping.h"

#include "models/validate/rulecontext.h"

namespace Stackdeck {

namespace {

using Rules::Tr;

// "80" or "8000-8010" -> [start, end]; false with a reason when it is not a port or a range.
bool parseRange(const QString &text, int &start, int &end, QString &error)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    const QString first = dash < 0 ? text : text.left(dash);
    const QString last = dash < 0 ? text : text.mid(dash + 1);
    bool ok1 = false, ok2 = false;
    const qint64 a = first.trimmed().toLongLong(&ok1);
    const qint64 b = last.trimmed().toLongLong(&ok2);
    if (!ok1 || !ok2 || first.trimmed().isEmpty()) {
        error = Tr::tr("\"%1\" is not a port number or range").arg(text);
        return false;
    }
    if (a < 1 || b < 1 || a > 65535 || b > 65535) {
        error = Tr::tr("port %1 is outside 1-65535").arg(a < 1 || a > 65535 ? a : b);
        return false;
    }
    if (b < a) {
        error = Tr::tr("port range \"%1\" ends before it starts").arg(text);
        return false;
    }
    start = int(a);
    end = int(b);
    return true;
}

void checkSizes(PortMapping &m, const QString &published, const QString &target)
{
    if (!m.valid() || !m.published())
        return;
    const int publishedSize = m.publishedEnd - m.publishedStart + 1;
    const int targetSize = m.targetEnd - m.targetStart + 1;
    // a published range with a single target lets docker pick one free host port: allowed
    m.rangeMismatch = targetSize > 1 && publishedSize != targetSize;
    if (m.rangeMismatch)
        m.error = Tr::tr("published range %1 has %2 ports but target range %3 has %4")
                      .arg(published).arg(publishedSize).arg(target).arg(targetSize);
}

PortMapping parseShort(PortMapping m, QString text)
{
    if (const qsizetype slash = text.lastIndexOf(QLatin1Char('/')); slash >= 0) {
        m.protocol = text.mid(slash + 1);
        text.truncate(slash);
        if (m.protocol != QLatin1String("tcp") && m.protocol != QLatin1String("udp")
            && m.protocol != QLatin1String("sctp")) {
            m.error = Tr::tr("unknown protocol \"%1\" (use tcp, udp or sctp)").arg(m.protocol);
            return m;
        }
    }
    if (text.startsWith(QLatin1Char('['))) { // [::1]:8080:80
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            m.error = Tr::tr("unclosed IPv6 address in \"%1\"").arg(text);
            return m;
        }
        m.hostIp = text.mid(1, close - 1);
        text = text.mid(close + 2);
        if (!text.contains(QLatin1Char(':'))) {
            m.error = Tr::tr("a host address needs a published port: IP:PUBLISHED:TARGET");
            return m;
        }
    }
    const QStringList parts = text.split(QLatin1Char(':'));
    QString published, target;
    if (parts.size() == 1) {
        target = parts[0];
    } else if (parts.size() == 2) {
        published = parts[0];
        target = parts[1];
    } else if (parts.size() == 3 && m.hostIp.isEmpty()) {
        m.hostIp = parts[0];
        published = parts[1];
        target = parts[2];
    } else {
        m.error = Tr::tr("\"%1\" has too many ':' (use [IPv6]:PUBLISHED:TARGET for IPv6 addresses)").arg(text);
        return m;
    }
    if (!parseRange(target, m.targetStart, m.targetEnd, m.error))
        return m;
    if (!published.isEmpty() && !parseRange(published, m.publishedStart, m.publishedEnd, m.error))
        return m;
    checkSizes(m, published, target);
    return m;
}

PortMapping parseLong(PortMapping m, const YamlNode &entry)
{
    const YamlNodePtr target = entry.get(u"target");
    if (!target || !target->isScalar()) {
        m.error = Tr::tr("a long-syntax port needs target:");
        return m;
    }
    m.hostIp = entry.text(u"host_ip");
    m.protocol = entry.text(u"protocol", QStringLiteral("tcp"));
    if (!parseRange(target->value, m.targetStart, m.targetEnd, m.error)) {
        m.errorNode = target.get();
        m.errorPath = m.path + QStringLiteral(".target");
        return m;
    }
    const YamlNodePtr published = entry.get(u"published");
    if (published && published->isScalar() && !published->value.isEmpty()
        && !parseRange(published->value, m.publishedStart, m.publishedEnd, m.error)) {
        m.errorNode = published.get();
        m.errorPath = m.path + QStringLiteral(".published");
        return m;
    }
    checkSizes(m, published ? published->value : QString(), target->value);
    return m;
}

} // namespace

bool PortMapping::loopbackOnly() const
{
    return hostIp.startsWith(QLatin1String("127.")) || hostIp == QLatin1String("::1")
        || hostIp == QLatin1String("localhost");
}

bool PortMapping::allInterfaces() const
{
    return hostIp.isEmpty() || hostIp == QLatin1String("0.0.0.0") || hostIp == QLatin1String("::");
}

PortMapping PortMapping::parse(const YamlNode &entry, const QString &path)
{
    PortMapping m;
    m.node = &entry;
    m.path = path;
    m.errorNode = &entry;
    m.errorPath = path;
    if (entry.isScalar())
        return parseShort(m, entry.value.trimmed());
    if (entry.isMap())
        return parseLong(m, entry);
    m.error = Tr::tr("a port must be a string such as \"8080:80\" or a mapping with target:");
    return m;
}

QList<PortMapping> PortMapping::parseList(const YamlNode &ports, const QString &path)
{
    QList<PortMapping> result;
    if (!ports.isSequence())
        return result;
    result.reserve(ports.items.size());
    for (qsizetype i = 0; i < ports.items.size(); ++i) {
        const YamlNode *item = ports.items[i].get();
        if (item && (item->isScalar() || item->isMap()) && !Rules::emptyFromVariable(*item))
            result.append(parse(*item, Rules::join(path, i)));
    }
    return result;
}

} // namespace Stackdeck
