// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadparser.h"

#include <QTest>

class tst_PayloadParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incompleteOnlyWhereTypingOnCanFixIt_data();
    void incompleteOnlyWhereTypingOnCanFixIt();
    void escapedText_data();
    void escapedText();
    void escapedTextErrors_data();
    void escapedTextErrors();
    void hexText_data();
    void hexText();
    void hexTextErrors_data();
    void hexTextErrors();
    void lineEnding_data();
    void lineEnding();
};

void tst_PayloadParser::escapedText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("plain") << QStringLiteral("GET / HTTP/1.1")
                           << QByteArrayLiteral("GET / HTTP/1.1");
    QTest::newRow("cr lf") << QStringLiteral("a\\r\\nb") << QByteArrayLiteral("a\r\nb");
    QTest::newRow("tab") << QStringLiteral("\\t") << QByteArrayLiteral("\t");
    QTest::newRow("backslash") << QStringLiteral("\\\\") << QByteArrayLiteral("\\");
    QTest::newRow("escaped backslash then n")
        << QStringLiteral("\\\\n") << QByteArrayLiteral("\\n");
    QTest::newRow("nul") << QStringLiteral("\\0") << QByteArray(1, '\0');
    QTest::newRow("nul is not octal") << QStringLiteral("\\012")
                                      << QByteArrayLiteral("\0"
                                                           "12");
    QTest::newRow("hex lower") << QStringLiteral("\\x41") << QByteArrayLiteral("A");
    QTest::newRow("hex mixed case")
        << QStringLiteral("\\xaB\\xFf") << QByteArrayLiteral("\xab\xff");
    QTest::newRow("hex takes two digits only")
        << QStringLiteral("\\x414") << QByteArrayLiteral("A4");
    QTest::newRow("hex zero") << QStringLiteral("\\x00") << QByteArray(1, '\0');
    QTest::newRow("latin1 as utf8")
        << QStringLiteral("caf\u00e9") << QByteArrayLiteral("caf\xc3\xa9");
    QTest::newRow("surrogate pair as utf8")
        << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArrayLiteral("\xf0\x9f\x98\x80");
    QTest::newRow("escape between non-ascii")
        << QStringLiteral("\u00e9\\n\u00e9") << QByteArrayLiteral("\xc3\xa9\n\xc3\xa9");
    QTest::newRow("escape at both ends") << QStringLiteral("\\tx\\t") << QByteArrayLiteral("\tx\t");
}

void tst_PayloadParser::escapedText()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    const ParsedPayload parsed = parseEscapedText(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.errorPosition, -1);
    QCOMPARE(parsed.bytes, expected);
}

void tst_PayloadParser::escapedTextErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown escape")
        << QStringLiteral("abcd\\q") << 4 << QStringLiteral("Unknown escape \\q at position 5");
    QTest::newRow("upper-case X") << QStringLiteral("\\X41") << 0
                                  << QStringLiteral("Unknown escape \\X at position 1");
    QTest::newRow("octal-looking")
        << QStringLiteral("\\1") << 0 << QStringLiteral("Unknown escape \\1 at position 1");
    QTest::newRow("backslash space") << QStringLiteral(
        "a\\ b") << 1 << QStringLiteral("Unknown escape: backslash then U+0020 at position 2");
    QTest::newRow("backslash tab") << QStringLiteral(
        "\\\t") << 0 << QStringLiteral("Unknown escape: backslash then U+0009 at position 1");
    QTest::newRow("backslash emoji")
        << QString::fromUtf8("\\\xf0\x9f\x98\x80") << 0
        << QString::fromUtf8("Unknown escape \\\xf0\x9f\x98\x80 at position 1");
    QTest::newRow("lone backslash")
        << QStringLiteral("\\") << 0 << QStringLiteral("Lone backslash at end");
    QTest::newRow("lone backslash after text")
        << QStringLiteral("ab\\r\\") << 4 << QStringLiteral("Lone backslash at end");
    QTest::newRow("x at end") << QStringLiteral("ab\\x") << 2
                              << QStringLiteral("\\x needs two hex digits at position 3");
    QTest::newRow("x one digit at end")
        << QStringLiteral("\\x4") << 0 << QStringLiteral("\\x needs two hex digits at position 1");
    QTest::newRow("x one digit then text")
        << QStringLiteral("\\x4z") << 0 << QStringLiteral("\\x needs two hex digits at position 1");
    QTest::newRow("x non-hex") << QStringLiteral("\\xg1") << 0
                               << QStringLiteral("\\x needs two hex digits at position 1");
    QTest::newRow("x split by space") << QStringLiteral("\\x4 1") << 0
                                      << QStringLiteral("\\x needs two hex digits at position 1");
    QTest::newRow("x fullwidth digits") << QStringLiteral("\\x\uff11\uff12") << 0
                                        << QStringLiteral("\\x needs two hex digits at position 1");
    QTest::newRow("first error wins")
        << QStringLiteral("\\q\\") << 0 << QStringLiteral("Unknown escape \\q at position 1");
}

