// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Action)

namespace {

QStringList argv(const QStringList &arguments)
{
    return QStringList { QStringLiteral("socketlab") } + arguments;
}

QString endpoints(const QList<ParsedEndpoint> &list)
{
    QStringList parts;
    for (const ParsedEndpoint &endpoint : list) {
        parts << QStringLiteral("%1|%2|%3")
                     .arg(endpoint.host,
                         endpoint.address.isNull() ? QStringLiteral("-")
                                                   : endpoint.address.toString())
                     .arg(endpoint.port);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void failures_data();
    void failures();
    void duration_data();
    void duration();
    void maxSegmentSize();
    void helpListsEveryOption();
    void openAndExport_data();
    void openAndExport();
    void lesson_data();
    void lesson();
};

// Successful parses: what the command line asks for, field by field.
void tst_CommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("listens"); // host|address|port, space-separated
    QTest::addColumn<QString>("connects");
    QTest::addColumn<bool>("echo");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("recordPath");

    using A = CommandLine::Action;
    const QString none;
    QTest::newRow("nothing: the window, no sockets")
        << QStringList() << A::Run << none << none << false << false << none;
    QTest::newRow("one listen, bare port")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("4000") } << A::Run
        << QStringLiteral("127.0.0.1|127.0.0.1|4000") << none << false << false << none;
    QTest::newRow("repeated listen, in order")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("0"),
               QStringLiteral("--listen"), QStringLiteral("[::1]:5000"), QStringLiteral("--listen"),
               QStringLiteral("0.0.0.0:6000") }
        << A::Run << QStringLiteral("127.0.0.1|127.0.0.1|0 ::1|::1|5000 0.0.0.0|0.0.0.0|6000")
        << none << false << false << none;
    QTest::newRow("listen with =")
        << QStringList { QStringLiteral("--listen=127.0.0.1:7") } << A::Run
        << QStringLiteral("127.0.0.1|127.0.0.1|7") << none << false << false << none;
    QTest::newRow("repeated connect, in order")
        << QStringList { QStringLiteral("--connect"), QStringLiteral("localhost:80"),
               QStringLiteral("--connect"), QStringLiteral("127.0.0.1:81"),
               QStringLiteral("--connect"), QStringLiteral("[::1]:82") }
        << A::Run << none << QStringLiteral("localhost|-|80 127.0.0.1|127.0.0.1|81 ::1|::1|82")
        << false << false << none;
    QTest::newRow("listen and connect, echo")
        << QStringList { QStringLiteral("--echo"), QStringLiteral("--listen"), QStringLiteral("0"),
               QStringLiteral("--connect"), QStringLiteral("example.com:7") }
        << A::Run << QStringLiteral("127.0.0.1|127.0.0.1|0") << QStringLiteral("example.com|-|7")
        << true << false << none;
    QTest::newRow("headless with a listener, recording")
        << QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"),
               QStringLiteral("0"), QStringLiteral("--record"),
               QStringLiteral("/tmp/x y.socketlab") }
        << A::Run << QStringLiteral("127.0.0.1|127.0.0.1|0") << none << false << true
        << QStringLiteral("/tmp/x y.socketlab");
    QTest::newRow("headless with a connection")
        << QStringList { QStringLiteral("--connect"), QStringLiteral("127.0.0.1:9"),
               QStringLiteral("--headless") }
        << A::Run << none << QStringLiteral("127.0.0.1|127.0.0.1|9") << false << true << none;
    QTest::newRow("single-dash long options")
        << QStringList { QStringLiteral("-headless"), QStringLiteral("-listen"),
               QStringLiteral("1") }
        << A::Run << QStringLiteral("127.0.0.1|127.0.0.1|1") << none << false << true << none;
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << A::ShowHelp << none
                            << none << false << false << none;
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << A::ShowHelp << none << none
                        << false << false << none;
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << A::ShowVersion
                               << none << none << false << false << none;
    QTest::newRow("-v") << QStringList { QStringLiteral("-v") } << A::ShowVersion << none << none
                        << false << false << none;
    // --help wins over what else is asked for, even over what would fail later: a user asking
    // for help gets it.
    QTest::newRow("--help with a bad listen")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("nope"),
               QStringLiteral("--help") }
        << A::ShowHelp << none << none << false << false << none;
    QTest::newRow("--help and --version")
        << QStringList { QStringLiteral("--version"), QStringLiteral("--help") } << A::ShowHelp
        << none << none << false << false << none;
    QTest::newRow("--version with headless and nothing to run")
        << QStringList { QStringLiteral("--headless"), QStringLiteral("--version") }
        << A::ShowVersion << none << none << false << false << none;
}

