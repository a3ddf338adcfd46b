#include "models/docker/composeoutputparser.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

using State = ComposeProgress::State;

// Status words compose prints, mapped to a version-independent verb and whether the step is over.
struct Word
{
    QStringView word;
    QStringView action;
    State state;
};

constexpr Word kWords[] = {
    {u"Creating", u"create", State::Running},      {u"Created", u"create", State::Done},
    {u"Recreating", u"recreate", State::Running},  {u"Recreate", u"recreate", State::Running},
    {u"Recreated", u"recreate", State::Done},      {u"Starting", u"start", State::Running},
    {u"Started", u"start", State::Done},           {u"Stopping", u"stop", State::Running},
    {u"Stopped", u"stop", State::Done},            {u"Restarting", u"restart", State::Running},
    {u"Restarted", u"restart", State::Done},       {u"Removing", u"remove", State::Running},
    {u"Removed", u"remove", State::Done},          {u"Pulling", u"pull", State::Running},
    {u"Pulled", u"pull", State::Done},             {u"Skipped", u"pull", State::Done},
    {u"Killing", u"kill", State::Running},         {u"Killed", u"kill", State::Done},
    {u"Waiting", u"wait", State::Running},         {u"Healthy", u"healthy", State::Done},
    {u"Running", u"up-to-date", State::Done},      {u"Exited", u"exit", State::Done},
    {u"Building", u"build", State::Running},       {u"Built", u"build", State::Done},
    {u"Pausing", u"pause", State::Running},        {u"Paused", u"pause", State::Done},
    {u"Unpausing", u"unpause", State::Running},    {u"Unpaused", u"unpause", State::Done},
};

const Word *findWord(QStringView word)
{
    for (const Word &w : kWords) {
        if (w.word == word)
            return &w;
    }
    return nullptr;
}

// v2 prefixes lines with a status glyph (✔ ✘ ⠿ or a braille spinner frame) on a TTY.
bool isGlyph(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'✔' || u == u'✘' || u == u'✗' || u == u'⠿' || (u >= 0x2800 && u <= 0x28FF) || u == u'!';
}

} // namespace

ComposeOutputParser::ComposeOutputParser(ComposeTool::Flavor flavor, const QString &projectName)
    : m_flavor(flavor), m_project(projectName)
{
}

QString ComposeOutputParser::normaliseAction(QStringView word)
{
    if (const Word *w = findWord(word))
        return w->action.toString();
    return word.toString().toLower();
}

QString ComposeOutputParser::serviceOf(const QString &name) const
{
    const QChar sep = m_flavor == ComposeTool::Flavor::V1 ? u'_' : u'-';
    const QString prefix = m_project + sep;
    if (m_project.isEmpty() || !name.startsWith(prefix))
        return name;
    QString rest = name.mid(prefix.size());
    const qsizetype cut = rest.lastIndexOf(sep);
    if (cut > 0) {
        bool isNumber = false;
        rest.mid(cut + 1).toInt(&isNumber);
        if (isNumber)
            rest.truncate(cut);
    }
    return rest;
}

std::optional<ComposeProgress> ComposeOutputParser::parseLine(QStringView line)
{
    QString text = line.toString();
    while (text.endsWith(u'\r') || text.endsWith(u'\n'))
        text.chop(1);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return m_flavor == ComposeTool::Flavor::V1 ? parseV1(text) : parseV2(text);
}

ComposeProgress ComposeOutputParser::remember(ComposeProgress event)
{
    if (!event.service.isEmpty() && event.state != State::Error)
        m_lastAction.insert(event.service, event.action);
    return event;
}

