#include "models/docker/engineclient.h"

#include "models/docker/dockerlogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
// Engine errors are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EngineClient)
};
} // namespace

EngineClient::EngineClient(EngineEndpoint endpoint)
    : m_transport(std::move(endpoint))
{
}

QString EngineClient::negotiate(const QString &client, const QString &server)
{
    const QVersionNumber c = QVersionNumber::fromString(client);
    const QVersionNumber s = QVersionNumber::fromString(server);
    if (c.segmentCount() < 2 || s.segmentCount() < 2)
        return {};
    return (s < c ? s : c).toString();
}

EngineState EngineClient::connect(int timeoutMs)
{
    m_versionPrefix.clear();
    const HttpResponse ping = m_transport.get("/_ping", timeoutMs);
    if (!ping.delivered()) {
        m_state = ping.transport;
        return m_state;
    }
    EngineState bad;
    bad.kind = EngineState::Kind::BadResponse;
    bad.hint = Tr::tr("Check that DOCKER_HOST (or the docker context) points at a Docker engine");
    if (ping.status != 200 || !ping.body.startsWith("OK")) {
        bad.message = Tr::tr("%1 answered /_ping with HTTP %2, not a Docker engine's \"OK\"")
                          .arg(m_transport.endpoint().describe()).arg(ping.status);
        m_state = bad;
        return m_state;
    }
    const QString clientMax = u"%1.%2"_s.arg(clientMaxMajor).arg(clientMaxMinor);
    const HttpResponse version = m_transport.get("/version", timeoutMs);
    const QJsonObject versionJson = QJsonDocument::fromJson(version.body).object();
    QString serverApi = versionJson.value(u"ApiVersion"_s).toString();
    if (serverApi.isEmpty())
        serverApi = QString::fromLatin1(ping.headers.value("api-version"));
    const QString negotiated = negotiate(clientMax, serverApi);
    if (!version.ok() || negotiated.isEmpty()) {
        bad.message = Tr::tr("%1 did not report a readable API version (/version: %2)")
                          .arg(m_transport.endpoint().describe(), version.errorText());
        m_state = bad;
        return m_state;
    }
    if (QVersionNumber::fromString(negotiated) < QVersionNumber(1, clientMinMinor)) {
        bad.message = Tr::tr("The Docker engine speaks API %1; Stackdeck needs 1.%2 or newer").arg(negotiated).arg(clientMinMinor);
        bad.hint = Tr::tr("Upgrade Docker");
        m_state = bad;
        return m_state;
    }
    m_serverVersion = versionJson.value(u"Version"_s).toString();
    m_versionPrefix = "/v" + negotiated.toLatin1();
    m_state = {};
    m_state.kind = EngineState::Kind::Connected;
    m_state.apiVersion = negotiated;
    m_state.message = Tr::tr("Docker %1 (API %2) at %3").arg(m_serverVersion, negotiated, m_transport.endpoint().describe());
    qCDebug(lcDocker) << m_state.message;
    return m_state;
}

QByteArray EngineClient::apiPath(const QByteArray &path) const
{
    return m_versionPrefix + path;
}

Error EngineClient::errorFrom(const HttpResponse &response, const QString &what) const
{
    if (!response.delivered())
        return Error{response.transport.message, {}, response.transport.hint};
    return Error{u"%1: %2"_s.arg(what, response.errorText()), {}, {}};
}

Result<QList<ContainerSummary>> EngineClient::listProject(const QString &project, int timeoutMs) const
{
    QJsonObject filters;
    filters.insert(u"label"_s, QJsonArray{QString(u"com.docker.compose.project="_s + project)});
    const QByteArray query = "/containers/json?all=1&filters="
        + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    const HttpResponse response = m_transport.get(apiPath(query), timeoutMs);
    if (!response.ok())
        return errorFrom(response, Tr::tr("Listing the containers of project %1").arg(project));
    return ContainerSummary::listFromJson(response.body);
}

Result<ContainerInfo> EngineClient::inspect(const QString &id, int timeoutMs) const
{
    const HttpResponse response = m_transport.get(apiPath("/containers/" + QUrl::toPercentEncoding(id) + "/json"), timeoutMs);
    if (!response.ok())
        return errorFrom(response, Tr::tr("Inspecting container %1").arg(id));
    return ContainerInfo::fromInspectJson(response.body);
}

} // namespace Stackdeck