void tst_CommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, listens);
    QFETCH(QString, connects);
    QFETCH(bool, echo);
    QFETCH(bool, headless);
    QFETCH(QString, recordPath);

    const CommandLine parsed = CommandLine::parse(argv(arguments));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.action, action);
    if (action != CommandLine::Action::Run)
        return;
    QCOMPARE(endpoints(parsed.listens), listens);
    QCOMPARE(endpoints(parsed.connects), connects);
    QCOMPARE(parsed.echo, echo);
    QCOMPARE(parsed.headless, headless);
    QCOMPARE(parsed.recordPath, recordPath);
    QCOMPARE(parsed.durationSeconds, -1.0);
}

// Every failure is Action::Fail with one line that names the culprit.
void tst_CommandLine::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("unknown long flag")
        << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("unknown short flag")
        << QStringList { QStringLiteral("-x") } << QStringLiteral("x");
    QTest::newRow("misspelt flag") << QStringList { QStringLiteral("--listn"),
        QStringLiteral("80") } << QStringLiteral("listn");
    QTest::newRow("backlog zero") << QStringList { QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("--backlog"), QStringLiteral("0") } << QStringLiteral("--backlog 0: expected a number from 1");
    QTest::newRow("backlog not a number") << QStringList { QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("--backlog"), QStringLiteral("lots") } << QStringLiteral("--backlog lots");
    QTest::newRow("mss too small") << QStringList { QStringLiteral("--connect"), QStringLiteral("127.0.0.1:7"),
        QStringLiteral("--mss"), QStringLiteral("40") } << QStringLiteral("--mss 40: expected a number of bytes from 88 to 65535");
    QTest::newRow("mss not a number") << QStringList { QStringLiteral("--connect"), QStringLiteral("127.0.0.1:7"),
        QStringLiteral("--mss"), QStringLiteral("small") } << QStringLiteral("--mss small");
    QTest::newRow("mss without a client")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--mss"), QStringLiteral("536") }
        << QStringLiteral("--mss needs --connect");
    QTest::newRow("backlog without a listener")
        << QStringList { QStringLiteral("--backlog"), QStringLiteral("16") } << QStringLiteral("--backlog needs --listen");
    QTest::newRow("flag that takes no value")
        << QStringList { QStringLiteral("--echo=yes") } << QStringLiteral("echo");
    QTest::newRow("argument that is no file")
        << QStringList { QStringLiteral("localhost:80") } << QStringLiteral("'localhost:80'");
    QTest::newRow("no file after --") << QStringList { QStringLiteral("--"),
        QStringLiteral("--echo") } << QStringLiteral("'--echo'");
    QTest::newRow("no file among flags")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("1"), QStringLiteral("extra") }
        << QStringLiteral("'extra'");
    QTest::newRow("listen without value")
        << QStringList { QStringLiteral("--listen") } << QStringLiteral("listen");
    QTest::newRow("connect without value")
        << QStringList { QStringLiteral("--connect") } << QStringLiteral("connect");
    QTest::newRow("record without value")
        << QStringList { QStringLiteral("--record") } << QStringLiteral("record");
    QTest::newRow("record, empty name")
        << QStringList { QStringLiteral("--record"), QString() } << QStringLiteral("--record");
    QTest::newRow("record, blank name")
        << QStringList { QStringLiteral("--record=  ") } << QStringLiteral("--record");
    QTest::newRow("duration without value")
        << QStringList { QStringLiteral("--duration") } << QStringLiteral("duration");
    QTest::newRow("listen port out of range") << QStringList { QStringLiteral("--listen"),
        QStringLiteral("65536") } << QStringLiteral("--listen 65536: ");
    QTest::newRow("listen on a name")
        << QStringList { QStringLiteral("--listen"), QStringLiteral("localhost:80") }
        << QStringLiteral("--listen localhost:80: ");
    QTest::newRow("second listen bad") << QStringList { QStringLiteral("--listen"),
        QStringLiteral("80"), QStringLiteral("--listen"), QStringLiteral("abc") }
                                       << QStringLiteral("--listen abc: ");
    QTest::newRow("connect without port") << QStringList { QStringLiteral("--connect"),
        QStringLiteral("localhost") } << QStringLiteral("--connect localhost: ");
    QTest::newRow("connect ipv6 without brackets") << QStringList { QStringLiteral("--connect"),
        QStringLiteral("::1:80") } << QStringLiteral("brackets");
    QTest::newRow("connect to port 0") << QStringList { QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1:0") } << QStringLiteral("port 0");
    QTest::newRow("listen tls, not yet") << QStringList { QStringLiteral("--listen"),
        QStringLiteral("tls:4000") } << QStringLiteral("--listen tls:4000: TLS sockets are not yet supported");
    QTest::newRow("connect tls, not yet") << QStringList { QStringLiteral("--connect"),
        QStringLiteral("tls:example.com:443") } << QStringLiteral("--connect tls:example.com:443: TLS sockets");
    QTest::newRow("connect, line break in host") << QStringList { QStringLiteral("--connect"),
        QStringLiteral("a\nb:80") } << QStringLiteral("a\\nb");
    QTest::newRow("headless, no sockets")
        << QStringList { QStringLiteral("--headless") } << QStringLiteral("--headless");
    QTest::newRow("headless, only echo and record") << QStringList { QStringLiteral("--headless"),
        QStringLiteral("--echo"), QStringLiteral("--record"), QStringLiteral("/tmp/x.socketlab") }
                                                    << QStringLiteral("--headless");
    QTest::newRow("headless, only a duration") << QStringList { QStringLiteral("--headless"),
        QStringLiteral("--duration"), QStringLiteral("1") }
                                               << QStringLiteral("--headless");
    QTest::newRow("two session files")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral(SOCKETLAB_PEERS_DIR "/upper_server.py") }
        << QStringLiteral("one session file at a time");
    QTest::newRow("open a directory") << QStringList { QStringLiteral("--open"), QStringLiteral(SOCKETLAB_PEERS_DIR) }
                                      << QStringLiteral("not a file");
    QTest::newRow("open with listen")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral("--listen"), QStringLiteral("0") }
        << QStringLiteral("read-only");
    QTest::newRow("open with record")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral("--record"), QStringLiteral("x") }
        << QStringLiteral("already recorded");
    QTest::newRow("export without open or headless")
        << QStringList { QStringLiteral("--export"), QStringLiteral("csv:x.csv") } << QStringLiteral("--open FILE");
    QTest::newRow("export, unknown format")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral("--export"), QStringLiteral("json:x") }
        << QStringLiteral("jsonl");
    QTest::newRow("export, no colon")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral("--export"), QStringLiteral("csv") }
        << QStringLiteral("FORMAT:FILE");
    QTest::newRow("export, no file name")
        << QStringList { QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py"), QStringLiteral("--export"), QStringLiteral("csv:") }
        << QStringLiteral("file name is missing");
    QTest::newRow("line break in an unknown flag")
        << QStringList { QStringLiteral("--a\nb") } << QStringLiteral("a\\nb");
}