std::optional<ComposeProgress> ComposeOutputParser::parseV1(const QString &line)
{
    static const QRegularExpression object(uR"re(^(Creating|Removing) (network|volume) "?([^"\s]+)"?)re"_s);
    static const QRegularExpression step(uR"re(^([A-Z][a-z]+)\s+(\S+)\s+\.\.\.\s*(\S.*)?$)re"_s);
    static const QRegularExpression pulling(uR"re(^Pulling (\S+) \((.+)\)\.\.\.$)re"_s);
    static const QRegularExpression upToDate(uR"re(^(\S+) is up-to-date$)re"_s);
    static const QRegularExpression error(uR"re(^ERROR: for (\S+)\s+(.*)$)re"_s);

    if (const auto m = object.match(line); m.hasMatch()) {
        return ComposeProgress{QString(), m.captured(2) + u' ' + m.captured(3), normaliseAction(m.captured(1)),
                               State::Done, QString()};
    }
    if (const auto m = step.match(line); m.hasMatch()) {
        const QString target = m.captured(2);
        const QString outcome = m.captured(3).trimmed();
        const State state = outcome.isEmpty()      ? State::Running
                          : outcome == u"error"_s ? State::Error
                                                  : State::Done;
        const QString message = outcome == u"done"_s || outcome == u"error"_s ? QString() : outcome;
        return remember({serviceOf(target), target, normaliseAction(m.captured(1)), state, message});
    }
    if (const auto m = pulling.match(line); m.hasMatch())
        return remember({m.captured(1), m.captured(1), u"pull"_s, State::Running, m.captured(2)});
    if (const auto m = upToDate.match(line); m.hasMatch()) {
        const QString target = m.captured(1);
        return remember({serviceOf(target), target, u"up-to-date"_s, State::Done, QString()});
    }
    if (const auto m = error.match(line); m.hasMatch()) {
        const QString target = m.captured(1);
        const QString service = serviceOf(target);
        return ComposeProgress{service, target, m_lastAction.value(service), State::Error, m.captured(2).trimmed()};
    }
    return std::nullopt;
}

std::optional<ComposeProgress> ComposeOutputParser::parseV2(const QString &line)
{
    static const QRegularExpression duration(uR"re(\s+\d+(?:\.\d+)?m?s\s*$)re"_s);
    static const QRegularExpression object(uR"re(^(Container|Network|Volume|Image)\s+(\S+)\s+(\S+)(?:\s+(.*))?$)re"_s);
    static const QRegularExpression pullLine(
        uR"re(^(\S+)\s+(Pulling|Pulled|Skipped|Error|Warning|Interrupted|Waiting)(?:\s+(.*))?$)re"_s);
    static const QRegularExpression layer(uR"re(^[0-9a-f]{12}$)re"_s);

    QString text = line.trimmed();
    bool failed = false;
    if (!text.isEmpty() && isGlyph(text.front()) && text.size() > 1 && text.at(1).isSpace()) {
        failed = text.front() == u'✘' || text.front() == u'✗';
        text = text.mid(2).trimmed();
    }
    if (text.startsWith(u"[+]"_s))
        return std::nullopt; // "[+] Running 3/3" summary
    text.remove(duration);

    if (text.startsWith(u"Error response from daemon:"_s) && !m_lastFailed.isEmpty()) {
        // v2 prints the daemon's reason after the failed container's line; attach it to that service.
        const QString failedService = std::exchange(m_lastFailed, QString());
        return ComposeProgress{failedService, failedService, m_lastAction.value(failedService), State::Error,
                               text.mid(text.indexOf(u':') + 1).trimmed()};
    }

    QString target, service, word, message;
    if (const auto m = object.match(text); m.hasMatch()) {
        const QString kind = m.captured(1);
        target = m.captured(2).remove(u'"'); // some versions quote volume names
        word = m.captured(3);
        message = m.captured(4).trimmed();
        if (kind == u"Container"_s)
            service = serviceOf(target);
        else
            target = kind.toLower() + u' ' + target;
    } else if (const auto s = pullLine.match(text); s.hasMatch() && !layer.match(s.captured(1)).hasMatch()) {
        target = s.captured(1);
        service = target;
        word = s.captured(2);
        message = s.captured(3).trimmed();
    } else {
        return std::nullopt;
    }

    ComposeProgress event{service, target, QString(), State::Running, message};
    if (word == u"Error"_s || word == u"Warning"_s || word == u"Interrupted"_s || failed) {
        event.state = State::Error;
        const Word *w = findWord(word);
        event.action = w ? w->action.toString() : m_lastAction.value(service);
        if (event.message.isEmpty() && !service.isEmpty())
            m_lastFailed = service;
        return event;
    }
    const Word *w = findWord(word);
    if (!w)
        return std::nullopt;
    event.action = w->action.toString();
    event.state = w->state;
    return remember(event);
}

} // namespace Stackdeck
