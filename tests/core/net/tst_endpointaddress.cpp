// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointaddress.h"

#include <QTest>

// What users type for endpoints. Decisions this test pins down (the header documents the rest):
// - a port is 1 to 5 ASCII digits, surrounding blanks ignored; leading zeros are accepted
//   ("00080" is port 80, as netcat and the socket API read it), a sixth digit is not;
// - digits of other scripts ("٣") are refused: a port on the wire is ASCII;
// - IPv4 literals are whatever QHostAddress takes (it follows inet_aton: "127.1" is
//   127.0.0.1); a dotted string of numbers that is no such literal ("256.0.0.1") is refused
//   rather than sent to DNS as a host name;
// - brackets hold an IPv6 literal and nothing else;
// - every failure has a one-line reason, even when the input holds a line break.

namespace {

void checkError(const ParsedEndpoint &parsed, const QString &errorContains)
{
    QVERIFY2(!parsed.ok(), qPrintable(QStringLiteral("accepted, host '%1'").arg(parsed.host)));
    QVERIFY(!parsed.error.trimmed().isEmpty());
    for (QChar c : parsed.error)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f,
            qPrintable(QStringLiteral("control character in error: %1").arg(parsed.error)));
    QVERIFY2(parsed.error.contains(errorContains, Qt::CaseInsensitive),
        qPrintable(
            QStringLiteral("error '%1' does not mention '%2'").arg(parsed.error, errorContains)));
}

void checkSuccess(
    const ParsedEndpoint &parsed, const QString &host, const QString &address, int port)
{
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.host, host);
    if (address.isEmpty())
        QVERIFY2(parsed.address.isNull(), qPrintable(parsed.address.toString()));
    else
        QCOMPARE(parsed.address, QHostAddress(address));
    QCOMPARE(int(parsed.port), port);
}

void addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address"); // empty: none (a name)
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("errorContains");
}

void good(
    const char *name, const QString &text, const QString &host, const QString &address, int port)
{
    QTest::newRow(name) << text << true << host << address << port << QString();
}

void bad(const char *name, const QString &text, const QString &errorContains)
{
    QTest::newRow(name) << text << false << QString() << QString() << 0 << errorContains;
}

} // namespace

class tst_EndpointAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePort_data();
    void parsePort();
    void parseHost_data();
    void parseHost();
    void parseHostAndPort_data();
    void parseHostAndPort();
    void parseListenEndpoint_data();
    void parseListenEndpoint();
    void defaultIsEmpty();
    void kindPrefix_data();
    void kindPrefix();
    void unixAddress_data();
    void unixAddress();
    void textRoundTrips_data();
    void textRoundTrips();
};

void tst_EndpointAddress::parsePort_data()
{
    addColumns();
    good("zero", QStringLiteral("0"), QString(), QString(), 0);
    good("one", QStringLiteral("1"), QString(), QString(), 1);
    good("80", QStringLiteral("80"), QString(), QString(), 80);
    good("max", QStringLiteral("65535"), QString(), QString(), 65535);
    good("blanks around", QStringLiteral(" 80 "), QString(), QString(), 80);
    good("tab around", QStringLiteral("\t8080\t"), QString(), QString(), 8080);
    good("leading zeros, five digits", QStringLiteral("00080"), QString(), QString(), 80);
    good("all zeros", QStringLiteral("00000"), QString(), QString(), 0);

    bad("one past max", QStringLiteral("65536"), QStringLiteral("65535"));
    bad("far out of range", QStringLiteral("99999999999999999999"), QStringLiteral("65535"));
    bad("six digits with zeros", QStringLiteral("000080"), QStringLiteral("65535"));
    bad("negative", QStringLiteral("-1"), QStringLiteral("'-'"));
    bad("plus sign", QStringLiteral("+80"), QStringLiteral("'+'"));
    bad("letters", QStringLiteral("abc"), QStringLiteral("'a'"));
    bad("hex", QStringLiteral("0x50"), QStringLiteral("'x'"));
    bad("trailing letter", QStringLiteral("80a"), QStringLiteral("'a'"));
    bad("decimal point", QStringLiteral("80.0"), QStringLiteral("'.'"));
    bad("inner blank", QStringLiteral("8 0"), QStringLiteral("' '"));
    bad("empty", QString(), QStringLiteral("port"));
    bad("blank", QStringLiteral("   "), QStringLiteral("port"));
    bad("arabic-indic digit", QString(QChar(0x0663)), QString(QChar(0x0663)));
    bad("fullwidth digits", QString(QChar(0xff18)) + QChar(0xff10), QString(QChar(0xff18)));
    bad("superscript digit", QString(QChar(0x00b2)), QString(QChar(0x00b2)));
    bad("inner line break", QStringLiteral("8\n0"), QStringLiteral("\\n"));
    bad("inner nul", QStringLiteral("8") + QChar(0) + QStringLiteral("0"), QStringLiteral("port"));
}

