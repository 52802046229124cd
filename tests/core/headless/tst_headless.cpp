// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

#include <sys/stat.h>

// The socketlab binary, run as a user runs it: flags in, lines out, an exit code, signals.

namespace {

constexpr int StartTimeoutMs = 15000; // a loaded machine starts processes slowly
constexpr int LineTimeoutMs = 10000;
constexpr int ExitTimeoutMs = 10000;

// One line of --headless output: TIME  CONNECTION  EVENT  LENGTH  PREVIEW (see eventprinter.h).
struct Line
{
    QString text;
    double time = -1;
    QString connection;
    QString event;
    QString length; // "-" for events without data
    QString preview;
};

std::optional<Line> parseLine(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d+\\.\\d{6}) +(\\S+) +(\\S+) +(\\S+)  (.*)$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return Line { text, match.captured(1).toDouble(), match.captured(2), match.captured(3),
        match.captured(4), match.captured(5) };
}

// net.core.somaxconn: the kernel caps every backlog at it.
int somaxconn()
{
    QFile file(QStringLiteral("/proc/sys/net/core/somaxconn"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 4096;
}

// A running socketlab, its standard output collected line by line as it arrives.
class Run
{
public:
    explicit Run(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] {
            m_pending += process.readAllStandardOutput();
            qsizetype end;
            while ((end = m_pending.indexOf('\n')) >= 0) {
                const QString text = QString::fromUtf8(m_pending.left(end));
                m_pending.remove(0, end + 1);
                rawLines << text;
                if (const auto line = parseLine(text))
                    lines << *line;
                else
                    malformed << text;
            }
        });
        process.start(QStringLiteral(SOCKETLAB_BINARY), arguments);
    }

    ~Run()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(ExitTimeoutMs);
        }
    }

    // The first line of this event (on this connection, when given), if it has been printed.
    std::optional<Line> find(const QString &event, const QString &connection = QString()) const
    {
        for (const Line &line : lines) {
            if (line.event == event && (connection.isEmpty() || line.connection == connection))
                return line;
        }
        return std::nullopt;
    }
    bool has(const QString &event, const QString &connection = QString()) const
    {
        return find(event, connection).has_value();
    }
    QString dump() const { return rawLines.join(QLatin1Char('\n')); }

    // Waits, with the event loop running, for the process to end.
    bool waitForExit(int timeoutMs = ExitTimeoutMs)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
    }

    QProcess process;
    QList<Line> lines;
    QStringList rawLines;
    QStringList malformed;

private:
    QByteArray m_pending;
};

int listeningPort(const Line &line)
{
    static const QRegularExpression bind(QStringLiteral("bind\\(127\\.0\\.0\\.1:(\\d+)\\)"));
    const QRegularExpressionMatch match = bind.match(line.preview);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 07777, 8);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray Magic = QByteArrayLiteral("\x89SLB\r\n\x1a\n");

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void help();
    void version();
    void badArguments_data();
    void badArguments();
    void echoServerUntilSignal_data();
    void echoServerUntilSignal();
    void backlogReachesTheKernel_data();
    void backlogReachesTheKernel();
    void durationEndsTheRun();
    void clientEndsWhenPeerCloses();
    void refusedConnectionFails();
    void unwritableRecordingFails();
    void recordReopenAndConvert();
    void windowEndsTheRecordingOnSigterm();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Headless::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SOCKETLAB_BINARY)), SOCKETLAB_BINARY);
}

void tst_Headless::help()
{
    Run run({ QStringLiteral("--help") });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QCOMPARE(run.process.readAllStandardError(), QByteArray());
    const QString help = run.rawLines.join(QLatin1Char('\n'));
    for (const char *flag : { "--listen", "--connect", "--echo", "--record", "--headless",
             "--duration", "--help", "--version" })
        QVERIFY2(help.contains(QLatin1String(flag)), flag);
}

void tst_Headless::version()
{
    Run run({ QStringLiteral("--version") });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QCOMPARE(run.rawLines, QStringList { QStringLiteral("SocketLab " SOCKETLAB_VERSION) });
    QVERIFY(QRegularExpression(QStringLiteral("^SocketLab \\d+\\.\\d+\\.\\d+$"))
                .match(run.rawLines.value(0))
                .hasMatch());
    QCOMPARE(run.process.readAllStandardError(), QByteArray());
}

