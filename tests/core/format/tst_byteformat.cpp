// SPDX-License-Identifier: GPL-3.0-or-later
#include "byteformat.h"
#include "payloadparser.h"

#include "testpayloads.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using TestPayloads::allByteValues;

namespace {

QByteArray reversed(QByteArray bytes)
{
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

// Bytes 0, 1, 2, ... so that no two consecutive 16-byte lines are equal.
QByteArray counting(int length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

} // namespace

class tst_ByteFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeBytes_data();
    void escapeBytes();
    void escapeBytesRoundTrip_data();
    void escapeBytesRoundTrip();
    void hexDumpKnownAnswers_data();
    void hexDumpKnownAnswers();
    void hexDumpMatchesHexdump_data();
    void hexDumpMatchesHexdump();
    void hexPairs_data();
    void hexPairs();
    void formatByteCount_data();
    void formatByteCount();
    void formatByteCountIgnoresLocale();
    void formatByteRate_data();
    void formatByteRate();
};

void tst_ByteFormat::escapeBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");

    const QString ellipsis(QChar(0x2026));
    QTest::newRow("empty") << QByteArray() << -1 << QString();
    QTest::newRow("printable") << QByteArrayLiteral("Hi there~") << -1
                               << QStringLiteral("Hi there~");
    QTest::newRow("c escapes") << QByteArrayLiteral("\r\n\t\\") << -1
                               << QStringLiteral("\\r\\n\\t\\\\");
    QTest::newRow("nul") << QByteArray(1, '\0') << -1 << QStringLiteral("\\0");
    QTest::newRow("control") << QByteArrayLiteral("\x01\x1b") << -1 << QStringLiteral("\\x01\\x1b");
    QTest::newRow("del") << QByteArrayLiteral("\x7f") << -1 << QStringLiteral("\\x7f");
    QTest::newRow("high bytes") << QByteArrayLiteral("\x80\xff") << -1
                                << QStringLiteral("\\x80\\xff");
    QTest::newRow("utf8 is escaped per byte")
        << QByteArrayLiteral("caf\xc3\xa9") << -1 << QStringLiteral("caf\\xc3\\xa9");
    QTest::newRow("truncated") << QByteArrayLiteral("abcdef") << 3
                               << QStringLiteral("abc") + ellipsis;
    QTest::newRow("truncated escape")
        << QByteArrayLiteral("a\nb") << 2 << QStringLiteral("a\\n") + ellipsis;
    QTest::newRow("truncated to nothing") << QByteArrayLiteral("abc") << 0 << ellipsis;
    QTest::newRow("limit equals length") << QByteArrayLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("limit beyond length") << QByteArrayLiteral("abc") << 10 << QStringLiteral("abc");
    QTest::newRow("empty with zero limit") << QByteArray() << 0 << QString();
}

void tst_ByteFormat::escapeBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);

    QCOMPARE(::escapeBytes(bytes, maxBytes), expected);
}

void tst_ByteFormat::escapeBytesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("all 256 values") << allByteValues();
    QTest::newRow("all 256 values reversed") << reversed(allByteValues());
    for (int i = 0; i < 256; ++i)
        QTest::addRow("byte 0x%02x", i) << QByteArray(1, char(i));
    // Sequences whose escaped forms could run into their neighbours.
    QTest::newRow("nul then digits") << QByteArrayLiteral("\0"
                                                          "12");
    QTest::newRow("control then hex letters") << QByteArrayLiteral("\x01"
                                                                   "ab");
    QTest::newRow("backslash then x41") << QByteArrayLiteral("\\x41");
    QTest::newRow("backslash then n") << QByteArrayLiteral("\\n");
    QTest::newRow("double backslash") << QByteArrayLiteral("\\\\");
    QTest::newRow("utf8") << QByteArrayLiteral("caf\xc3\xa9 \xf0\x9f\x98\x80");
}

void tst_ByteFormat::escapeBytesRoundTrip()
{
    QFETCH(QByteArray, bytes);

    const QString escaped = ::escapeBytes(bytes);
    const ParsedPayload parsed = parseEscapedText(escaped);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.bytes, bytes);
}

