#include "ui/common/yamlhighlighter.h"

#include <QColor>
#include <QFont>

namespace Stackdeck {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

// Compiled once: highlightBlock runs per visible line while typing or scrolling.
const QRegularExpression &keyPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:-\s+)?((?:"[^"]*"|'[^']*'|[^\s#'"{\[][^#:]*?))\s*:(?=\s|$))"));
    return re;
}
const QRegularExpression &stringPattern()
{
    static const QRegularExpression re(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')"));
    return re;
}
const QRegularExpression &scalarPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:^|[\s\[,])(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[a-zA-Z]{0,2}|true|false|null|~|yes|no)(?=\s*(?:$|#|,|\])))"));
    return re;
}
const QRegularExpression &anchorPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<=\s|^)[&*!][\w.\-/:]+|<<(?=\s*:)|^---\s*$|^\.\.\.\s*$)"));
    return re;
}
const QRegularExpression &variablePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\$\{[^}]*\}|\$[A-Za-z_]\w*)"));
    return re;
}
const QRegularExpression &commentPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|\s)(#.*)$)"));
    return re;
}
const QRegularExpression &levelPattern(YamlHighlighter::Token token)
{
    static const QRegularExpression error(QStringLiteral(R"(\b(?:ERROR|FATAL|CRITICAL|PANIC|error|fatal)\b)"));
    static const QRegularExpression warning(QStringLiteral(R"(\b(?:WARN|WARNING|warn|warning)\b)"));
    static const QRegularExpression info(QStringLiteral(R"(\b(?:INFO|NOTICE|info)\b)"));
    static const QRegularExpression debug(QStringLiteral(R"(\b(?:DEBUG|TRACE|debug|trace)\b)"));
    switch (token) {
    case YamlHighlighter::Token::Error: return error;
    case YamlHighlighter::Token::Warning: return warning;
    case YamlHighlighter::Token::Info: return info;
    default: return debug;
    }
}
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?)"));
    return re;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, Mode mode)
    : QSyntaxHighlighter(document), m_mode(mode)
{
    // Colours chosen to stay readable on the light default palette of Fusion and Breeze.
    m_formats[int(Token::Comment)] = makeFormat(QColor(0x6a, 0x73, 0x7d), false, true);
    m_formats[int(Token::Key)] = makeFormat(QColor(0x00, 0x5c, 0xc5), true);
    m_formats[int(Token::String)] = makeFormat(QColor(0x03, 0x2f, 0x62));
    m_formats[int(Token::Number)] = makeFormat(QColor(0x00, 0x6b, 0x75));
    m_formats[int(Token::Anchor)] = makeFormat(QColor(0x8a, 0x3f, 0xb5), true);
    m_formats[int(Token::Variable)] = makeFormat(QColor(0xb3, 0x52, 0x00), true);
    m_formats[int(Token::Error)] = makeFormat(QColor(0xcb, 0x24, 0x31), true);
    m_formats[int(Token::Warning)] = makeFormat(QColor(0xb0, 0x88, 0x00), true);
    m_formats[int(Token::Info)] = makeFormat(QColor(0x22, 0x86, 0x3a));
    m_formats[int(Token::Debug)] = makeFormat(QColor(0x6a, 0x73, 0x7d));
    m_formats[int(Token::Timestamp)] = makeFormat(QColor(0x58, 0x60, 0x69));
}

QTextCharFormat YamlHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (m_mode == Mode::Yaml)
        highlightYaml(text);
    else
        highlightLog(text);
}

void YamlHighlighter::applyPattern(const QString &text, const QRegularExpression &pattern, Token token, int group)
{
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(group) > 0)
            setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), m_formats[int(token)]);
    }
}

void YamlHighlighter::highlightYaml(const QString &text)
{
    // Later passes win, so the order runs from the broadest token to the most specific.
    applyPattern(text, scalarPattern(), Token::Number, 1);
    applyPattern(text, stringPattern(), Token::String);
    applyPattern(text, keyPattern(), Token::Key, 1);
    applyPattern(text, anchorPattern(), Token::Anchor);
    applyPattern(text, variablePattern(), Token::Variable);

    // A '#' starts a comment only outside quotes.
    const QRegularExpressionMatch comment = commentPattern().match(text);
    if (comment.hasMatch()) {
        const qsizetype start = comment.capturedStart(1);
        bool inString = false;
        auto strings = stringPattern().globalMatch(text);
        while (strings.hasNext()) {
            const QRegularExpressionMatch s = strings.next();
            if (start > s.capturedStart() && start < s.capturedEnd())
                inString = true;
        }
        if (!inString)
            setFormat(int(start), int(text.size() - start), m_formats[int(Token::Comment)]);
    }
}

void YamlHighlighter::highlightLog(const QString &text)
{
    applyPattern(text, timestampPattern(), Token::Timestamp);
    for (Token level : {Token::Debug, Token::Info, Token::Warning, Token::Error})
        applyPattern(text, levelPattern(level), level);
}

} // namespace Stackdeck