void tst_Headless::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--bogus") }
                                  << QStringLiteral("bogus");
    QTest::newRow("bad port") << QStringList { QStringLiteral("--headless"),
        QStringLiteral("--listen"), QStringLiteral("65536") }
                              << QStringLiteral("65536");
    QTest::newRow("bad duration") << QStringList { QStringLiteral("--headless"),
        QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--duration"),
        QStringLiteral("abc") } << QStringLiteral("--duration abc");
    QTest::newRow("missing value")
        << QStringList { QStringLiteral("--connect") } << QStringLiteral("connect");
    QTest::newRow("headless without sockets")
        << QStringList { QStringLiteral("--headless") } << QStringLiteral("--headless");
    QTest::newRow("positional") << QStringList { QStringLiteral("localhost:80") }
                                << QStringLiteral("localhost:80");
    QTest::newRow("line break in a value") << QStringList { QStringLiteral("--headless"),
        QStringLiteral("--connect"), QStringLiteral("a\nb:80") }
                                           << QStringLiteral("a\\nb");
}

// A mistake on the command line: a non-zero exit, one line on stderr, nothing on stdout, no
// window and no recording.
void tst_Headless::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    Run run(arguments);
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QVERIFY(run.process.exitCode() != 0);
    const QString stderrText = QString::fromLocal8Bit(run.process.readAllStandardError());
    QCOMPARE(stderrText.count(QLatin1Char('\n')), 1);
    QVERIFY2(stderrText.endsWith(QLatin1Char('\n')), qPrintable(stderrText));
    QVERIFY2(stderrText.startsWith(QStringLiteral("socketlab: ")), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(mentions), qPrintable(stderrText));
    QCOMPARE(run.rawLines, QStringList());
}

void tst_Headless::backlogReachesTheKernel_data()
{
    QTest::addColumn<QStringList>("flag");
    QTest::addColumn<int>("backlog");
    QTest::newRow("--backlog 16") << QStringList { QStringLiteral("--backlog"), QStringLiteral("16") } << 16;
    // Qt's QTcpServer listened with 50; the default is now the system's maximum.
    QTest::newRow("default: SOMAXCONN") << QStringList() << 4096;
}

