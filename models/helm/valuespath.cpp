#include "models/helm/valuespath.h"

namespace Stackdeck {
namespace {

// A piece of the typed key: bare text between dots, or a bracketed index / quoted key.
struct Token
{
    QString text;
    bool bracketed = false; // [N] or ["key"]: never joined with neighbours
    bool quoted = false;    // ["key"] / ['key']: always a map key
};

bool tokenize(const QString &key, QList<Token> &tokens, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    qsizetype i = 0;
    const qsizetype n = key.size();
    QString current;
    bool haveBare = false;
    while (i < n) {
        const QChar c = key.at(i);
        if (c == u'.') {
            if (haveBare) {
                tokens.append(Token{current, false, false});
                current.clear();
                haveBare = false;
            } else if (tokens.isEmpty() || !tokens.last().bracketed) {
                return fail(QStringLiteral("empty key part at character %1").arg(i + 1));
            }
            ++i;
            if (i == n)
                return fail(QStringLiteral("the key ends with a dot"));
            continue;
        }
        if (c == u'[') {
            if (haveBare) {
                tokens.append(Token{current, false, false});
                current.clear();
                haveBare = false;
            }
            const qsizetype close = key.indexOf(u']', i);
            if (close < 0)
                return fail(QStringLiteral("'[' at character %1 is never closed").arg(i + 1));
            QString inner = key.mid(i + 1, close - i - 1);
            if (inner.size() >= 2 && (inner.front() == u'"' || inner.front() == u'\'') && inner.back() == inner.front()) {
                tokens.append(Token{inner.mid(1, inner.size() - 2), true, true});
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok || index < 0)
                    return fail(QStringLiteral("\"[%1]\" is not a list index; quote map keys as [\"key\"]").arg(inner));
                tokens.append(Token{inner, true, false});
            }
            i = close + 1;
            if (i < n && key.at(i) != u'.' && key.at(i) != u'[')
                return fail(QStringLiteral("expected '.' or '[' after ']' at character %1").arg(i + 1));
            continue;
        }
        current += c;
        haveBare = true;
        ++i;
    }
    if (haveBare)
        tokens.append(Token{current, false, false});
    if (tokens.isEmpty())
        return fail(QStringLiteral("the key is empty"));
    return true;
}

bool isIndexToken(const Token &t, int *index)
{
    if (t.quoted)
        return false;
    bool ok = false;
    *index = t.text.toInt(&ok);
    return ok && *index >= 0 && !t.text.startsWith(u'+');
}

// Deepest resolution of tokens[from..] under `node`; `best` keeps the longest segment list found.
bool resolve(const YamlNodePtr &node, const QList<Token> &tokens, qsizetype from, ValuesPath::Segments &path,
             ValuesPath::Segments &best, qsizetype &bestTokens, int &budget)
{
    if (from == tokens.size()) {
        best = path;
        bestTokens = from;
        return true;
    }
    if (from > bestTokens) {
        best = path;
        bestTokens = from;
    }
    if (!node || --budget < 0)
        return false;
    if (node->isSequence()) {
        int index = -1;
        if (!isIndexToken(tokens[from], &index) || index >= node->items.size())
            return false;
        path.append(ValuesPath::Segment{QString(), index});
        const bool done = resolve(node->items[index], tokens, from + 1, path, best, bestTokens, budget);
        path.removeLast();
        return done;
    }
    if (!node->isMap())
        return false;
    // Longest run of bare tokens first, so "spark.sql.shuffle.partitions" beats "spark".
    qsizetype last = from;
    if (!tokens[from].bracketed) {
        while (last + 1 < tokens.size() && !tokens[last + 1].bracketed)
            ++last;
    }
    for (qsizetype end = last; end >= from; --end) {
        QString key = tokens[from].text;
        for (qsizetype k = from + 1; k <= end; ++k)
            key += u'.' + tokens[k].text;
        const YamlNodePtr child = node->get(key);
        if (!child)
            continue;
        path.append(ValuesPath::Segment{key, -1});
        const bool done = resolve(child, tokens, end + 1, path, best, bestTokens, budget);
        path.removeLast();
        if (done)
            return true;
    }
    return false;
}

} // namespace

ValuesPath::Segments ValuesPath::split(const QString &key, const QList<YamlNodePtr> &trees, QString *error)
{
    QList<Token> tokens;
    if (!tokenize(key.trimmed(), tokens, error))
        return {};
    Segments best;
    qsizetype bestTokens = -1;
    for (const YamlNodePtr &tree : trees) {
        Segments path, found;
        qsizetype used = 0;
        int budget = 10000; // bounds backtracking over pathological dotted keys
        const bool complete = resolve(tree, tokens, 0, path, found, used, budget);
        if (used > bestTokens) {
            best = found;
            bestTokens = used;
        }
        if (complete)
            break;
    }
    for (qsizetype i = std::max<qsizetype>(bestTokens, 0); i < tokens.size(); ++i) {
        int index = -1;
        if (tokens[i].bracketed && !tokens[i].quoted && isIndexToken(tokens[i], &index))
            best.append(Segment{QString(), index});
        else
            best.append(Segment{tokens[i].text, -1});
    }
    return best;
}

YamlNodePtr ValuesPath::lookup(const YamlNodePtr &root, const Segments &path, qsizetype *resolved)
{
    YamlNodePtr node = root;
    qsizetype count = 0;
    for (const Segment &s : path) {
        YamlNodePtr next;
        if (node && node->isMap()) {
            next = node->get(s.index >= 0 && s.key.isEmpty() ? QString::number(s.index) : s.key);
        } else if (node && node->isSequence()) {
            int index = s.index;
            bool ok = index >= 0;
            if (!ok)
                index = s.key.toInt(&ok);
            if (ok && index >= 0 && index < node->items.size())
                next = node->items[index];
        }
        if (!next)
            break;
        node = next;
        ++count;
    }
    if (resolved)
        *resolved = count;
    return count == path.size() ? node : nullptr;
}

QString ValuesPath::join(const Segments &path)
{
    QString text;
    for (const Segment &s : path) {
        if (s.index >= 0 && s.key.isEmpty()) {
            text += u'[' + QString::number(s.index) + u']';
        } else if (s.key.contains(u'.') || s.key.contains(u'[') || s.key.contains(u']') || s.key.isEmpty()) {
            text += QStringLiteral("[\"") + s.key + QStringLiteral("\"]");
        } else {
            if (!text.isEmpty())
                text += u'.';
            text += s.key;
        }
    }
    return text;
}

} // namespace Stackdeck
