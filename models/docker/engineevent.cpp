#include "models/docker/engineevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stackdeck {

Result<EngineEvent> EngineEvent::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"An engine event is not a JSON object (%1)"_s.arg(parseError.errorString()), {}, {}};
    const QJsonObject root = document.object();
    EngineEvent event;
    event.type = root.value(u"Type"_s).toString();
    event.action = root.value(u"Action"_s).toString();
    const QJsonObject actor = root.value(u"Actor"_s).toObject();
    event.id = actor.value(u"ID"_s).toString();
    if (event.id.isEmpty())
        event.id = root.value(u"id"_s).toString();
    const QJsonObject attributes = actor.value(u"Attributes"_s).toObject();
    event.name = attributes.value(u"name"_s).toString();
    event.project = attributes.value(u"com.docker.compose.project"_s).toString();
    event.service = attributes.value(u"com.docker.compose.service"_s).toString();
    event.timeNs = qint64(root.value(u"timeNano"_s).toDouble());
    if (event.timeNs == 0)
        event.timeNs = qint64(root.value(u"time"_s).toDouble()) * 1000000000LL;
    if (attributes.contains(u"exitCode"_s))
        event.exitCode = attributes.value(u"exitCode"_s).toString().toInt();

    // Actions with arguments ("health_status: healthy", "exec_start: sh") keep the verb before ':'.
    const QString verb = event.action.section(u':', 0, 0).trimmed();
    static const QHash<QString, Kind> kinds = {
        {u"create"_s, Kind::Create}, {u"start"_s, Kind::Start}, {u"die"_s, Kind::Die},
        {u"health_status"_s, Kind::HealthStatus}, {u"oom"_s, Kind::Oom}, {u"destroy"_s, Kind::Destroy},
        {u"stop"_s, Kind::Stop}, {u"kill"_s, Kind::Kill}, {u"restart"_s, Kind::Restart},
        {u"pause"_s, Kind::Pause}, {u"unpause"_s, Kind::Unpause},
    };
    event.kind = kinds.value(verb, Kind::Other);
    if (event.kind == Kind::HealthStatus)
        event.health = event.action.section(u':', 1).trimmed();
    return event;
}

QByteArray EngineEvent::queryForProject(const QString &project, qint64 sinceSeconds)
{
    QJsonObject filters;
    filters.insert(u"type"_s, QJsonArray{u"container"_s});
    filters.insert(u"label"_s, QJsonArray{QString(u"com.docker.compose.project="_s + project)});
    QByteArray query = "filters=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    if (sinceSeconds > 0)
        query += "&since=" + QByteArray::number(sinceSeconds);
    return query;
}

} // namespace Stackdeck
