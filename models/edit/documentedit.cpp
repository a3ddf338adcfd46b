#include "models/edit/documentedit.h"

namespace Stackdeck {

DocumentEdit DocumentEdit::set(const QStringList &path, const QString &value, bool asString)
{
    DocumentEdit e;
    e.action = Action::Set;
    e.path = path;
    e.value = value;
    e.asString = asString;
    return e;
}

DocumentEdit DocumentEdit::remove(const QStringList &path)
{
    DocumentEdit e;
    e.action = Action::Remove;
    e.path = path;
    return e;
}

QStringList DocumentEdit::splitPath(const QString &dotted)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < dotted.size(); ++i) {
        const QChar c = dotted.at(i);
        if (c == QLatin1Char('\\') && i + 1 < dotted.size() && dotted.at(i + 1) == QLatin1Char('.')) {
            current += QLatin1Char('.');
            ++i;
        } else if (c == QLatin1Char('.')) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString DocumentEdit::joinPath(const QStringList &path)
{
    QStringList escaped;
    escaped.reserve(path.size());
    for (const QString &part : path) {
        QString p = part;
        escaped.append(p.replace(QLatin1Char('.'), QStringLiteral("\\.")));
    }
    return escaped.join(QLatin1Char('.'));
}

} // namespace Stackdeck
