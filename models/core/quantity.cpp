#include "models/core/quantity.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace Stackdeck {

namespace {

__extension__ using U128 = unsigned __int128; // exact intermediate for mantissa * unit * 10^e

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr int kMaxSignificantDigits = 20; // keeps mantissa * 2^60 inside 128 bits

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::Quantity)
};

Error fail(const QString &message, const QString &hint)
{
    return Error{message, SourceLocation(), hint};
}

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

// A decimal number as digits and the count of digits after the point: "1.25" -> {125, 2}.
struct Decimal
{
    U128 mantissa = 0;
    int fractionDigits = 0;
    int significant = 0;
    bool any = false;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads "12", "1.5", ".5", "5." at pos; false when no digit was found or the number is too long.
bool readDecimal(QStringView text, qsizetype &pos, Decimal &out, bool *tooLong)
{
    bool seenPoint = false;
    *tooLong = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c == QLatin1Char('.') && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (!isDigit(c))
            break;
        out.any = true;
        const int digit = c.unicode() - '0';
        if (out.significant > 0 || digit != 0)
            ++out.significant;
        if (out.significant > kMaxSignificantDigits) {
            *tooLong = true;
            return false;
        }
        out.mantissa = out.mantissa * 10 + U128(digit);
        if (seenPoint)
            ++out.fractionDigits;
    }
    return out.any;
}

// mantissa * multiplier * 10^(pow10 - fractionDigits), truncated or rounded up; nullopt on overflow.
std::optional<qint64> scale(const Decimal &d, quint64 multiplier, int pow10, bool roundUp)
{
    U128 v = d.mantissa * U128(multiplier);
    const int e = pow10 - d.fractionDigits;
    if (e >= 0) {
        if (v > U128(kMax))
            return std::nullopt;
        for (int i = 0; i < e && v != 0; ++i) {
            v *= 10;
            if (v > U128(kMax))
                return std::nullopt;
        }
        return qint64(v);
    }
    const int k = -e;
    if (k > 38)
        return qint64(roundUp && v != 0 ? 1 : 0);
    U128 divisor = 1;
    for (int i = 0; i < k; ++i)
        divisor *= 10;
    U128 q = v / divisor;
    if (roundUp && v % divisor != 0)
        ++q;
    if (q > U128(kMax))
        return std::nullopt;
    return qint64(q);
}

Error tooLarge(QStringView text)
{
    return fail(Tr::tr("%1 is too large").arg(quoted(text)), Tr::tr("use a value below 2^63 in the smallest unit"));
}

Error tooManyDigits(QStringView text)
{
    return fail(Tr::tr("%1 has more than %2 significant digits").arg(quoted(text)).arg(kMaxSignificantDigits),
                Tr::tr("shorten the number"));
}

} // namespace

Result<qint64> Quantity::parseMemory(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString hint = Tr::tr("write a number with an optional unit b, k, m, g or t (1024-based), e.g. 512m or 4g");
    if (t.isEmpty())
        return fail(Tr::tr("empty memory size"), hint);
    if (t.startsWith(QLatin1Char('-')))
        return fail(Tr::tr("memory size %1 is negative").arg(quoted(t)), hint);
    qsizetype pos = 0;
    Decimal d;
    bool tooLong = false;
    if (!readDecimal(t, pos, d, &tooLong))
        return tooLong ? tooManyDigits(t) : fail(Tr::tr("%1 is not a memory size").arg(quoted(t)), hint);
    if (pos < t.size() && t[pos] == QLatin1Char(' '))
        ++pos; // docker accepts one space before the unit
    const QString unit = t.mid(pos).toString().toLower();
    static const QString units = QStringLiteral("bkmgtp");
    int power = 0;
    QStringView rest = unit;
    if (!rest.isEmpty() && rest.front() != QLatin1Char('b') && units.contains(rest.front())) {
        power = int(units.indexOf(rest.front()));
        rest = rest.mid(1);
        if (rest.startsWith(QLatin1Char('i')))
            rest = rest.mid(1);
    }
    if (rest == QLatin1String("b"))
        rest = {};
    if (!rest.isEmpty())
        return fail(Tr::tr("unknown memory unit in %1").arg(quoted(t)), hint);
    const auto bytes = scale(d, quint64(1) << (10 * power), 0, false);
    if (!bytes)
        return tooLarge(t);
    return *bytes;
}

