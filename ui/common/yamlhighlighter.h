#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Stackdeck {

// The built-in highlighter for YAML and log lines, used where KF6 SyntaxHighlighting is absent (Debian 12).
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Mode { Yaml, Log };

    explicit YamlHighlighter(QTextDocument *document, Mode mode = Mode::Yaml);

    Mode mode() const { return m_mode; }
    // The format applied at a character role, so tests and themes can ask what a token looks like.
    enum class Token { Comment, Key, String, Number, Anchor, Variable, Error, Warning, Info, Debug, Timestamp };
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightYaml(const QString &text);
    void highlightLog(const QString &text);
    void applyPattern(const QString &text, const QRegularExpression &pattern, Token token, int group = 0);

    Mode m_mode;
    QTextCharFormat m_formats[11];
};

} // namespace Stackdeck
