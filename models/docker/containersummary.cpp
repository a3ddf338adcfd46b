#include "models/docker/containersummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Stackdeck {

Result<QList<ContainerSummary>> ContainerSummary::listFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return Error{u"The engine's container list is not a JSON array (%1)"_s.arg(parseError.errorString()), {},
                     u"Check that the engine is a Docker engine"_s};
    QList<ContainerSummary> list;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ContainerSummary summary;
        summary.id = object.value(u"Id"_s).toString();
        if (summary.id.isEmpty())
            continue;
        summary.name = object.value(u"Names"_s).toArray().first().toString();
        if (summary.name.startsWith(u'/'))
            summary.name.remove(0, 1);
        const QJsonObject labels = object.value(u"Labels"_s).toObject();
        summary.project = labels.value(u"com.docker.compose.project"_s).toString();
        summary.service = labels.value(u"com.docker.compose.service"_s).toString();
        summary.containerNumber = labels.value(u"com.docker.compose.container-number"_s).toString().toInt();
        summary.oneOff = labels.value(u"com.docker.compose.oneoff"_s).toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
        summary.state = object.value(u"State"_s).toString();
        summary.status = object.value(u"Status"_s).toString();
        list.append(summary);
    }
    return list;
}

} // namespace Stackdeck
