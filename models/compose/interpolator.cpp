#include "models/compose/interpolator.h"

#include <QCoreApplication>
#include <memory>

namespace Stackdeck {
namespace {

// User-facing text goes through Qt's translation system.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::ComposeLoader)
};

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

} // namespace

QString Interpolator::joinPath(const QList<Step> &path)
{
    QString s;
    for (const Step &step : path) {
        if (!step.key)
            s += u'[' + QString::number(step.index) + u']';
        else
            s += (s.isEmpty() ? QString() : QStringLiteral(".")) + *step.key;
    }
    return s;
}

Interpolator::Outcome Interpolator::interpolate(const QString &text) const
{
    Outcome outcome;
    if (!text.contains(u'$')) {
        outcome.value = text;
        return outcome;
    }
    QString out;
    out.reserve(text.size());
    outcome.ok = expand(text, out, outcome, 0);
    outcome.value = outcome.ok ? out : text;
    return outcome;
}

bool Interpolator::expand(QStringView text, QString &out, Outcome &outcome, int depth) const
{
    if (depth > 32) { // nested defaults this deep are a mistake, not a configuration
        outcome.ruleId = QStringLiteral("interpolation.syntax");
        outcome.message = Tr::tr("Variable defaults are nested too deeply.");
        return false;
    }
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c != u'$' || i + 1 >= n) {
            out += c;
            ++i;
            continue;
        }
        const QChar next = text[i + 1];
        if (next == u'$') {
            out += u'$';
            i += 2;
            continue;
        }
        if (isNameStart(next)) {
            qsizetype j = i + 1;
            while (j < n && isNameChar(text[j]))
                ++j;
            const QString name = text.mid(i + 1, j - i - 1).toString();
            auto it = m_variables.constFind(name);
            if (it != m_variables.constEnd())
                out += *it;
            else
                outcome.unset.append(name);
            i = j;
            continue;
        }
        if (next != u'{') {
            out += c; // "$1", "$ " stay literal, as in compose
            ++i;
            continue;
        }
        // ${NAME[op[arg]]}: find the closing brace, counting nested ${ ... }.
        qsizetype j = i + 2;
        const qsizetype nameStart = j;
        if (j < n && isNameStart(text[j])) {
            while (j < n && isNameChar(text[j]))
                ++j;
        }
        const QString name = text.mid(nameStart, j - nameStart).toString();
        QString op;
        if (j < n && text[j] == u':' && j + 1 < n && (text[j + 1] == u'-' || text[j + 1] == u'?' || text[j + 1] == u'+')) {
            op = text.mid(j, 2).toString();
            j += 2;
        } else if (j < n && (text[j] == u'-' || text[j] == u'?' || text[j] == u'+')) {
            op = text[j];
            j += 1;
        }
        const qsizetype argStart = j;
        int braces = 1;
        while (j < n) {
            if (text[j] == u'$' && j + 1 < n && text[j + 1] == u'$') {
                j += 2;
                continue;
            }
            if (text[j] == u'$' && j + 1 < n && text[j + 1] == u'{') {
                ++braces;
                j += 2;
                continue;
            }
            if (text[j] == u'}' && --braces == 0)
                break;
            ++j;
        }
        const bool closed = j < n;
        if (name.isEmpty() || !closed || (op.isEmpty() && argStart != j)) {
            outcome.ruleId = QStringLiteral("interpolation.syntax");
            outcome.message = !closed ? Tr::tr("Invalid interpolation \"%1\": the closing \"}\" is missing.")
                                            .arg(text.mid(i).toString())
                                      : QStringLiteral("Invalid interpolation \"%1\": expected ${NAME}, ${NAME:-default}, "
                                                       "${NAME:?message} or ${NAME:+alternative}.")
                                            .arg(text.mid(i, j - i + 1).toString());
            return false;
        }
        const QStringView arg = text.mid(argStart, j - argStart);
        auto it = m_variables.constFind(name);
        const bool set = it != m_variables.constEnd();
        const bool nonEmpty = set && !it->isEmpty();
        const bool colon = op.startsWith(u':');
        const bool present = colon ? nonEmpty : set;
        const QChar kind = op.isEmpty() ? QChar() : op.back();
        if (kind.isNull()) {
            if (set)
                out += *it;
            else
                outcome.unset.append(name);
        } else if (kind == u'-') {
            if (present)
                out += *it;
            else if (!expand(arg, out, outcome, depth + 1))
                return false;
        } else if (kind == u'+') {
            if (present && !expand(arg, out, outcome, depth + 1))
                return false;
        } else { // '?': required
            if (present) {
                out += *it;
            } else {
                QString message;
                Outcome inner;
                if (!expand(arg, message, inner, depth + 1))
                    message = arg.toString();
                outcome.ruleId = QStringLiteral("interpolation.required");
                outcome.message = message.isEmpty()
                    ? Tr::tr("Required variable %1 is %2.").arg(name, set ? Tr::tr("empty") : Tr::tr("not set"))
                    : Tr::tr("Required variable %1 is %2: %3").arg(name, set ? Tr::tr("empty") : Tr::tr("not set"), message);
                return false;
            }
        }
        i = j + 1;
    }
    return true;
}

