#include "models/docker/engineendpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

// Engine errors are shown to the user; one context for the runtime and lupdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EngineEndpoint)
};

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QString EngineEndpoint::baseUrl() const
{
    if (kind == Kind::Unix)
        return u"http://localhost"_s;
    return u"http://%1:%2"_s.arg(host).arg(port);
}

QString EngineEndpoint::describe() const
{
    if (kind == Kind::Unix)
        return u"unix://%1 (%2)"_s.arg(socketPath, source);
    return u"tcp://%1:%2 (%3)"_s.arg(host).arg(port).arg(source);
}

Result<EngineEndpoint> EngineEndpoint::parse(const QString &hostUri, const QString &source)
{
    EngineEndpoint endpoint;
    endpoint.source = source;
    if (hostUri.startsWith(u"unix://"_s)) {
        endpoint.kind = Kind::Unix;
        endpoint.socketPath = hostUri.mid(7);
        if (endpoint.socketPath.isEmpty())
            return Error{Tr::tr("Empty unix socket path in \"%1\" (%2)").arg(hostUri, source), {},
                         Tr::tr("Use unix:///var/run/docker.sock")};
        return endpoint;
    }
    if (hostUri.startsWith(u"tcp://"_s)) {
        const QUrl url(u"http://"_s + hostUri.mid(6));
        if (!url.isValid() || url.host().isEmpty())
            return Error{Tr::tr("Cannot read the engine address \"%1\" (%2)").arg(hostUri, source), {},
                         Tr::tr("Use tcp://HOST:PORT")};
        endpoint.kind = Kind::Tcp;
        endpoint.host = url.host();
        endpoint.port = url.port(2375);
        return endpoint;
    }
    return Error{Tr::tr("Unsupported engine address \"%1\" (%2)").arg(hostUri, source), {},
                 Tr::tr("Stackdeck talks to unix:// and tcp:// engines; set DOCKER_HOST accordingly")};
}

Result<EngineEndpoint> EngineEndpoint::resolve(const QProcessEnvironment &env)
{
    const QString dockerHost = env.value(u"DOCKER_HOST"_s);
    if (!dockerHost.isEmpty())
        return parse(dockerHost, u"DOCKER_HOST"_s);

    const QString configDir = env.contains(u"DOCKER_CONFIG"_s)
        ? env.value(u"DOCKER_CONFIG"_s)
        : env.value(u"HOME"_s, QDir::homePath()) + u"/.docker"_s;
    QString context = env.value(u"DOCKER_CONTEXT"_s);
    if (context.isEmpty())
        context = readJsonObject(configDir + u"/config.json"_s).value(u"currentContext"_s).toString();
    if (!context.isEmpty() && context != u"default"_s) {
        // docker stores context metadata under the hex sha256 of the context name.
        const QByteArray digest = QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QString metaPath = configDir + u"/contexts/meta/"_s + QString::fromLatin1(digest) + u"/meta.json"_s;
        const QJsonObject meta = readJsonObject(metaPath);
        const QString host = meta.value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject()
                                 .value(u"Host"_s).toString();
        if (host.isEmpty())
            return Error{Tr::tr("Docker context \"%1\" has no engine address").arg(context), {},
                         Tr::tr("Check %1 or run `docker context use default`").arg(metaPath)};
        return parse(host, Tr::tr("context %1").arg(context));
    }

    EngineEndpoint endpoint;
    endpoint.socketPath = u"/var/run/docker.sock"_s;
    endpoint.source = u"default"_s;
    return endpoint;
}

} // namespace Stackdeck
