#include "models/core/quantity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

class TestQuantity final : public QObject
{
    Q_OBJECT

private slots:
    void memory_data();
    void memory();
    void cpus_data();
    void cpus();
    void kubernetesMillis_data();
    void kubernetesMillis();
    void kubernetesValue_data();
    void kubernetesValue();
    void duration_data();
    void duration();
    void formatBytes_data();
    void formatBytes();
    void formatMillicpus_data();
    void formatMillicpus();
    void formatDuration_data();
    void formatDuration();
};

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = KiB * 1024;
constexpr qint64 GiB = MiB * 1024;
constexpr qint64 TiB = GiB * 1024;

// Columns shared by every parser table: a good row has expected set, a bad row an error fragment.
void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("errorContains");
}

void good(const char *name, const QString &input, qint64 expected)
{
    QTest::newRow(name) << input << true << expected << QString();
}

void bad(const char *name, const QString &input, const QString &errorContains)
{
    QTest::newRow(name) << input << false << qint64(0) << errorContains;
}

void check(Result<qint64> (*parse)(QStringView))
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, errorContains);
    const Result<qint64> r = parse(input);
    if (ok) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value(), expected);
    } else {
        QVERIFY2(!r.ok(), qPrintable(u"parsed as %1"_s.arg(r.ok() ? r.value() : 0)));
        QVERIFY2(r.error().message.contains(errorContains), qPrintable(r.error().message));
        QVERIFY2(!r.error().hint.isEmpty(), "every error says what to do");
    }
}

} // namespace

void TestQuantity::memory_data()
{
    addColumns();
    good("megabytes", u"512m"_s, 512 * MiB);
    good("upper-case G", u"4G"_s, 4 * GiB);
    good("fraction with gb", u"1.5gb"_s, 3 * GiB / 2);
    good("bare bytes", u"1024"_s, 1024);
    good("kilobytes", u"100k"_s, 100 * KiB);
    good("kb", u"100kb"_s, 100 * KiB);
    good("mb", u"256MB"_s, 256 * MiB);
    good("terabytes", u"2t"_s, 2 * TiB);
    good("tb", u"1TB"_s, TiB);
    good("b suffix", u"64b"_s, 64);
    good("GiB form", u"2GiB"_s, 2 * GiB);
    good("space before unit", u"4 g"_s, 4 * GiB);
    good("fraction truncates like docker", u"0.3k"_s, 307);
    good("zero", u"0"_s, 0);
    good("surrounding blanks", u" 2g "_s, 2 * GiB);
    good("largest petabytes", u"8191p"_s, 8191 * (qint64(1) << 50));
    bad("empty", u""_s, u"empty"_s);
    bad("negative", u"-1g"_s, u"negative"_s);
    bad("unknown unit", u"4x"_s, u"unknown memory unit"_s);
    bad("unit only", u"g"_s, u"not a memory size"_s);
    bad("two units", u"4gm"_s, u"unknown memory unit"_s);
    bad("overflow", u"9000000p"_s, u"too large"_s);
    bad("too many digits", u"123456789012345678901234"_s, u"significant digits"_s);
    bad("second point", u"1.2.3g"_s, u"unknown memory unit"_s);
}

void TestQuantity::memory() { check(&Quantity::parseMemory); }

void TestQuantity::cpus_data()
{
    addColumns();
    good("half", u"0.5"_s, 500);
    good("two", u"2"_s, 2000);
    good("one and a quarter", u"1.25"_s, 1250);
    good("leading point", u".5"_s, 500);
    good("finer than a millicpu rounds up", u"0.0001"_s, 1);
    good("zero", u"0"_s, 0);
    good("many cores", u"64.000"_s, 64000);
    bad("empty", u""_s, u"empty"_s);
    bad("negative", u"-1"_s, u"negative"_s);
    bad("unit", u"2c"_s, u"not a CPU count"_s);
    bad("word", u"two"_s, u"not a CPU count"_s);
    bad("too precise", u"0.0000000001"_s, u"too precise"_s);
    bad("overflow", u"99999999999999999"_s, u"too large"_s);
}

void TestQuantity::cpus() { check(&Quantity::parseCpus); }

void TestQuantity::kubernetesMillis_data()
{
    addColumns();
    good("milli", u"500m"_s, 500);
    good("whole", u"2"_s, 2000);
    good("fraction", u"1.5"_s, 1500);
    good("exponent", u"1e3"_s, 1'000'000);
    good("kilo", u"100k"_s, 100'000'000);
    good("micro rounds up", u"1u"_s, 1);
    good("nano rounds up", u"1500000n"_s, 2);
    good("plus sign", u"+250m"_s, 250);
    good("negative exponent", u"25e-3"_s, 25);
    bad("exa overflows millis", u"1E"_s, u"too large"_s);
    bad("negative", u"-1"_s, u"negative"_s);
    bad("bad suffix", u"2g"_s, u"unknown suffix"_s);
    bad("lower-case ki", u"2ki"_s, u"unknown suffix"_s);
    bad("empty", u""_s, u"empty"_s);
    bad("garbage", u"abc"_s, u"not a quantity"_s);
    bad("exponent without digits", u"1e+"_s, u"unknown suffix"_s);
}

