#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stackdeck {

// One row of `GET /containers/json`: enough to map a container onto a compose service.
struct ContainerSummary
{
    QString id;
    QString name;
    QString project;
    QString service;
    int containerNumber = 0;
    bool oneOff = false;
    QString state;   // running, exited, ...
    QString status;  // "Up 3 minutes (healthy)"

    static Result<QList<ContainerSummary>> listFromJson(const QByteArray &json);
};

} // namespace Stackdeck