// The listener's line says the backlog, and the kernel's socket table (ss, iproute2) agrees.
void tst_Headless::backlogReachesTheKernel()
{
    QFETCH(QStringList, flag);
    QFETCH(int, backlog);
    const QString ss = QStandardPaths::findExecutable(QStringLiteral("ss"));
    QVERIFY2(!ss.isEmpty(), "ss is not on PATH (Debian package iproute2; scripts/setup installs it)");
    Run run(QStringList { QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--record"), m_dir->filePath(QStringLiteral("b.socketlab")) }
        + flag);
    QTRY_VERIFY2_WITH_TIMEOUT(run.has(QStringLiteral("listening")), qPrintable(run.dump()), StartTimeoutMs);
    const QString detail = run.find(QStringLiteral("listening"))->preview;
    QVERIFY2(detail.contains(QStringLiteral("listen(backlog %1)").arg(backlog)), qPrintable(detail));
    const QRegularExpressionMatch bound
        = QRegularExpression(QStringLiteral("bind\\(127\\.0\\.0\\.1:(\\d+)\\)")).match(detail);
    QVERIFY2(bound.hasMatch(), qPrintable(detail));

    // "LISTEN 0 16 127.0.0.1:PORT 0.0.0.0:*": for a listener, Send-Q is the backlog.
    QProcess table;
    table.start(ss, { QStringLiteral("-Hltn"), QStringLiteral("sport = :%1").arg(bound.captured(1)) });
    QVERIFY(table.waitForFinished(StartTimeoutMs));
    const QStringList columns = QString::fromLatin1(table.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    QVERIFY2(columns.size() >= 3, qPrintable(columns.join(QLatin1Char(' '))));
    QCOMPARE(columns.at(2).toInt(), qMin(backlog, somaxconn()));
}

void tst_Headless::echoServerUntilSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

// An echo server: every byte comes back, every event is a line, a signal ends the run cleanly
// and the recording is complete and private.
void tst_Headless::echoServerUntilSignal()
{
    QFETCH(int, signalNumber);
    const QString record = m_dir->filePath(QStringLiteral("s.socketlab"));
    Run run(
        { QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--echo"), QStringLiteral("--record"), record });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));

    QTRY_VERIFY2_WITH_TIMEOUT(
        run.has(QStringLiteral("listening")), qPrintable(run.dump()), StartTimeoutMs);
    const Line listening = *run.find(QStringLiteral("listening"));
    QCOMPARE(listening.connection, QStringLiteral("L1"));
    QCOMPARE(listening.length, QStringLiteral("-"));
    const int port = listeningPort(listening);
    QVERIFY2(port > 0 && port <= 65535, qPrintable(listening.text));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(client.waitForConnected(LineTimeoutMs));
    QTRY_VERIFY2_WITH_TIMEOUT(run.has(QStringLiteral("accepted"), QStringLiteral("L1.1")),
        qPrintable(run.dump()), LineTimeoutMs);
    QVERIFY2(run.find(QStringLiteral("accepted"))
                 ->preview.contains(QStringLiteral("127.0.0.1:%1").arg(client.localPort())),
        qPrintable(run.dump()));

    const QByteArray hello = QByteArrayLiteral("hi\r\n");
    QCOMPARE(client.write(hello), qint64(hello.size()));
    QByteArray echoed;
    QTRY_VERIFY_WITH_TIMEOUT((echoed += client.readAll()).size() >= hello.size(), LineTimeoutMs);
    QCOMPARE(echoed, hello);

    QTRY_VERIFY2_WITH_TIMEOUT(run.has(QStringLiteral("sent"), QStringLiteral("L1.1")),
        qPrintable(run.dump()), LineTimeoutMs);
    const Line received = *run.find(QStringLiteral("received"), QStringLiteral("L1.1"));
    QCOMPARE(received.length, QStringLiteral("4"));
    QCOMPARE(received.preview, QStringLiteral("hi\\r\\n")); // escaped, literally
    const Line sent = *run.find(QStringLiteral("sent"), QStringLiteral("L1.1"));
    QCOMPARE(sent.length, QStringLiteral("4"));
    QCOMPARE(sent.preview, QStringLiteral("hi\\r\\n"));
    QVERIFY(listening.time <= received.time && received.time <= sent.time);

    // Every byte value, in one write: it comes back whole, however the reads split it.
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    QCOMPARE(client.write(all), qint64(all.size()));
    echoed.clear();
    QTRY_VERIFY_WITH_TIMEOUT((echoed += client.readAll()).size() >= all.size(), LineTimeoutMs);
    QCOMPARE(echoed, all);

    if (signalNumber == SIGTERM)
        run.process.terminate();
    else
        QCOMPARE(::kill(pid_t(run.process.processId()), SIGINT), 0);
    QVERIFY2(run.waitForExit(), "did not stop on the signal");
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QCOMPARE(run.process.readAllStandardError(), QByteArray());
    // The events of the shutdown are printed too.
    QVERIFY2(
        run.has(QStringLiteral("listen-stopped"), QStringLiteral("L1")), qPrintable(run.dump()));
    QVERIFY2(run.malformed.isEmpty(), qPrintable(run.malformed.join(QLatin1Char('\n'))));

    qint64 bytesIn = 0;
    for (const Line &line : std::as_const(run.lines)) {
        if (line.event == QLatin1String("received"))
            bytesIn += line.length.toLongLong();
    }
    QCOMPARE(bytesIn, qint64(hello.size() + all.size()));

    QCOMPARE(modeOf(record), QStringLiteral("600"));
    const QByteArray recorded = fileBytes(record);
    QVERIFY(recorded.startsWith(Magic));
    QVERIFY(recorded.contains(hello));
    QVERIFY(recorded.contains(all));
}

void tst_Headless::durationEndsTheRun()
{
    const QString record = m_dir->filePath(QStringLiteral("d.socketlab"));
    QElapsedTimer elapsed;
    elapsed.start();
    Run run({ QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("--duration"), QStringLiteral("0.5"), QStringLiteral("--record"), record });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY2(run.waitForExit(StartTimeoutMs + ExitTimeoutMs), qPrintable(run.dump()));
    QVERIFY2(elapsed.elapsed() >= 500, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QVERIFY2(run.has(QStringLiteral("listening"), QStringLiteral("L1")), qPrintable(run.dump()));
    QVERIFY2(
        run.has(QStringLiteral("listen-stopped"), QStringLiteral("L1")), qPrintable(run.dump()));
    QCOMPARE(modeOf(record), QStringLiteral("600"));
    QVERIFY(fileBytes(record).size() > 32);
}

// Like netcat: a client run ends by itself, successfully, once its one connection has closed.
void tst_Headless::clientEndsWhenPeerCloses()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString record = m_dir->filePath(QStringLiteral("c.socketlab"));
    Run run({ QStringLiteral("--headless"), QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("--record"),
        record });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));

    QVERIFY(server.waitForNewConnection(StartTimeoutMs));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    QVERIFY(peer);
    QTRY_VERIFY2_WITH_TIMEOUT(run.has(QStringLiteral("connected"), QStringLiteral("C1")),
        qPrintable(run.dump()), LineTimeoutMs);
    QVERIFY2(run.find(QStringLiteral("connected"))
                 ->preview.contains(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
        qPrintable(run.dump()));

    const QByteArray greeting = QByteArrayLiteral("hello\tworld\n\x01");
    QCOMPARE(peer->write(greeting), qint64(greeting.size()));
    QTRY_VERIFY2_WITH_TIMEOUT(run.has(QStringLiteral("received"), QStringLiteral("C1")),
        qPrintable(run.dump()), LineTimeoutMs);
    const Line received = *run.find(QStringLiteral("received"), QStringLiteral("C1"));
    QCOMPARE(received.length, QString::number(greeting.size()));
    QCOMPARE(received.preview, QStringLiteral("hello\\tworld\\n\\x01"));
    QVERIFY(!run.has(QStringLiteral("sent"))); // no --echo: nothing goes back

    peer->disconnectFromHost();
    QVERIFY2(run.waitForExit(), qPrintable(run.dump()));
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 0);
    QVERIFY2(run.has(QStringLiteral("closed"), QStringLiteral("C1")), qPrintable(run.dump()));
    QVERIFY2(!run.has(QStringLiteral("error")), qPrintable(run.dump()));
    QVERIFY2(run.malformed.isEmpty(), qPrintable(run.malformed.join(QLatin1Char('\n'))));
    QCOMPARE(modeOf(record), QStringLiteral("600"));
    QVERIFY(fileBytes(record).contains(greeting));
}

void tst_Headless::refusedConnectionFails()
{
    // A port nobody listens on: bound by the system, then released.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QString record = m_dir->filePath(QStringLiteral("r.socketlab"));
    Run run({ QStringLiteral("--headless"), QStringLiteral("--connect"),
        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--record"), record });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY2(run.waitForExit(StartTimeoutMs + ExitTimeoutMs), qPrintable(run.dump()));
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 1);
    QVERIFY2(run.has(QStringLiteral("connecting"), QStringLiteral("C1")), qPrintable(run.dump()));
    QVERIFY2(run.has(QStringLiteral("error"), QStringLiteral("C1")), qPrintable(run.dump()));
    QVERIFY2(run.has(QStringLiteral("closed"), QStringLiteral("C1")), qPrintable(run.dump()));
    QVERIFY2(!run.has(QStringLiteral("connected")), qPrintable(run.dump()));
    QVERIFY2(run.find(QStringLiteral("error"))
                 ->preview.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
        qPrintable(run.dump()));
    QCOMPARE(modeOf(record), QStringLiteral("600"));
    QVERIFY(fileBytes(record).size() > 32);
}

void tst_Headless::unwritableRecordingFails()
{
    const QString record = m_dir->filePath(QStringLiteral("no/such/dir/x.socketlab"));
    QFile blocker(m_dir->filePath(QStringLiteral("no"))); // a file where a directory must be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Run run({ QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("0"),
        QStringLiteral("--record"), record });
    QVERIFY(run.process.waitForStarted(StartTimeoutMs));
    QVERIFY(run.waitForExit());
    QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process.exitCode(), 1);
    const QString stderrText = QString::fromLocal8Bit(run.process.readAllStandardError());
    QCOMPARE(stderrText.count(QLatin1Char('\n')), 1);
    QVERIFY2(stderrText.contains(record), qPrintable(stderrText));
    QCOMPARE(run.rawLines, QStringList());
}