void tst_EndpointAddress::parsePort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, port);
    QFETCH(QString, errorContains);

    const ParsedEndpoint parsed = ::parsePort(text);
    if (ok) {
        checkSuccess(parsed, QString(), QString(), port);
    } else {
        checkError(parsed, errorContains);
        QCOMPARE(int(parsed.port), 0);
    }
}

void tst_EndpointAddress::parseHost_data()
{
    addColumns();
    good("name", QStringLiteral("example.com"), QStringLiteral("example.com"), QString(), 0);
    good("localhost", QStringLiteral("localhost"), QStringLiteral("localhost"), QString(), 0);
    good("fqdn with root dot", QStringLiteral("example.com."), QStringLiteral("example.com."),
        QString(), 0);
    good("hyphen and underscore", QStringLiteral("my-host_1.lan"), QStringLiteral("my-host_1.lan"),
        QString(), 0);
    good("single letter", QStringLiteral("a"), QStringLiteral("a"), QString(), 0);
    good("blanks around", QStringLiteral("  example.com "), QStringLiteral("example.com"),
        QString(), 0);
    good("ipv4", QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 0);
    good("ipv4 any", QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"),
        QStringLiteral("0.0.0.0"), 0);
    good("ipv4 short form", QStringLiteral("127.1"), QStringLiteral("127.1"),
        QStringLiteral("127.0.0.1"), 0);
    good("ipv6 bare", QStringLiteral("::1"), QStringLiteral("::1"), QStringLiteral("::1"), 0);
    good(
        "ipv6 bracketed", QStringLiteral("[::1]"), QStringLiteral("::1"), QStringLiteral("::1"), 0);
    good("ipv6 any", QStringLiteral("[::]"), QStringLiteral("::"), QStringLiteral("::"), 0);
    good("ipv6 full", QStringLiteral("2001:db8:0:0:0:0:0:1"),
        QStringLiteral("2001:db8:0:0:0:0:0:1"), QStringLiteral("2001:db8::1"), 0);
    good("ipv4-mapped ipv6", QStringLiteral("[::ffff:127.0.0.1]"),
        QStringLiteral("::ffff:127.0.0.1"), QStringLiteral("::ffff:127.0.0.1"), 0);

    bad("empty", QString(), QStringLiteral("host"));
    bad("blank", QStringLiteral("  "), QStringLiteral("host"));
    bad("empty brackets", QStringLiteral("[]"), QStringLiteral("host"));
    bad("bad ipv6 hex digit", QStringLiteral("::g"), QStringLiteral("IPv6"));
    bad("ipv6 too short", QStringLiteral("1:2:3"), QStringLiteral("IPv6"));
    bad("ipv6 two double colons", QStringLiteral("1::2::3"), QStringLiteral("IPv6"));
    bad("ipv6 too long", QStringLiteral("1:2:3:4:5:6:7:8:9"), QStringLiteral("IPv6"));
    bad("bracketed bad ipv6", QStringLiteral("[::g]"), QStringLiteral("IPv6"));
    bad("unclosed bracket", QStringLiteral("[::1"), QStringLiteral("IPv6"));
    bad("bracketed name", QStringLiteral("[example.com]"), QStringLiteral("IPv6"));
    bad("bracketed ipv4", QStringLiteral("[127.0.0.1]"), QStringLiteral("IPv6"));
    bad("ipv4 octet too big", QStringLiteral("256.0.0.1"), QStringLiteral("IPv4"));
    bad("ipv4 five parts", QStringLiteral("1.2.3.4.5"), QStringLiteral("IPv4"));
    bad("ipv4 out of range", QStringLiteral("192.168.1.300"), QStringLiteral("IPv4"));
    bad("inner blank", QStringLiteral("exa mple.com"), QStringLiteral("host name"));
    bad("leading hyphen", QStringLiteral("-example.com"), QStringLiteral("host name"));
    bad("trailing hyphen", QStringLiteral("example-"), QStringLiteral("host name"));
    bad("label with leading hyphen", QStringLiteral("a.-b.com"), QStringLiteral("host name"));
    bad("empty label", QStringLiteral("a..b"), QStringLiteral("host name"));
    bad("leading dot", QStringLiteral(".example.com"), QStringLiteral("host name"));
    bad("label of 64", QString(64, QLatin1Char('a')) + QStringLiteral(".com"),
        QStringLiteral("host name"));
    bad("name of 254",
        (QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(4) + QStringLiteral("ab"),
        QStringLiteral("host name"));
    bad("slash", QStringLiteral("example.com/path"), QStringLiteral("host name"));
    bad("url", QStringLiteral("http://example.com"), QStringLiteral("IPv6"));
    bad("at sign", QStringLiteral("user@example.com"), QStringLiteral("host name"));
    bad("non-ascii", QStringLiteral("b\u00fccher.de"), QStringLiteral("host name"));
    bad("line break", QStringLiteral("evil\nhost"), QStringLiteral("\\n"));
}

void tst_EndpointAddress::parseHost()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(QString, address);
    QFETCH(QString, errorContains);

    const ParsedEndpoint parsed = ::parseHost(text);
    if (ok)
        checkSuccess(parsed, host, address, 0);
    else
        checkError(parsed, errorContains);
}

