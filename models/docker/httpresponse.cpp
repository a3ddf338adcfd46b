#include "models/docker/httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Stackdeck {

QString HttpResponse::errorText() const
{
    if (!delivered())
        return transport.message;
    const QString message = QJsonDocument::fromJson(body).object().value(u"message"_s).toString();
    if (!message.isEmpty())
        return message;
    return u"HTTP %1 from the Docker engine"_s.arg(status);
}

} // namespace Stackdeck