void tst_PayloadParser::escapedTextErrors()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, message);

    const ParsedPayload parsed = parseEscapedText(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error, message);
    QCOMPARE(parsed.errorPosition, position);
    QCOMPARE(parsed.bytes, QByteArray());
}

void tst_PayloadParser::hexText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("only separators") << QStringLiteral(" :-\t\n") << QByteArray();
    QTest::newRow("spaced") << QStringLiteral("48 65 6c") << QByteArrayLiteral("Hel");
    QTest::newRow("packed") << QStringLiteral("48656c") << QByteArrayLiteral("Hel");
    QTest::newRow("upper case") << QStringLiteral("DE AD BE EF")
                                << QByteArrayLiteral("\xde\xad\xbe\xef");
    QTest::newRow("mixed case") << QStringLiteral("dEaD") << QByteArrayLiteral("\xde\xad");
    QTest::newRow("colons") << QStringLiteral("00:1a:2b") << QByteArrayLiteral("\x00\x1a\x2b");
    QTest::newRow("dashes") << QStringLiteral("00-1A-2B") << QByteArrayLiteral("\x00\x1a\x2b");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t41\n42\r\n") << QByteArrayLiteral("AB");
    QTest::newRow("repeated separators") << QStringLiteral("41 :: 42") << QByteArrayLiteral("AB");
    QTest::newRow("prefix per byte") << QStringLiteral("0x41 0X42") << QByteArrayLiteral("AB");
    QTest::newRow("prefix on a run")
        << QStringLiteral("0xdeadbeef") << QByteArrayLiteral("\xde\xad\xbe\xef");
    QTest::newRow("prefix with colons") << QStringLiteral("0x41:0x42") << QByteArrayLiteral("AB");
    QTest::newRow("zero byte then x-less")
        << QStringLiteral("00 0a") << QByteArrayLiteral("\x00\x0a");
    QTest::newRow("prefixed zero") << QStringLiteral("0x00") << QByteArray(1, '\0');
    QTest::newRow("all values") << QStringLiteral("00 7f 80 ff")
                                << QByteArrayLiteral("\x00\x7f\x80\xff");
}

void tst_PayloadParser::hexText()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    const ParsedPayload parsed = parseHexText(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.errorPosition, -1);
    QCOMPARE(parsed.bytes, expected);
}