void tst_EndpointAddress::parseHostAndPort_data()
{
    addColumns();
    good("name", QStringLiteral("example.com:80"), QStringLiteral("example.com"), QString(), 80);
    good("localhost", QStringLiteral("localhost:8080"), QStringLiteral("localhost"), QString(),
        8080);
    good("ipv4", QStringLiteral("127.0.0.1:4000"), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 4000);
    good("ipv6 bracketed", QStringLiteral("[::1]:80"), QStringLiteral("::1"), QStringLiteral("::1"),
        80);
    good("ipv6 bracketed full", QStringLiteral("[2001:db8::1]:65535"),
        QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8::1"), 65535);
    good("blanks around", QStringLiteral("  127.0.0.1:80  "), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 80);
    good("port zero (parsed; connecting refuses it)", QStringLiteral("127.0.0.1:0"),
        QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), 0);
    good("leading zeros", QStringLiteral("localhost:00080"), QStringLiteral("localhost"), QString(),
        80);

    bad("ipv6 without brackets", QStringLiteral("::1:80"), QStringLiteral("brackets"));
    bad("full ipv6 without brackets", QStringLiteral("2001:db8::1:80"), QStringLiteral("brackets"));
    bad("host, empty port", QStringLiteral("host:"), QStringLiteral("port"));
    bad("port, empty host", QStringLiteral(":80"), QStringLiteral("host"));
    bad("only a colon", QStringLiteral(":"), QStringLiteral("host"));
    bad("no port", QStringLiteral("example.com"), QStringLiteral("HOST:PORT"));
    bad("bare port", QStringLiteral("80"), QStringLiteral("HOST:PORT"));
    bad("empty", QString(), QStringLiteral("HOST:PORT"));
    bad("bracketed, no port", QStringLiteral("[::1]"), QStringLiteral(":PORT"));
    bad("bracketed, empty port", QStringLiteral("[::1]:"), QStringLiteral("port"));
    bad("bracketed, junk before port", QStringLiteral("[::1]x80"), QStringLiteral(":PORT"));
    bad("unclosed bracket", QStringLiteral("[::1:80"), QStringLiteral("']'"));
    bad("empty brackets", QStringLiteral("[]:80"), QStringLiteral("host"));
    bad("bracketed bad ipv6", QStringLiteral("[::g]:80"), QStringLiteral("IPv6"));
    bad("bracketed name", QStringLiteral("[localhost]:80"), QStringLiteral("IPv6"));
    bad("port out of range", QStringLiteral("localhost:65536"), QStringLiteral("65535"));
    bad("negative port", QStringLiteral("localhost:-1"), QStringLiteral("'-'"));
    bad("letters for port", QStringLiteral("localhost:http"), QStringLiteral("'h'"));
    bad("arabic-indic port", QStringLiteral("localhost:") + QChar(0x0663), QString(QChar(0x0663)));
    bad("bad host", QStringLiteral("exa mple:80"), QStringLiteral("host name"));
    bad("bad ipv4", QStringLiteral("256.0.0.1:80"), QStringLiteral("IPv4"));
    bad("two ports", QStringLiteral("host:80:81"), QStringLiteral("brackets"));
    bad("line break in host", QStringLiteral("a\nb:80"), QStringLiteral("\\n"));
}

