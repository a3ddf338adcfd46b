#pragma once

#include "models/docker/containerinfo.h"
#include "models/docker/containersummary.h"
#include "models/docker/engineendpoint.h"
#include "models/docker/enginestate.h"
#include "models/docker/enginetransport.h"

#include <QList>

namespace Stackdeck {

// Blocking Docker Engine API calls (ping/version negotiation, list, inspect); use off the GUI thread.
class EngineClient final
{
public:
    static constexpr int clientMaxMajor = 1;
    static constexpr int clientMaxMinor = 43; // newest API version whose fields this client reads
    static constexpr int clientMinMinor = 24;

    explicit EngineClient(EngineEndpoint endpoint);

    // /_ping then /version; sets state() and the negotiated API version.
    EngineState connect(int timeoutMs = 5000);
    const EngineState &state() const { return m_state; }
    const EngineTransport &transport() const { return m_transport; }
    QString serverVersion() const { return m_serverVersion; }

    // "/v1.41" + path once negotiated (plain path before).
    QByteArray apiPath(const QByteArray &path) const;

    Result<QList<ContainerSummary>> listProject(const QString &project, int timeoutMs = 10000) const;
    Result<ContainerInfo> inspect(const QString &id, int timeoutMs = 10000) const;

    // "1.41" vs "1.43" → the lower one; empty when either is unreadable.
    static QString negotiate(const QString &client, const QString &server);

private:
    Error errorFrom(const HttpResponse &response, const QString &what) const;

    EngineTransport m_transport;
    EngineState m_state;
    QByteArray m_versionPrefix;
    QString m_serverVersion;
};

} // namespace Stackdeck