// A recorded run reopens to the same lines, converts without a window, and exports at its end.
void tst_Headless::recordReopenAndConvert()
{
    const QString record = m_dir->filePath(QStringLiteral("r.socketlab"));
    const QString liveJsonl = m_dir->filePath(QStringLiteral("live.jsonl"));
    QStringList original;
    {
        Run run({ QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--echo"),
            QStringLiteral("--record"), record, QStringLiteral("--export"), QStringLiteral("jsonl:") + liveJsonl });
        QTRY_VERIFY_WITH_TIMEOUT(run.has(QStringLiteral("listening")), StartTimeoutMs);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, quint16(listeningPort(*run.find(QStringLiteral("listening")))));
        QVERIFY(client.waitForConnected(LineTimeoutMs));
        client.write("hi\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(4), LineTimeoutMs);
        client.close();
        QTRY_VERIFY_WITH_TIMEOUT(run.has(QStringLiteral("closed")), LineTimeoutMs);
        run.process.terminate();
        QVERIFY(run.waitForExit());
        QCOMPARE(run.process.exitCode(), 0);
        original = run.rawLines;
    }
    QVERIFY2(fileBytes(liveJsonl).contains("\"payload_base64\":\"aGkNCg==\""), fileBytes(liveJsonl).constData());

    Run reopened({ QStringLiteral("--headless"), QStringLiteral("--open"), record });
    QVERIFY(reopened.waitForExit(StartTimeoutMs));
    QCOMPARE(reopened.process.exitCode(), 0);
    QCOMPARE(reopened.rawLines, original);

    const QString text = m_dir->filePath(QStringLiteral("r.txt"));
    const QString pcapng = m_dir->filePath(QStringLiteral("r.pcapng"));
    Run convert({ record, QStringLiteral("--export"), QStringLiteral("text:") + text, QStringLiteral("--export"),
        QStringLiteral("pcapng:") + pcapng });
    QVERIFY(convert.waitForExit(StartTimeoutMs));
    QCOMPARE(convert.process.exitCode(), 0);
    QVERIFY(convert.rawLines.isEmpty());   // converting prints nothing
    QVERIFY2(fileBytes(text).contains("68 69 0d 0a"), fileBytes(text).constData());
    QVERIFY(fileBytes(pcapng).startsWith(QByteArrayLiteral("\x0a\x0d\x0d\x0a")));

    Run notASession({ liveJsonl, QStringLiteral("--export"), QStringLiteral("csv:") + m_dir->filePath(QStringLiteral("x.csv")) });
    QVERIFY(notASession.waitForExit(StartTimeoutMs));
    QCOMPARE(notASession.process.exitCode(), 1);
    const QStringList errors = QString::fromUtf8(notASession.process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(QStringLiteral("not a SocketLab session")), qPrintable(errors.constFirst()));
}

// The window too: a kill (not -9) closes it the normal way, and the journal gets its end.
void tst_Headless::windowEndsTheRecordingOnSigterm()
{
    const QString record = m_dir->filePath(QStringLiteral("window.socketlab"));
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->path());   // no old sessions to offer
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(SOCKETLAB_BINARY), { QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--record"), record });
    QVERIFY(window.waitForStarted(StartTimeoutMs));
    // Recording has begun once the lock file is there.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record + QStringLiteral(".lock")), StartTimeoutMs);
    window.terminate();
    QSignalSpy finished(&window, &QProcess::finished);
    QVERIFY(window.state() == QProcess::NotRunning || finished.wait(ExitTimeoutMs));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QVERIFY(!QFile::exists(record + QStringLiteral(".lock")));
    // The last record is the end record: type 3, 9 bytes of body.
    const QByteArray bytes = fileBytes(record);
    QVERIFY(bytes.size() > 32 + 17);
    QCOMPARE(bytes.mid(bytes.size() - 17, 4), QByteArray::fromHex("09000000"));
    QCOMPARE(bytes.at(bytes.size() - 9), char(3));
}

QTEST_GUILESS_MAIN(tst_Headless)

#include "tst_headless.moc"