void TestQuantity::kubernetesMillis() { check(&Quantity::parseKubernetesMillis); }

void TestQuantity::kubernetesValue_data()
{
    addColumns();
    good("Gi", u"2Gi"_s, 2 * GiB);
    good("Mi", u"123Mi"_s, 123 * MiB);
    good("Ki", u"64Ki"_s, 64 * KiB);
    good("Ti", u"1Ti"_s, TiB);
    good("Ei", u"1Ei"_s, qint64(1) << 60);
    good("exa", u"1E"_s, 1'000'000'000'000'000'000);
    good("exponent", u"129e6"_s, 129'000'000);
    good("upper-case exponent", u"1E3"_s, 1000);
    good("mega", u"128M"_s, 128'000'000);
    good("decimal G", u"1G"_s, 1'000'000'000);
    good("fraction of Gi", u"1.5Gi"_s, 3 * GiB / 2);
    good("milli rounds up", u"500m"_s, 1);
    good("plain", u"1.5"_s, 2);
    bad("overflow", u"8Ei"_s, u"too large"_s);
    bad("huge exponent", u"1e2000"_s, u"unknown suffix"_s);
    bad("docker unit", u"512mb"_s, u"unknown suffix"_s);
    bad("space inside", u"2 Gi"_s, u"unknown suffix"_s);
}

void TestQuantity::kubernetesValue() { check(&Quantity::parseKubernetesValue); }

void TestQuantity::duration_data()
{
    addColumns();
    good("minutes and seconds", u"1m30s"_s, 90'000'000'000);
    good("seconds", u"10s"_s, 10'000'000'000);
    good("hour", u"1h"_s, 3'600'000'000'000);
    good("milliseconds", u"500ms"_s, 500'000'000);
    good("microseconds", u"2us"_s, 2'000);
    good("micro sign", u"3\u00b5s"_s, 3'000);
    good("nanoseconds", u"7ns"_s, 7);
    good("fraction", u"1.5s"_s, 1'500'000'000);
    good("four units", u"1h2m3s4ms"_s, 3'723'004'000'000);
    good("bare zero", u"0"_s, 0);
    good("fractional minute", u"0.5m"_s, 30'000'000'000);
    bad("no unit", u"30"_s, u"missing unit"_s);
    bad("unknown unit", u"2d"_s, u"unknown unit"_s);
    bad("negative", u"-1s"_s, u"negative"_s);
    bad("empty", u""_s, u"empty"_s);
    bad("unit first", u"s10"_s, u"not a duration"_s);
    bad("overflow", u"3000000h"_s, u"too large"_s);
    bad("sum overflows", u"2562047h2562047h"_s, u"too large"_s);
}

void TestQuantity::duration() { check(&Quantity::parseDuration); }

void TestQuantity::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("GiB") << 4 * GiB << u"4 GiB"_s;
    QTest::newRow("fraction") << 3 * GiB / 2 << u"1.5 GiB"_s;
    QTest::newRow("MiB") << 512 * MiB << u"512 MiB"_s;
    QTest::newRow("bytes") << qint64(100) << u"100 B"_s;
    QTest::newRow("zero") << qint64(0) << u"0 B"_s;
    QTest::newRow("rounded") << GiB + 1 << u"1 GiB"_s;
}

void TestQuantity::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Quantity::formatBytes(bytes), text);
}

void TestQuantity::formatMillicpus_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("text");
    QTest::newRow("one and a half") << qint64(1500) << u"1.5"_s;
    QTest::newRow("two") << qint64(2000) << u"2"_s;
    QTest::newRow("quarter") << qint64(250) << u"0.25"_s;
    QTest::newRow("one milli") << qint64(1) << u"0.001"_s;
}

void TestQuantity::formatMillicpus()
{
    QFETCH(qint64, millis);
    QFETCH(QString, text);
    QCOMPARE(Quantity::formatMillicpus(millis), text);
    QCOMPARE(Quantity::parseCpus(text).value(), millis); // round trip
}

void TestQuantity::formatDuration_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::newRow("minute and a half") << qint64(90'000'000'000) << u"1m30s"_s;
    QTest::newRow("hours") << qint64(3'723'004'000'000) << u"1h2m3.004s"_s;
    QTest::newRow("milliseconds") << qint64(1'500'000) << u"1.5ms"_s;
    QTest::newRow("zero") << qint64(0) << u"0s"_s;
}

void TestQuantity::formatDuration()
{
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    QCOMPARE(Quantity::formatDuration(nanos), text);
    QCOMPARE(Quantity::parseDuration(text).value(), nanos); // round trip
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
