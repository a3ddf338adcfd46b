#include "models/docker/composetool.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Stackdeck {

QString ComposeTool::describe() const
{
    switch (flavor) {
    case Flavor::V2:
        return prefix.isEmpty() ? u"%1 %2 (v2 standalone)"_s.arg(QFileInfo(program).fileName(), version)
                                : u"docker compose %1 (v2 plugin)"_s.arg(version);
    case Flavor::V1:
        return u"docker-compose %1 (v1)"_s.arg(version);
    case Flavor::None:
        break;
    }
    return u"no compose tool"_s;
}

QStringList ComposeTool::plainOutputOptions() const
{
    // v1 before 1.28 only knows --no-ansi; later v1 and every v2 take --ansi never.
    if (flavor == Flavor::V1 && QVersionNumber::fromString(version) < QVersionNumber(1, 28))
        return {u"--no-ansi"_s};
    return {u"--ansi"_s, u"never"_s};
}

QString ComposeTool::parseVersion(const QString &output)
{
    // "Docker Compose version v2.24.5", "docker-compose version 1.29.2, build unknown", "2.24.5" (--short).
    static const QRegularExpression re(uR"re((?:version\s+)?v?(\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?))re"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QString first = output.trimmed().section(QLatin1Char('\n'), 0, 0);
    if (first.isEmpty())
        return {};
    if (!first.contains(u"version"_s, Qt::CaseInsensitive) && !first.front().isDigit() && !first.startsWith(u'v'))
        return {};
    const auto m = re.match(first);
    return m.hasMatch() ? m.captured(1) : QString();
}

ComposeTool::Flavor ComposeTool::flavorOf(const QString &version)
{
    const QVersionNumber v = QVersionNumber::fromString(version.startsWith(u'v') ? version.mid(1) : version);
    if (v.isNull())
        return Flavor::None;
    return v.majorVersion() >= 2 ? Flavor::V2 : Flavor::V1;
}

} // namespace Stackdeck