Result<qint64> Quantity::parseCpus(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString hint = Tr::tr("write a number of CPUs such as 0.5, 2 or 1.25");
    if (t.isEmpty())
        return fail(Tr::tr("empty CPU count"), hint);
    if (t.startsWith(QLatin1Char('-')))
        return fail(Tr::tr("CPU count %1 is negative").arg(quoted(t)), hint);
    qsizetype pos = 0;
    Decimal d;
    bool tooLong = false;
    if (!readDecimal(t, pos, d, &tooLong))
        return tooLong ? tooManyDigits(t) : fail(Tr::tr("%1 is not a CPU count").arg(quoted(t)), hint);
    if (pos != t.size())
        return fail(Tr::tr("%1 is not a CPU count").arg(quoted(t)), hint);
    if (d.fractionDigits > 9) // docker's NanoCPUs limit
        return fail(Tr::tr("CPU count %1 is too precise").arg(quoted(t)), Tr::tr("use at most 9 decimals"));
    const auto millis = scale(d, 1, 3, true);
    if (!millis)
        return tooLarge(t);
    return *millis;
}

namespace {

struct KubeParsed
{
    Decimal number;
    quint64 multiplier = 1;
    int pow10 = 0;
};

Result<KubeParsed> parseKubernetes(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString hint = Tr::tr("write a number with an optional suffix: m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei "
                            "or an exponent (1e3)");
    if (t.isEmpty())
        return fail(Tr::tr("empty quantity"), hint);
    qsizetype pos = 0;
    if (t[0] == QLatin1Char('-'))
        return fail(Tr::tr("quantity %1 is negative").arg(quoted(t)), hint);
    if (t[0] == QLatin1Char('+'))
        ++pos;
    KubeParsed out;
    bool tooLong = false;
    if (!readDecimal(t, pos, out.number, &tooLong))
        return tooLong ? Result<KubeParsed>(tooManyDigits(t))
                       : Result<KubeParsed>(fail(Tr::tr("%1 is not a quantity").arg(quoted(t)), hint));
    const QStringView suffix = t.mid(pos);
    struct Suffix { const char *name; quint64 multiplier; int pow10; };
    static constexpr Suffix table[] = {
        {"", 1, 0},   {"n", 1, -9}, {"u", 1, -6}, {"m", 1, -3},  {"k", 1, 3},   {"M", 1, 6},
        {"G", 1, 9},  {"T", 1, 12}, {"P", 1, 15}, {"E", 1, 18},  {"Ki", 1ULL << 10, 0},
        {"Mi", 1ULL << 20, 0}, {"Gi", 1ULL << 30, 0}, {"Ti", 1ULL << 40, 0}, {"Pi", 1ULL << 50, 0},
        {"Ei", 1ULL << 60, 0},
    };
    for (const Suffix &s : table) {
        if (suffix == QLatin1String(s.name)) {
            out.multiplier = s.multiplier;
            out.pow10 = s.pow10;
            return out;
        }
    }
    if (suffix.size() > 1 && (suffix[0] == QLatin1Char('e') || suffix[0] == QLatin1Char('E'))) {
        bool ok = false;
        const int exponent = suffix.mid(1).toInt(&ok);
        const QStringView digits = suffix.mid(suffix[1] == QLatin1Char('-') || suffix[1] == QLatin1Char('+') ? 2 : 1);
        bool allDigits = !digits.isEmpty();
        for (QChar c : digits)
            allDigits = allDigits && isDigit(c);
        if (ok && allDigits && exponent >= -1000 && exponent <= 1000) {
            out.pow10 = exponent;
            return out;
        }
    }
    return fail(Tr::tr("unknown suffix %1 in quantity %2").arg(quoted(suffix), quoted(t)), hint);
}

} // namespace

Result<qint64> Quantity::parseKubernetesMillis(QStringView text)
{
    const auto parsed = parseKubernetes(text);
    if (!parsed)
        return parsed.error();
    const auto v = scale(parsed->number, parsed->multiplier, parsed->pow10 + 3, true);
    if (!v)
        return tooLarge(text.trimmed());
    return *v;
}

Result<qint64> Quantity::parseKubernetesValue(QStringView text)
{
    const auto parsed = parseKubernetes(text);
    if (!parsed)
        return parsed.error();
    const auto v = scale(parsed->number, parsed->multiplier, parsed->pow10, true);
    if (!v)
        return tooLarge(text.trimmed());
    return *v;
}

