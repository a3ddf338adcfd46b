#include "models/core/finding.h"

#include <algorithm>

namespace Stackdeck {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString Finding::toLine() const
{
    QString where = location.toString();
    if (where.isEmpty())
        where = QStringLiteral("<stackdeck>");
    QString line = where + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message;
    if (!ruleId.isEmpty())
        line += QStringLiteral(" [") + ruleId + QLatin1Char(']');
    return line;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

int countSeverity(const Findings &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace Stackdeck