void tst_CommandLine::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorContains);

    const CommandLine parsed = CommandLine::parse(argv(arguments));
    QCOMPARE(parsed.action, CommandLine::Action::Fail);
    QVERIFY(!parsed.error.trimmed().isEmpty());
    QVERIFY2(!parsed.error.contains(QLatin1Char('\n')) && !parsed.error.contains(QLatin1Char('\r')),
        qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(errorContains),
        qPrintable(QStringLiteral("'%1' does not mention '%2'").arg(parsed.error, errorContains)));
}

void tst_CommandLine::openAndExport_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("openPath");
    QTest::addColumn<QStringList>("exports");   // "format:path"
    QTest::addColumn<bool>("headless");

    const QString file = QStringLiteral(SOCKETLAB_PEERS_DIR "/echo_client.py");   // any existing file
    QTest::newRow("file as argument") << QStringList { file } << file << QStringList() << false;
    QTest::newRow("--open") << QStringList { QStringLiteral("--open"), file } << file << QStringList() << false;
    QTest::newRow("convert to two formats")
        << QStringList { file, QStringLiteral("--export"), QStringLiteral("pcapng:a.pcapng"), QStringLiteral("--export"),
                         QStringLiteral("CSV:b:c.csv") }
        << file << QStringList { QStringLiteral("pcapng:a.pcapng"), QStringLiteral("csv:b:c.csv") } << false;
    QTest::newRow("print a session") << QStringList { QStringLiteral("--headless"), file } << file << QStringList() << true;
    QTest::newRow("export after a headless run")
        << QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--export"),
                         QStringLiteral("jsonl:out.jsonl") }
        << QString() << QStringList { QStringLiteral("jsonl:out.jsonl") } << true;
}

void tst_CommandLine::openAndExport()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, openPath);
    QFETCH(QStringList, exports);
    QFETCH(bool, headless);

    const CommandLine parsed = CommandLine::parse(QStringList { QStringLiteral("socketlab") } + arguments);
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.action, CommandLine::Action::Run);
    QCOMPARE(parsed.openPath, openPath);
    QCOMPARE(parsed.headless, headless);
    QStringList actual;
    for (const CommandLine::Export &request : parsed.exports)
        actual << exportFormatName(request.format) + QLatin1Char(':') + request.path;
    QCOMPARE(actual, exports);
}