void tst_EndpointAddress::parseHostAndPort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, errorContains);

    const ParsedEndpoint parsed = ::parseHostAndPort(text);
    if (ok)
        checkSuccess(parsed, host, address, port);
    else
        checkError(parsed, errorContains);
}

void tst_EndpointAddress::parseListenEndpoint_data()
{
    addColumns();
    good("bare port binds loopback", QStringLiteral("8080"), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 8080);
    good("bare port zero", QStringLiteral("0"), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 0);
    good("bare port with blanks", QStringLiteral(" 4000 "), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 4000);
    good("all ipv4 interfaces, chosen explicitly", QStringLiteral("0.0.0.0:80"),
        QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"), 80);
    good("ipv4 loopback", QStringLiteral("127.0.0.1:0"), QStringLiteral("127.0.0.1"),
        QStringLiteral("127.0.0.1"), 0);
    good("ipv6 any", QStringLiteral("[::]:0"), QStringLiteral("::"), QStringLiteral("::"), 0);
    good("ipv6 loopback", QStringLiteral("[::1]:65535"), QStringLiteral("::1"),
        QStringLiteral("::1"), 65535);

    bad("name", QStringLiteral("localhost:80"), QStringLiteral("not a name"));
    bad("other name", QStringLiteral("example.com:80"), QStringLiteral("not a name"));
    bad("bare port out of range", QStringLiteral("65536"), QStringLiteral("65535"));
    bad("bare negative port", QStringLiteral("-1"), QStringLiteral("'-'"));
    bad("bare letters", QStringLiteral("abc"), QStringLiteral("'a'"));
    bad("empty", QString(), QStringLiteral("port"));
    bad("ipv6 without brackets", QStringLiteral("::1:80"), QStringLiteral("brackets"));
    bad("bare ipv6 address", QStringLiteral("::1"), QStringLiteral("brackets"));
    bad("bare ipv4 address", QStringLiteral("127.0.0.1"), QStringLiteral("'.'"));
    bad("address, empty port", QStringLiteral("127.0.0.1:"), QStringLiteral("port"));
    bad("port, empty address", QStringLiteral(":80"), QStringLiteral("host"));
    bad("bad ipv4", QStringLiteral("256.0.0.1:80"), QStringLiteral("IPv4"));
    bad("bad ipv6", QStringLiteral("[::g]:80"), QStringLiteral("IPv6"));
}

void tst_EndpointAddress::parseListenEndpoint()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, errorContains);

    const ParsedEndpoint parsed = ::parseListenEndpoint(text);
    if (ok) {
        checkSuccess(parsed, host, address, port);
        QVERIFY(!parsed.address.isNull());
    } else {
        checkError(parsed, errorContains);
    }
}

void tst_EndpointAddress::defaultIsEmpty()
{
    const ParsedEndpoint parsed;
    QVERIFY(parsed.ok());
    QVERIFY(parsed.host.isEmpty());
    QVERIFY(parsed.address.isNull());
    QCOMPARE(parsed.port, quint16(0));
}

