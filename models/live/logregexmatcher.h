#pragma once

#include <QRegularExpression>
#include <QStringView>

#include <memory>

namespace Stackdeck {

// Tests one regular expression against many lines from one thread. With PCRE2 available it uses
// its JIT with reused match data (QRegularExpression allocates per match); otherwise it falls back.
class LogRegexMatcher final
{
public:
    explicit LogRegexMatcher(const QRegularExpression &regex);
    ~LogRegexMatcher();
    LogRegexMatcher(const LogRegexMatcher &) = delete;
    LogRegexMatcher &operator=(const LogRegexMatcher &) = delete;

    bool matches(QStringView text) const;

private:
    struct Pcre;
    QRegularExpression m_regex;
    std::unique_ptr<Pcre> m_pcre;
};

} // namespace Stackdeck
