#include "models/compose/envfile.h"

#include <QRegularExpression>

#include "models/compose/interpolator.h"

#include <QCoreApplication>

namespace Stackdeck {
namespace {

// User-facing text goes through Qt's translation system.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ComposeLoader)
};

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

// Resolves \n, \t, \", \\ and \$ in a double-quoted value.
QString unescapeDouble(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size()) {
            const QChar n = s[++i];
            if (n == u'n')
                out += u'\n';
            else if (n == u't')
                out += u'\t';
            else if (n == u'r')
                out += u'\r';
            else if (n == u'"' || n == u'\\' || n == u'$' || n == u'\'')
                out += n;
            else
                out += u'\\' + QString(n);
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

EnvFile EnvFile::parse(const QByteArray &text, const QString &fileName, const QHash<QString, QString> &environment)
{
    EnvFile result;
    QHash<QString, QString> scope = environment;
    const QString s = QString::fromUtf8(text);
    const qsizetype n = s.size();
    qsizetype pos = 0;
    int line = 1;
    auto error = [&](int atLine, int column, const QString &message) {
        result.findings.append(Finding{Severity::Error, SourceLocation{fileName, atLine, column, -1}, QString(),
                                       QStringLiteral("env-file.syntax"), message,
                                       Tr::tr("write one NAME=value per line; quote values with spaces or '#'")});
    };
    while (pos < n) {
        qsizetype end = s.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        const int lineNo = line;
        const qsizetype lineStart = pos;
        qsizetype i = pos;
        while (i < end && (s[i] == u' ' || s[i] == u'\t'))
            ++i;
        if (i >= end || s[i] == u'#' || (s[i] == u'\r' && i + 1 == end)) {
            pos = end + 1;
            ++line;
            continue;
        }
        if (s.mid(i, 7) == QLatin1String("export ")) {
            i += 7;
            while (i < end && s[i] == u' ')
                ++i;
        }
        const qsizetype keyStart = i;
        while (i < end && isKeyChar(s[i]))
            ++i;
        const QString key = s.mid(keyStart, i - keyStart);
        while (i < end && (s[i] == u' ' || s[i] == u'\t'))
            ++i;
        const SourceLocation where{fileName, lineNo, int(keyStart - lineStart) + 1, -1};
        if (key.isEmpty() || (i < end && s[i] != u'=' && s[i] != u'\r')) {
            error(lineNo, int(i - lineStart) + 1, Tr::tr("Unexpected character in .env line: expected NAME=value."));
            pos = end + 1;
            ++line;
            continue;
        }
        if (i >= end || s[i] == u'\r') { // "NAME" alone takes the value from the environment
            if (environment.contains(key))
                result.entries.append(Entry{key, environment.value(key), where});
            pos = end + 1;
            ++line;
            continue;
        }
        ++i; // '='
        while (i < end && (s[i] == u' ' || s[i] == u'\t'))
            ++i;
        QString value;
        bool interpolate = true;
        qsizetype next = end + 1;
        int nextLine = line + 1;
        if (i < n && (s[i] == u'\'' || s[i] == u'"')) {
            const QChar quote = s[i];
            qsizetype j = i + 1;
            while (j < n && s[j] != quote) {
                if (quote == u'"' && s[j] == u'\\')
                    ++j;
                ++j;
            }
            if (j >= n) {
                error(lineNo, int(i - lineStart) + 1, Tr::tr("The quoted value of %1 is never closed.").arg(key));
                break;
            }
            const QString inner = s.mid(i + 1, j - i - 1);
            nextLine = line + int(inner.count(u'\n')) + 1;
            value = quote == u'"' ? unescapeDouble(inner) : inner;
            interpolate = quote == u'"';
            qsizetype lineEnd = s.indexOf(u'\n', j);
            next = lineEnd < 0 ? n : lineEnd + 1;
        } else {
            value = s.mid(i, end - i);
            // " #" starts a comment after an unquoted value.
            for (qsizetype k = 0; k < value.size(); ++k) {
                if (value[k] == u'#' && k > 0 && (value[k - 1] == u' ' || value[k - 1] == u'\t')) {
                    value.truncate(k);
                    break;
                }
            }
            value = value.trimmed();
        }
        if (interpolate && value.contains(u'$')) {
            const Interpolator::Outcome o = Interpolator(scope).interpolate(value);
            if (o.ok)
                value = o.value;
            else
                result.findings.append(Finding{Severity::Error, where, key, o.ruleId, o.message,
                                               Tr::tr("write $$ for a literal dollar sign, or fix the ${...} expression")});
        }
        scope.insert(key, value);
        result.entries.append(Entry{key, value, where});
        pos = next;
        line = nextLine;
    }
    return result;
}

QByteArray EnvFile::masked(const QByteArray &text)
{
    static const QRegularExpression assignment(QStringLiteral("^\\s*(export\\s+)?[A-Za-z_][A-Za-z0-9_.-]*\\s*="));
    QList<QByteArray> out;
    char openQuote = 0; // inside a quoted value that spans lines (a PEM key): every line is hidden whole
    for (const QByteArray &line : text.split('\n')) {
        const bool cr = line.endsWith('\r');
        const QByteArray ending = cr ? QByteArrayLiteral("\r") : QByteArray();
        if (openQuote) {
            if (line.count(openQuote) % 2 == 1)
                openQuote = 0;
            out.append(QByteArrayLiteral("********") + ending);
            continue;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#')) {
            out.append(line);
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq < 0 || !assignment.match(QString::fromUtf8(line)).hasMatch()) {
            out.append(QByteArrayLiteral("********") + ending);
            continue;
        }
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (!value.isEmpty() && (value.at(0) == '"' || value.at(0) == '\'') && value.count(value.at(0)) % 2 == 1)
            openQuote = value.at(0);
        out.append(line.left(eq + 1) + QByteArrayLiteral("********") + ending);
    }
    return out.join('\n');
}

} // namespace Stackdeck