void tst_ByteFormat::hexDumpKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("baseOffset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << quint64(0) << QString();
    QTest::newRow("empty with offset") << QByteArray() << quint64(42) << QString();
    QTest::newRow("hello world")
        << QByteArrayLiteral("Hello world\n") << quint64(0)
        << QStringLiteral(
               "00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|\n"
               "0000000c\n");
    QTest::newRow("offset wider than 32 bits")
        << QByteArrayLiteral("\x00\xff") << Q_UINT64_C(0x123456789)
        << QStringLiteral("123456789  00 ff                                             |..|\n"
                          "12345678b\n");
}

void tst_ByteFormat::hexDumpKnownAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, baseOffset);
    QFETCH(QString, expected);

    QCOMPARE(hexDump(bytes, baseOffset), expected);
}

void tst_ByteFormat::hexDumpMatchesHexdump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("baseOffset");

    for (int length : { 0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33 })
        QTest::addRow("length %d", length) << counting(length) << quint64(0);
    QTest::newRow("all 256 values") << allByteValues() << quint64(0);
    QTest::newRow("all 256 values reversed") << reversed(allByteValues()) << quint64(0);
    // Identical lines: hexdump -C would print '*'; -v, like hexDump(), prints them all.
    QTest::newRow("repeated lines") << QByteArray(40, '\0') << quint64(0);
    QTest::newRow("hello world") << QByteArrayLiteral("Hello world\n") << quint64(0);
    QTest::newRow("offset 3") << counting(20) << quint64(3);
    QTest::newRow("offset 16") << allByteValues() << quint64(16);
    QTest::newRow("offset 250") << counting(1) << quint64(250);
    // A nine-digit offset widens every line; the ascii column moves right with it.
    QTest::newRow("offset wider than 32 bits") << counting(20) << Q_UINT64_C(0x123456789);
}

// The reference is the real program: hexdump -C -v -s baseOffset on a file holding baseOffset
// bytes of hole (sparse, so a 4 GiB offset costs no disk) and then the data.
void tst_ByteFormat::hexDumpMatchesHexdump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, baseOffset);

    const QString program = QStandardPaths::findExecutable(QStringLiteral("hexdump"));
    if (program.isEmpty())
        QFAIL("hexdump is not on PATH (Debian package bsdextrautils; scripts/setup installs it)");

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("input.bin"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QVERIFY2(file.resize(qint64(baseOffset)), qPrintable(file.errorString()));
    QVERIFY(file.seek(qint64(baseOffset)));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
    file.close();

    QProcess hexdump;
    // %_p asks isprint(), which in a single-byte locale such as Latin-1 would pass 0xa0..0xff.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    hexdump.setProcessEnvironment(environment);
    hexdump.start(program,
        { QStringLiteral("-C"), QStringLiteral("-v"), QStringLiteral("-s"),
            QString::number(baseOffset), path });
    QVERIFY2(hexdump.waitForFinished(30000), qPrintable(hexdump.errorString()));
    QCOMPARE(hexdump.exitStatus(), QProcess::NormalExit);
    QVERIFY2(hexdump.exitCode() == 0, hexdump.readAllStandardError().constData());

    QCOMPARE(hexDump(bytes, baseOffset), QString::fromLatin1(hexdump.readAllStandardOutput()));
}

void tst_ByteFormat::hexPairs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("one") << QByteArray(1, '\0') << QStringLiteral("00");
    QTest::newRow("text") << QByteArrayLiteral("Hel") << QStringLiteral("48 65 6c");
    QTest::newRow("extremes") << QByteArrayLiteral("\x00\x7f\x80\xff")
                              << QStringLiteral("00 7f 80 ff");
}

void tst_ByteFormat::hexPairs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(::hexPairs(bytes), expected);
    // What is shown can be pasted back into the hex send field.
    QCOMPARE(parseHexText(expected).bytes, bytes);
}