void tst_CommandLine::duration_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("seconds");

    QTest::newRow("whole") << QStringLiteral("3") << true << 3.0;
    QTest::newRow("decimal") << QStringLiteral("0.5") << true << 0.5;
    QTest::newRow("zero") << QStringLiteral("0") << true << 0.0;
    QTest::newRow("exponent") << QStringLiteral("1e2") << true << 100.0;
    QTest::newRow("one year") << QStringLiteral("31536000") << true << 31536000.0;
    QTest::newRow("blanks") << QStringLiteral(" 2 ") << true << 2.0;

    QTest::newRow("negative") << QStringLiteral("-1") << false << 0.0;
    QTest::newRow("tiny negative") << QStringLiteral("-0.001") << false << 0.0;
    QTest::newRow("letters") << QStringLiteral("abc") << false << 0.0;
    QTest::newRow("unit suffix") << QStringLiteral("5s") << false << 0.0;
    QTest::newRow("comma decimal") << QStringLiteral("0,5") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("-inf") << QStringLiteral("-inf") << false << 0.0;
    QTest::newRow("over a year") << QStringLiteral("31536001") << false << 0.0;
    QTest::newRow("huge") << QStringLiteral("1e300") << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
}

void tst_CommandLine::duration()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(double, seconds);

    const CommandLine parsed = CommandLine::parse(argv({ QStringLiteral("--headless"),
        QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--duration"), value }));
    if (ok) {
        QCOMPARE(parsed.action, CommandLine::Action::Run);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.durationSeconds, seconds);
    } else {
        QCOMPARE(parsed.action, CommandLine::Action::Fail);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("--duration ") + value + QLatin1Char(':')),
            qPrintable(parsed.error));
    }
}

// --mss N goes with the --connect sockets.
void tst_CommandLine::maxSegmentSize()
{
    const CommandLine parsed = CommandLine::parse(argv({QStringLiteral("--connect"), QStringLiteral("127.0.0.1:7000"),
                                                        QStringLiteral("--mss"), QStringLiteral("536")}));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.maxSegmentSize, 536);
    QCOMPARE(CommandLine::parse(argv({QStringLiteral("--connect"), QStringLiteral("127.0.0.1:7000")})).maxSegmentSize, 0);
}

void tst_CommandLine::helpListsEveryOption()
{
    const QString help = CommandLine::helpText();
    const QStringList options { QStringLiteral("--listen"), QStringLiteral("--connect"),
        QStringLiteral("--echo"), QStringLiteral("--record"), QStringLiteral("--headless"),
        QStringLiteral("--duration"), QStringLiteral("--open"), QStringLiteral("--export"), QStringLiteral("--help"), QStringLiteral("--version"),
        QStringLiteral("--lesson"), QStringLiteral("--mss") };
    for (const QString &option : options)
        QVERIFY2(help.contains(option), qPrintable(option));
    QVERIFY(help.contains(QStringLiteral("[ADDR:]PORT")));
    QVERIFY(help.contains(QStringLiteral("HOST:PORT")));
    QVERIFY(help.contains(QStringLiteral("SECONDS")));
}

// --lesson NAME: alone (the window), with --headless (no --listen or --connect needed), or list.
void tst_CommandLine::lesson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lesson");   // empty: the parse fails
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("window") << QStringList { QStringLiteral("--lesson"), QStringLiteral("hello") }
                            << QStringLiteral("hello") << QString();
    QTest::newRow("headless alone") << QStringList { QStringLiteral("--headless"), QStringLiteral("--lesson=byte-stream") }
                                    << QStringLiteral("byte-stream") << QString();
    QTest::newRow("list") << QStringList { QStringLiteral("--lesson"), QStringLiteral("list") }
                          << QStringLiteral("list") << QString();
    QTest::newRow("empty name") << QStringList { QStringLiteral("--lesson=") } << QString()
                                << QStringLiteral("--lesson needs a lesson name");
    QTest::newRow("without a value") << QStringList { QStringLiteral("--lesson") } << QString()
                                     << QStringLiteral("lesson");
    QTest::newRow("headless without anything") << QStringList { QStringLiteral("--headless") } << QString()
                                               << QStringLiteral("--headless needs at least one --listen, --connect or --lesson");
}

void tst_CommandLine::lesson()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lesson);
    QFETCH(QString, errorContains);
    arguments.prepend(QStringLiteral("socketlab"));
    const CommandLine parsed = CommandLine::parse(arguments);
    if (lesson.isEmpty()) {
        QCOMPARE(parsed.action, CommandLine::Action::Fail);
        QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
    } else {
        QVERIFY2(parsed.action == CommandLine::Action::Run, qPrintable(parsed.error));
        QCOMPARE(parsed.lesson, lesson);
    }
}

QTEST_GUILESS_MAIN(tst_CommandLine)

#include "tst_commandline.moc"