YamlNodePtr Interpolator::apply(const YamlNodePtr &node, Findings &findings)
{
    QList<Step> path;
    path.reserve(16);
    return applyNode(node, findings, path);
}

YamlNodePtr Interpolator::applyNode(const YamlNodePtr &node, Findings &findings, QList<Step> &path)
{
    if (!node)
        return node;
    if (node->isScalar()) {
        if (!node->value.contains(u'$'))
            return node;
        const Outcome o = interpolate(node->value);
        if (!o.ok) {
            findings.append(Finding{Severity::Error, node->location, joinPath(path), o.ruleId, o.message,
                                    o.ruleId == QLatin1String("interpolation.required")
                                        ? Tr::tr("set the variable in .env or the environment, or give a default with ${NAME:-value}")
                                        : Tr::tr("write $$ for a literal dollar sign, or fix the ${...} expression")});
            return node;
        }
        for (const QString &name : o.unset) {
            if (m_warnedUnset.contains(name))
                continue;
            m_warnedUnset.insert(name);
            findings.append(Finding{Severity::Warning, node->location, joinPath(path), QStringLiteral("interpolation.unset"),
                                    Tr::tr("The variable %1 is not set; it is replaced by an empty string.").arg(name),
                                    Tr::tr("set %1 in .env or give a default with ${%1:-value}").arg(name)});
        }
        if (o.value == node->value)
            return node;
        auto copy = std::make_shared<YamlNode>(*node);
        copy->raw = node->value;
        copy->value = o.value;
        return copy;
    }
    std::shared_ptr<YamlNode> copy;
    if (node->isSequence()) {
        for (qsizetype i = 0; i < node->items.size(); ++i) {
            path.append(Step{nullptr, i});
            const YamlNodePtr v = applyNode(node->items[i], findings, path);
            path.removeLast();
            if (v != node->items[i]) {
                if (!copy)
                    copy = std::make_shared<YamlNode>(*node);
                copy->items[i] = v;
            }
        }
    } else if (node->isMap()) {
        for (qsizetype i = 0; i < node->pairs.size(); ++i) {
            const YamlPair &p = node->pairs[i];
            static const QString unknownKey = QStringLiteral("?");
            path.append(Step{p.key && p.key->isScalar() ? &p.key->value : &unknownKey, -1});
            const YamlNodePtr v = applyNode(p.value, findings, path);
            path.removeLast();
            if (v != p.value) {
                if (!copy)
                    copy = std::make_shared<YamlNode>(*node);
                copy->pairs[i].value = v;
            }
        }
    }
    return copy ? YamlNodePtr(copy) : node;
}

} // namespace Stackdeck