void tst_ByteFormat::formatByteCount_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0 B");
    QTest::newRow("one") << 1.0 << QStringLiteral("1 B");
    QTest::newRow("fraction down") << 0.4 << QStringLiteral("0 B");
    QTest::newRow("fraction up") << 2.5 << QStringLiteral("3 B");
    QTest::newRow("512") << 512.0 << QStringLiteral("512 B");
    QTest::newRow("999") << 999.0 << QStringLiteral("999 B");
    QTest::newRow("999.4") << 999.4 << QStringLiteral("999 B");
    QTest::newRow("1000 is still bytes") << 1000.0 << QStringLiteral("1000 B");
    QTest::newRow("1023") << 1023.0 << QStringLiteral("1023 B");
    QTest::newRow("1023.5 rounds into KiB") << 1023.5 << QStringLiteral("1.00 KiB");
    QTest::newRow("1024") << 1024.0 << QStringLiteral("1.00 KiB");
    QTest::newRow("1536") << 1536.0 << QStringLiteral("1.50 KiB");
    QTest::newRow("10229") << 10229.0 << QStringLiteral("9.99 KiB");
    QTest::newRow("10235") << 10235.0 << QStringLiteral("10.0 KiB");
    QTest::newRow("12345") << 12345.0 << QStringLiteral("12.1 KiB");
    QTest::newRow("102349") << 102349.0 << QStringLiteral("100 KiB");
    QTest::newRow("123456") << 123456.0 << QStringLiteral("121 KiB");
    QTest::newRow("999.4 KiB") << 999.4 * 1024 << QStringLiteral("999 KiB");
    QTest::newRow("999.5 KiB moves into MiB") << 999.5 * 1024 << QStringLiteral("0.98 MiB");
    QTest::newRow("12345678") << 12345678.0 << QStringLiteral("11.8 MiB");
    QTest::newRow("4 GiB") << 4.0 * (1 << 30) << QStringLiteral("4.00 GiB");
    // The README's default receive cap, which showed as "68.7 GB".
    QTest::newRow("64 GiB") << double(qint64(64) << 30) << QStringLiteral("64.0 GiB");
    QTest::newRow("123 GiB") << 123.0 * (1 << 30) << QStringLiteral("123 GiB");
    QTest::newRow("1234 GiB") << 1234.0 * (1 << 30) << QStringLiteral("1.21 TiB");
    QTest::newRow("TiB is the largest unit") << 5000.0 * (qint64(1) << 40) << QStringLiteral("5000 TiB");
    QTest::newRow("negative") << -1536.0 << QStringLiteral("-1.50 KiB");
    QTest::newRow("negative bytes") << -3.0 << QStringLiteral("-3 B");
    QTest::newRow("negative rounding to zero") << -0.3 << QStringLiteral("0 B");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("0 B");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("0 B");
}

void tst_ByteFormat::formatByteCount()
{
    QFETCH(double, bytes);
    QFETCH(QString, expected);

    QCOMPARE(::formatByteCount(bytes), expected);
}

void tst_ByteFormat::formatByteCountIgnoresLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString formatted = ::formatByteCount(1536);
    QLocale::setDefault(previous);
    QCOMPARE(formatted, QStringLiteral("1.50 KiB"));
}

void tst_ByteFormat::formatByteRate_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<QString>("expected");

    QTest::newRow("idle") << 0.0 << QStringLiteral("0 B/s");
    QTest::newRow("bytes") << 512.0 << QStringLiteral("512 B/s");
    QTest::newRow("kibibytes") << 1536.0 << QStringLiteral("1.50 KiB/s");
    QTest::newRow("mebibytes") << 12345678.0 << QStringLiteral("11.8 MiB/s");
    QTest::newRow("zero-length interval")
        << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("0 B/s");
}

void tst_ByteFormat::formatByteRate()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(QString, expected);

    QCOMPARE(::formatByteRate(bytesPerSecond), expected);
}

QTEST_GUILESS_MAIN(tst_ByteFormat)
#include "tst_byteformat.moc"
