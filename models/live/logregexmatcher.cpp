#include "models/live/logregexmatcher.h"

#ifdef STACKDECK_HAVE_PCRE2
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#endif

namespace Stackdeck {

#ifdef STACKDECK_HAVE_PCRE2
struct LogRegexMatcher::Pcre
{
    pcre2_code *code = nullptr;
    pcre2_match_data *data = nullptr;
    ~Pcre()
    {
        pcre2_match_data_free(data);
        pcre2_code_free(code);
    }
};
#else
struct LogRegexMatcher::Pcre
{
};
#endif

LogRegexMatcher::LogRegexMatcher(const QRegularExpression &regex)
    : m_regex(regex)
{
#ifdef STACKDECK_HAVE_PCRE2
    // The same options QRegularExpression compiles with, so both accept the same lines.
    uint32_t options = PCRE2_UTF;
    const auto qt = regex.patternOptions();
    if (qt & QRegularExpression::CaseInsensitiveOption)
        options |= PCRE2_CASELESS;
    if (qt & QRegularExpression::DotMatchesEverythingOption)
        options |= PCRE2_DOTALL;
    if (qt & QRegularExpression::MultilineOption)
        options |= PCRE2_MULTILINE;
    if (qt & QRegularExpression::ExtendedPatternSyntaxOption)
        options |= PCRE2_EXTENDED;
    if (qt & QRegularExpression::InvertedGreedinessOption)
        options |= PCRE2_UNGREEDY;
    if (qt & QRegularExpression::DontCaptureOption)
        options |= PCRE2_NO_AUTO_CAPTURE;
    if (qt & QRegularExpression::UseUnicodePropertiesOption)
        options |= PCRE2_UCP;
    const QString pattern = regex.pattern();
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                                     options, &error, &offset, nullptr);
    if (!code)
        return; // QRegularExpression reports the error; matching falls back to it
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    m_pcre = std::make_unique<Pcre>();
    m_pcre->code = code;
    m_pcre->data = pcre2_match_data_create(1, nullptr);
#endif
}

LogRegexMatcher::~LogRegexMatcher() = default;

bool LogRegexMatcher::matches(QStringView text) const
{
#ifdef STACKDECK_HAVE_PCRE2
    if (m_pcre) {
        const int rc = pcre2_match(m_pcre->code, reinterpret_cast<PCRE2_SPTR>(text.utf16()), PCRE2_SIZE(text.size()),
                                   0, 0, m_pcre->data, nullptr);
        return rc >= 0;
    }
#endif
    return m_regex.match(text).hasMatch();
}

} // namespace Stackdeck