// [KIND:]ADDRESS: the kind is a whole word before the first ':'; without one, TCP, so that
// every address typed before kinds existed means what it meant.
void tst_EndpointAddress::kindPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<int>("kind"); // 0: refused
    QTest::addColumn<QString>("addressOrError"); // host:port, the path, or what the error says
    QTest::newRow("bare port listens on tcp") << QStringLiteral("4000") << true << int(EndpointKind::Tcp)
                                              << QStringLiteral("127.0.0.1:4000");
    QTest::newRow("tcp: prefix") << QStringLiteral("tcp:4000") << true << int(EndpointKind::Tcp)
                                 << QStringLiteral("127.0.0.1:4000");
    QTest::newRow("TCP: any case") << QStringLiteral("TCP:[::1]:80") << true << int(EndpointKind::Tcp)
                                   << QStringLiteral("::1:80");
    QTest::newRow("host:port connects over tcp") << QStringLiteral("localhost:80") << false
                                                 << int(EndpointKind::Tcp) << QStringLiteral("localhost:80");
    QTest::newRow("tcp: before a host named unix") << QStringLiteral("tcp:unix:80") << false
                                                   << int(EndpointKind::Tcp) << QStringLiteral("unix:80");
    QTest::newRow("connect to port 0") << QStringLiteral("tcp:127.0.0.1:0") << false << 0
                                       << QStringLiteral("port 0");
    QTest::newRow("udp: connects") << QStringLiteral("udp:127.0.0.1:53") << false << int(EndpointKind::Udp)
                                   << QStringLiteral("127.0.0.1:53");
    QTest::newRow("udp: listens") << QStringLiteral("udp:[::1]:0") << true << int(EndpointKind::Udp)
                                  << QStringLiteral("::1:0");
    QTest::newRow("udp: bare port binds loopback") << QStringLiteral("UDP:7000") << true << int(EndpointKind::Udp)
                                                   << QStringLiteral("127.0.0.1:7000");
    QTest::newRow("tls not yet") << QStringLiteral("tls:4433") << true << 0 << QStringLiteral("TLS sockets");
    QTest::newRow("bad tcp address keeps its reason") << QStringLiteral("tcp:localhost:80") << true << 0
                                                      << QStringLiteral("not a name");
}

void tst_EndpointAddress::kindPrefix()
{
    QFETCH(QString, text);
    QFETCH(bool, listening);
    QFETCH(int, kind);
    QFETCH(QString, addressOrError);
    const ParsedEndpoint parsed = listening ? parseListenAddress(text) : parseConnectAddress(text);
    if (kind == 0) {
        checkError(parsed, addressOrError);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(QStringLiteral("%1:%2").arg(parsed.host).arg(parsed.port), addressOrError);
}

void tst_EndpointAddress::unixAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("pathOrError");
    const QString longest = QLatin1Char('/') + QString(ParsedEndpoint::MaxUnixAddressBytes - 1, QLatin1Char('a'));
    QTest::newRow("path") << QStringLiteral("/tmp/lab.sock") << true << QStringLiteral("/tmp/lab.sock");
    QTest::newRow("relative path") << QStringLiteral("lab.sock") << true << QStringLiteral("lab.sock");
    QTest::newRow("abstract") << QStringLiteral("@lab") << true << QStringLiteral("@lab");
    QTest::newRow("longest path fits") << longest << true << longest;
    QTest::newRow("one byte too long") << longest + QLatin1Char('a') << false << QStringLiteral("at most 107");
    // Bytes, not characters: "é" is two bytes in UTF-8.
    QTest::newRow("too long in bytes") << QLatin1Char('/') + QString(54, QChar(0xe9)) << false
                                       << QStringLiteral("109 bytes");
    QTest::newRow("abstract too long") << QLatin1Char('@') + QString(108, QLatin1Char('x')) << false
                                       << QStringLiteral("sun_path");
    QTest::newRow("empty") << QString() << false << QStringLiteral("socket file path");
    QTest::newRow("bare @") << QStringLiteral("@") << false << QStringLiteral("name after '@'");
    QTest::newRow("directory") << QStringLiteral("/tmp/") << false << QStringLiteral("directory");
    QTest::newRow("NUL") << QStringLiteral("/tmp/a") + QChar(0) + QStringLiteral("b") << false
                         << QStringLiteral("NUL");
}

void tst_EndpointAddress::unixAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, pathOrError);
    const ParsedEndpoint parsed = parseUnixAddress(text);
    if (!ok) {
        checkError(parsed, pathOrError);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.kind, EndpointKind::Unix);
    QCOMPARE(parsed.path, pathOrError);
    QCOMPARE(parsed.isAbstract(), text.startsWith(QLatin1Char('@')));
}

void tst_EndpointAddress::textRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:4000");
    QTest::newRow("IPv6") << QStringLiteral("[::1]:80");
    QTest::newRow("name") << QStringLiteral("localhost:7");
}

void tst_EndpointAddress::textRoundTrips()
{
    QFETCH(QString, text);
    const ParsedEndpoint parsed = parseConnectAddress(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.text(), text);
    QCOMPARE(parseConnectAddress(parsed.text()).host, parsed.host);
}

QTEST_GUILESS_MAIN(tst_EndpointAddress)

#include "tst_endpointaddress.moc"
