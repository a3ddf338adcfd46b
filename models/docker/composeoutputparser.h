#pragma once

#include "models/docker/composeprogress.h"
#include "models/docker/composetool.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace Stackdeck {

// Turns compose's progress lines (v1 "Creating proj_web_1 ... done", v2 " ✔ Container proj-web-1  Started")
// into per-service events. Stateful: an error line is attributed to the action last seen for that service.
class ComposeOutputParser final
{
public:
    ComposeOutputParser(ComposeTool::Flavor flavor, const QString &projectName);

    // The event a line reports, or nothing for other lines (layer progress, tracebacks, summaries, blanks).
    std::optional<ComposeProgress> parseLine(QStringView line);
    // Service a container name belongs to ("proj_web_1" / "proj-web-1" -> "web"); the name when it doesn't match.
    QString serviceOf(const QString &name) const;
    // "Creating"/"Created"/"Recreate" -> "create"/"create"/"recreate"; lower-cased word when unknown.
    static QString normaliseAction(QStringView word);

private:
    std::optional<ComposeProgress> parseV1(const QString &line);
    std::optional<ComposeProgress> parseV2(const QString &line);
    ComposeProgress remember(ComposeProgress event);

    ComposeTool::Flavor m_flavor;
    QString m_project;
    QHash<QString, QString> m_lastAction; // service -> last action seen
    QString m_lastFailed;                 // v2: service of the last error event without a message
};

} // namespace Stackdeck
