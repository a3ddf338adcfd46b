#pragma once

#include <QString>
#include <QStringList>

namespace Stackdeck {

// One change to a YAML document: set a scalar at a path, or remove the entry there.
struct DocumentEdit
{
    enum class Action : quint8 { Set, Remove };

    Action action = Action::Set;
    QStringList path;      // map keys and sequence indices, e.g. services, spark-worker, deploy, ...
    QString value;         // the scalar's value (unescaped), for Set
    bool asString = false; // the value must read back as a string (quote it when plain would not)

    static DocumentEdit set(const QStringList &path, const QString &value, bool asString = false);
    static DocumentEdit remove(const QStringList &path);

    // "services.web.image" -> {services, web, image}; "\." keeps a dot inside a key.
    static QStringList splitPath(const QString &dotted);
    static QString joinPath(const QStringList &path);
};

} // namespace Stackdeck
