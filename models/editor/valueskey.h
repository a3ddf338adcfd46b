#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// One well-known key of a Spark chart's values, its type and where a form shows it: the one table.
struct ValuesKey
{
    enum class Type : quint8 { Integer, Bool, Memory, Cpu, String, Choice };

    QString key;          // dotted path, "connect.executor.memory"
    QString section;      // group title in the form
    QString label;        // field label
    Type type = Type::String;
    QStringList choices;  // for Choice
    bool optional = false; // shown only when some layer of the chart has the key's parent

    // The common keys of the spark chart (tests/data/helm/spark-chart, charts/spark-4.1), in form order.
    static const QList<ValuesKey> &common();
    // The entry for `key`, or nullptr.
    static const ValuesKey *find(const QString &key);
    // Human name of a type for messages: "a whole number", "a memory quantity such as 4Gi", ...
    static QString typeName(Type type);
};

} // namespace Stackdeck