void tst_PayloadParser::hexTextErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");

    const auto odd = [](char digit, int position) {
        return QStringLiteral("Hex digit %1 at position %2 has no partner: a byte needs two digits")
            .arg(QLatin1Char(digit))
            .arg(position);
    };
    QTest::newRow("single digit") << QStringLiteral("4") << 0 << odd('4', 1);
    QTest::newRow("odd count") << QStringLiteral("123") << 2 << odd('3', 3);
    QTest::newRow("pair split by space") << QStringLiteral("4 8") << 0 << odd('4', 1);
    QTest::newRow("pair split by colon") << QStringLiteral("41:4:2") << 3 << odd('4', 4);
    QTest::newRow("odd after prefix") << QStringLiteral("0x123") << 4 << odd('3', 5);
    QTest::newRow("odd at end after space") << QStringLiteral("41 f") << 3 << odd('f', 4);
    QTest::newRow("letter") << QStringLiteral("48 6g") << 4
                            << QStringLiteral("Not a hex digit: g at position 5");
    QTest::newRow("comma") << QStringLiteral("41,42") << 2
                           << QStringLiteral("Not a hex digit: , at position 3");
    QTest::newRow("x inside a pair")
        << QStringLiteral("10x") << 2 << QStringLiteral("Not a hex digit: x at position 3");
    QTest::newRow("double prefix")
        << QStringLiteral("0x0x41") << 3 << QStringLiteral("Not a hex digit: x at position 4");
    QTest::newRow("prefix alone") << QStringLiteral(
        "0x") << 0 << QStringLiteral("0x at position 1 is not followed by hex digits");
    QTest::newRow("prefix then space") << QStringLiteral(
        "41 0x 42") << 3 << QStringLiteral("0x at position 4 is not followed by hex digits");
    QTest::newRow("non-ascii letter") << QStringLiteral("4\u00e9") << 1
                                      << QStringLiteral("Not a hex digit: \u00e9 at position 2");
    QTest::newRow("control character") << QStringLiteral("41\u000142") << 2
                                       << QStringLiteral("Not a hex digit: U+0001 at position 3");
    QTest::newRow("fullwidth digit") << QStringLiteral("\uff14\uff11") << 0
                                     << QStringLiteral("Not a hex digit: \uff14 at position 1");
    QTest::newRow("escape syntax")
        << QStringLiteral("\\x41") << 0 << QStringLiteral("Not a hex digit: \\ at position 1");
}

void tst_PayloadParser::hexTextErrors()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, message);

    const ParsedPayload parsed = parseHexText(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error, message);
    QCOMPARE(parsed.errorPosition, position);
    QCOMPARE(parsed.bytes, QByteArray());
}

void tst_PayloadParser::lineEnding_data()
{
    QTest::addColumn<LineEnding>("ending");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("none") << LineEnding::None << QByteArray();
    QTest::newRow("lf") << LineEnding::Lf << QByteArrayLiteral("\n");
    QTest::newRow("crlf") << LineEnding::CrLf << QByteArrayLiteral("\r\n");
}

void tst_PayloadParser::lineEnding()
{
    QFETCH(LineEnding, ending);
    QFETCH(QByteArray, expected);

    QCOMPARE(lineEndingBytes(ending), expected);
}

// The send field shows no error for input that is only unfinished (issue 13, item 1).
void tst_PayloadParser::incompleteOnlyWhereTypingOnCanFixIt_data()
{
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("incomplete");
    QTest::newRow("lone backslash") << false << QStringLiteral("ab\\") << true;
    QTest::newRow("\\x at end") << false << QStringLiteral("ab\\x") << true;
    QTest::newRow("\\x one digit at end") << false << QStringLiteral("\\x4") << true;
    QTest::newRow("\\x one digit then text") << false << QStringLiteral("\\x4z") << false;
    QTest::newRow("\\x non-hex") << false << QStringLiteral("\\xg") << false;
    QTest::newRow("unknown escape") << false << QStringLiteral("\\q") << false;
    QTest::newRow("odd digit at end") << true << QStringLiteral("48 6") << true;
    QTest::newRow("odd digit then space") << true << QStringLiteral("4 8") << false;
    QTest::newRow("0 at end") << true << QStringLiteral("0") << true;
    QTest::newRow("bare 0x at end") << true << QStringLiteral("41 0x") << true;
    QTest::newRow("0x then space") << true << QStringLiteral("0x 41") << false;
    QTest::newRow("not hex") << true << QStringLiteral("4g") << false;
}

void tst_PayloadParser::incompleteOnlyWhereTypingOnCanFixIt()
{
    QFETCH(bool, hex);
    QFETCH(QString, text);
    QFETCH(bool, incomplete);
    const ParsedPayload parsed = hex ? parseHexText(text) : parseEscapedText(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.incomplete, incomplete);
}

QTEST_GUILESS_MAIN(tst_PayloadParser)
#include "tst_payloadparser.moc"