Result<qint64> Quantity::parseDuration(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString hint = Tr::tr("write a duration such as 30s, 1m30s, 500ms or 1h (units ns, us, ms, s, m, h)");
    if (t.isEmpty())
        return fail(Tr::tr("empty duration"), hint);
    qsizetype pos = 0;
    if (t[0] == QLatin1Char('-'))
        return fail(Tr::tr("duration %1 is negative").arg(quoted(t)), hint);
    if (t[0] == QLatin1Char('+'))
        ++pos;
    if (t.mid(pos) == QLatin1String("0"))
        return qint64(0);
    qint64 total = 0;
    while (pos < t.size()) {
        Decimal d;
        bool tooLong = false;
        if (!readDecimal(t, pos, d, &tooLong))
            return tooLong ? tooManyDigits(t) : fail(Tr::tr("%1 is not a duration").arg(quoted(t)), hint);
        const qsizetype unitStart = pos;
        while (pos < t.size() && !isDigit(t[pos]) && t[pos] != QLatin1Char('.'))
            ++pos;
        const QStringView unit = t.mid(unitStart, pos - unitStart);
        quint64 nanos = 0;
        if (unit == QLatin1String("ns"))
            nanos = 1;
        else if (unit == QLatin1String("us") || unit == QStringView(u"\u00b5s") || unit == QStringView(u"\u03bcs"))
            nanos = 1'000;
        else if (unit == QLatin1String("ms"))
            nanos = 1'000'000;
        else if (unit == QLatin1String("s"))
            nanos = 1'000'000'000;
        else if (unit == QLatin1String("m"))
            nanos = 60'000'000'000;
        else if (unit == QLatin1String("h"))
            nanos = 3'600'000'000'000;
        else if (unit.isEmpty())
            return fail(Tr::tr("missing unit in duration %1").arg(quoted(t)), hint);
        else
            return fail(Tr::tr("unknown unit %1 in duration %2").arg(quoted(unit), quoted(t)), hint);
        const auto part = scale(d, nanos, 0, false);
        if (!part || total > kMax - *part)
            return tooLarge(t);
        total += *part;
    }
    return total;
}

QString Quantity::formatBytes(qint64 bytes)
{
    static const char *const names[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    if (bytes < 0)
        return QLatin1Char('-') + formatBytes(bytes == std::numeric_limits<qint64>::min() ? kMax : -bytes);
    int unit = 0;
    while (unit < 6 && bytes >= (qint64(1) << (10 * (unit + 1))))
        ++unit;
    const qint64 size = qint64(1) << (10 * unit);
    QString number;
    if (bytes % size == 0) {
        number = QString::number(bytes / size);
    } else {
        number = QString::number(double(bytes) / double(size), 'f', 2);
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
    }
    return number + QLatin1Char(' ') + QLatin1String(names[unit]);
}

QString Quantity::formatMillicpus(qint64 millicpus)
{
    const bool negative = millicpus < 0;
    const quint64 m = negative ? quint64(0) - quint64(millicpus) : quint64(millicpus);
    QString text = QString::number(m / 1000);
    if (const quint64 frac = m % 1000) {
        QString digits = QString::number(frac).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString Quantity::formatDuration(qint64 nanoseconds)
{
    if (nanoseconds == 0)
        return QStringLiteral("0s");
    const bool negative = nanoseconds < 0;
    quint64 n = negative ? quint64(0) - quint64(nanoseconds) : quint64(nanoseconds);
    QString text;
    if (n < 1'000'000'000) {
        // below a second one unit with a fraction, as Go prints it
        const quint64 unit = n >= 1'000'000 ? 1'000'000 : n >= 1'000 ? 1'000 : 1;
        const char *name = unit == 1'000'000 ? "ms" : unit == 1'000 ? "us" : "ns";
        text = QString::number(n / unit);
        if (const quint64 frac = n % unit) {
            QString digits = QString::number(frac).rightJustified(unit == 1'000'000 ? 6 : 3, QLatin1Char('0'));
            while (digits.endsWith(QLatin1Char('0')))
                digits.chop(1);
            text += QLatin1Char('.') + digits;
        }
        text += QLatin1String(name);
    } else {
        const quint64 hours = n / 3'600'000'000'000ULL;
        n %= 3'600'000'000'000ULL;
        const quint64 minutes = n / 60'000'000'000ULL;
        n %= 60'000'000'000ULL;
        if (hours)
            text += QString::number(hours) + QLatin1Char('h');
        if (hours || minutes)
            text += QString::number(minutes) + QLatin1Char('m');
        text += QString::number(n / 1'000'000'000);
        if (const quint64 frac = n % 1'000'000'000) {
            QString digits = QString::number(frac).rightJustified(9, QLatin1Char('0'));
            while (digits.endsWith(QLatin1Char('0')))
                digits.chop(1);
            text += QLatin1Char('.') + digits;
        }
        text += QLatin1Char('s');
    }
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace Stackdeck
