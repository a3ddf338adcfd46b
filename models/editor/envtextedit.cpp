#include "models/editor/envtextedit.h"

#include "models/compose/envfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stackdeck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::EnvTextEdit)
};

} // namespace

QByteArray EnvTextEdit::quote(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+,=-]*$"));
    if (plain.match(value).hasMatch())
        return value.toUtf8();
    if (!value.contains(u'\'') && !value.contains(u'\n'))
        return '\'' + value.toUtf8() + '\''; // single quotes: taken literally, no ${} interpolation
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")).replace(u'\n', QLatin1String("\\n"));
    escaped.replace(u'$', QLatin1String("$$"));
    return '"' + escaped.toUtf8() + '"';
}

Result<QByteArray> EnvTextEdit::set(const QByteArray &text, const QString &name, const QString &value)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!validName.match(name).hasMatch())
        return Error{Tr::tr("\"%1\" is not a valid variable name.").arg(name), {},
                     Tr::tr("use letters, digits and _ (not starting with a digit)")};
    const QByteArray br = text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    const QByteArray line = name.toUtf8() + '=' + quote(value);
    QList<QByteArray> lines = text.split('\n');
    const QRegularExpression keyLine(QStringLiteral("^\\s*(export\\s+)?%1\\s*=").arg(QRegularExpression::escape(name)));
    bool replaced = false;
    for (QByteArray &l : lines) {
        if (keyLine.match(QString::fromUtf8(l)).hasMatch()) {
            const bool cr = l.endsWith('\r');
            l = line + (cr ? QByteArray("\r") : QByteArray());
            replaced = true; // later duplicates are replaced too, so the new value wins everywhere
        }
    }
    QByteArray out = lines.join('\n');
    if (!replaced) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += br;
        out += line + br;
    }
    const EnvFile parsed = EnvFile::parse(out, QStringLiteral(".env"), {});
    QString readBack;
    bool found = false;
    for (const EnvFile::Entry &e : parsed.entries) {
        if (e.name == name) {
            readBack = e.value;
            found = true;
        }
    }
    if (!found || readBack != value)
        return Error{Tr::tr("The value of %1 cannot be written to the .env file so that it reads back unchanged.").arg(name),
                     {}, Tr::tr("write it into the .env file by hand")};
    return out;
}

} // namespace Stackdeck
