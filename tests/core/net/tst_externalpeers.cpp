// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench against peers it did not write, each in its own process: Python's socket module
// (tests/peers/*.py), ncat and socat. Each peer checks what it read on its own and the test
// checks the session's log against the same bytes, in both directions: the Workbench listening
// for a foreign client, and the Workbench connecting to a foreign server.
//
// A missing peer program fails the test, naming the Debian package that provides it:
// scripts/setup installs them all, and a skipped interoperability test proves nothing.
#include "connectioninfo.h"
#include "session.h"
#include "workbench.h"

#include "peerprocess.h"
#include "sessionreader.h"
#include "testpayloads.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using TestPayloads::allByteValues;
using TestPayloads::pattern;

namespace {

constexpr int TimeoutMs = 20000; // a peer process starts, and Python is not quick to start

// What upper_server.py answers: ASCII a-z upper-cased, every other byte value as it was.
QByteArray asciiUpper(QByteArray bytes)
{
    for (char &byte : bytes) {
        if (byte >= 'a' && byte <= 'z')
            byte = char(byte - 'a' + 'A');
    }
    return bytes;
}

// Everything a process prints, kept: QProcess hands each byte out only once.
class ProcessOutput : public QObject
{
public:
    explicit ProcessOutput(QProcess *process)
    {
        connect(process, &QProcess::readyReadStandardOutput, this,
            [this, process] { out += process->readAllStandardOutput(); });
        connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { err += process->readAllStandardError(); });
    }
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_ExternalPeers : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_ExternalPeers()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void pythonClientToEchoListener_data();
    void pythonClientToEchoListener();
    void workbenchClientToPythonServer_data();
    void workbenchClientToPythonServer();
    void toolClientToListener_data();
    void toolClientToListener();
    void toolClientToEchoListener_data();
    void toolClientToEchoListener();
    void workbenchClientToSocatEchoServer();

private:
    void startToolClient(bool echo, QProcess &tool, ConnectionId *listener);
    void waitForOnlyChild(ConnectionId listener, ConnectionId *child);
};

void tst_ExternalPeers::init()
{
    // A warning from Qt (reading a closed socket, a process left running) is a bug.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    createWorkbench();
}

void tst_ExternalPeers::cleanup()
{
    destroyWorkbench();
}

// Starts the tool of the current toolClientToListener_data() row as a client of a new listener:
// {port} in its arguments stands for the listener's port.
void tst_ExternalPeers::startToolClient(bool echo, QProcess &tool, ConnectionId *listener)
{
    QFETCH(QString, program);
    QFETCH(QString, package);
    QFETCH(QStringList, arguments);
    QString path;
    PeerProcess::findProgram(program, package, &path);
    if (QTest::currentTestFailed())
        return;
    Workbench::ListenOptions options;
    options.echo = echo;
    quint16 port = 0;
    startListener(options, listener, &port);
    if (QTest::currentTestFailed())
        return;

    arguments.replaceInStrings(QStringLiteral("{port}"), QString::number(port));
    tool.start(path, arguments);
}

void tst_ExternalPeers::waitForOnlyChild(ConnectionId listener, ConnectionId *child)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
    *child = m_log->children(listener).constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*child, EventKind::Accepted), TimeoutMs);
}

void tst_ExternalPeers::pythonClientToEchoListener_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << QByteArrayLiteral("Hello, socket!\r\n");
    QTest::newRow("all byte values") << allByteValues();
    QTest::newRow("1 MiB") << pattern(1 << 20);
}

// echo_client.py sends the payload to an echo listener, checks the echo and closes. The log of
// the accepted connection holds the payload in both directions, then the client's FIN.
void tst_ExternalPeers::pythonClientToEchoListener()
{
    QFETCH(QByteArray, payload);
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    Workbench::ListenOptions options;
    options.echo = true;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(options, &listener, &port);
    if (QTest::currentTestFailed())
        return;

    QProcess client;
    client.start(python,
        { PeerProcess::script("echo_client.py"), QStringLiteral("127.0.0.1"),
            QString::number(port) });
    QVERIFY2(client.waitForStarted(TimeoutMs), qPrintable(client.errorString()));
    client.write(payload);
    client.closeWriteChannel();
    QByteArray result;
    PeerProcess::readLine(client, &result, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result, QByteArrayLiteral("OK ") + QByteArray::number(payload.size()));
    PeerProcess::waitForExit(client, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    ConnectionId child = 0;
    waitForOnlyChild(listener, &child);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);
    QVERIFY2(m_log->stream(child, EventKind::Received) == payload,
        "the Received events differ from what the client sent");
    QVERIFY2(m_log->stream(child, EventKind::Sent) == payload,
        "the Sent events differ from what the client read back");
    QVERIFY2(m_log->detail(child, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(child, EventKind::Closed)));
    QCOMPARE(m_log->count(child, EventKind::Error), 0);
    verifyCountersMatchLog(child);
}

void tst_ExternalPeers::workbenchClientToPythonServer_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("text") << QByteArrayLiteral("make me loud\n");
    QTest::newRow("binary and text") << allByteValues() + QByteArrayLiteral("abc xyz");
    QTest::newRow("256 KiB") << pattern(256 << 10);
}

// upper_server.py answers each chunk upper-cased; the Workbench connects, sends, and logs the
// answer; when it closes, the server reports how much it read.
void tst_ExternalPeers::workbenchClientToPythonServer()
{
    QFETCH(QByteArray, payload);
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;

    QProcess server;
    server.start(python, { PeerProcess::script("upper_server.py") });
    Workbench::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    PeerProcess::readPort(server, &options.port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    const ConnectionId client = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);

    m_workbench->send(client, payload);
    const QByteArray expected = asciiUpper(payload);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(client, EventKind::Received).size(), expected.size(), TimeoutMs);
    QVERIFY2(m_log->stream(client, EventKind::Received) == expected,
        "the answer logged is not the payload upper-cased");
    QVERIFY2(m_log->stream(client, EventKind::Sent) == payload,
        "the Sent events differ from the payload");

    m_workbench->close(client);
    QByteArray line;
    PeerProcess::readLine(server, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, QByteArrayLiteral("DONE ") + QByteArray::number(payload.size()));
    PeerProcess::waitForExit(server, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->detail(client, EventKind::Closed), QStringLiteral("closed by us"));
    verifyCountersMatchLog(client);
}

void tst_ExternalPeers::toolClientToListener_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QStringList>("arguments"); // {port} stands for the listener's port

    QTest::newRow("ncat") << QStringLiteral("ncat") << QStringLiteral("ncat")
                          << QStringList({ QStringLiteral("127.0.0.1"), QStringLiteral("{port}") });
    QTest::newRow("socat") << QStringLiteral("socat") << QStringLiteral("socat")
                           << QStringList(
                                  { QStringLiteral("-"), QStringLiteral("TCP:127.0.0.1:{port}") });
}

// A netcat-style tool connects to a listener, stdin and stdout being its two directions. The
// Workbench speaks first; the test reads it from the tool's stdout. Then the tool sends its
// stdin and, at its end, half-closes (both tools do by default): the log holds those bytes, then
// the FIN. The tool exits once the Workbench's end closes in turn.
void tst_ExternalPeers::toolClientToListener()
{
    QProcess tool;
    ProcessOutput output(&tool);
    ConnectionId listener = 0;
    startToolClient(false, tool, &listener);
    if (QTest::currentTestFailed())
        return;
    ConnectionId child = 0;
    waitForOnlyChild(listener, &child);
    if (QTest::currentTestFailed())
        return;

    const QByteArray greeting
        = QByteArrayLiteral("220 SocketLab speaks first\r\n") + allByteValues();
    m_workbench->send(child, greeting);
    QTRY_VERIFY2_WITH_TIMEOUT(
        output.out.size() >= greeting.size(), output.err.constData(), TimeoutMs);
    QCOMPARE(output.out, greeting);

    const QByteArray request = QByteArrayLiteral("QUIT\r\n") + pattern(100 << 10);
    tool.write(request);
    tool.closeWriteChannel();
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_log->has(child, EventKind::Closed), output.err.constData(), TimeoutMs);
    QVERIFY2(m_log->stream(child, EventKind::Received) == request,
        "the Received events differ from the tool's stdin");
    QCOMPARE(m_log->stream(child, EventKind::Sent), greeting);
    QVERIFY2(m_log->detail(child, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(child, EventKind::Closed)));
    QCOMPARE(m_log->count(child, EventKind::Error), 0);
    PeerProcess::waitForExit(tool, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(output.out, greeting);
    verifyCountersMatchLog(child);
}

void tst_ExternalPeers::toolClientToEchoListener_data()
{
    toolClientToListener_data();
}

// The classic netcat demo: `printf ... | ncat host port` against an echo server. The tool sends
// its stdin and at once half-closes; the echo must still come back, every byte logged as Sent.
// Qt closes the whole socket at the peer's FIN and drops what it has not yet written, so the
// echo has to reach the kernel before Qt's next read.
void tst_ExternalPeers::toolClientToEchoListener()
{
    QProcess tool;
    ProcessOutput output(&tool);
    ConnectionId listener = 0;
    startToolClient(true, tool, &listener);
    if (QTest::currentTestFailed())
        return;
    const QByteArray payload = QByteArrayLiteral("echo me\n") + allByteValues() + pattern(4000);
    tool.write(payload);
    tool.closeWriteChannel();
    PeerProcess::waitForExit(tool, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    ConnectionId child = 0;
    waitForOnlyChild(listener, &child);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);

    QCOMPARE(output.out.size(), payload.size());
    QCOMPARE(output.out, payload);
    QVERIFY2(m_log->stream(child, EventKind::Received) == payload,
        "the Received events differ from the tool's stdin");
    QVERIFY2(m_log->stream(child, EventKind::Sent) == payload,
        "the Sent events differ from what the tool printed");
    QCOMPARE(m_log->count(child, EventKind::Error), 0);
    QVERIFY2(m_log->detail(child, EventKind::Closed).contains(QLatin1String("FIN")),
        qPrintable(m_log->detail(child, EventKind::Closed)));
    verifyCountersMatchLog(child);
}

// socat as an echo server (PIPE sends back what it reads). It cannot be told a port, but with
// port 0 and -d -d it logs the one the system chose.
void tst_ExternalPeers::workbenchClientToSocatEchoServer()
{
    QString socat;
    PeerProcess::findProgram(QStringLiteral("socat"), QStringLiteral("socat"), &socat);
    if (QTest::currentTestFailed())
        return;

    QProcess server;
    ProcessOutput output(&server);
    server.start(socat,
        { QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("TCP-LISTEN:0,bind=127.0.0.1"),
            QStringLiteral("PIPE") });
    const QRegularExpression listening(
        QStringLiteral("listening on AF=\\d+ 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY2_WITH_TIMEOUT(listening.match(QString::fromLocal8Bit(output.err)).hasMatch(),
        output.err.constData(), TimeoutMs);
    const QRegularExpressionMatch match = listening.match(QString::fromLocal8Bit(output.err));

    Workbench::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = match.captured(1).toUShort();
    const ConnectionId client = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);

    const QByteArray payload = allByteValues() + pattern(512 << 10);
    m_workbench->send(client, payload);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(client, EventKind::Received).size(), payload.size(), TimeoutMs);
    QVERIFY2(m_log->stream(client, EventKind::Received) == payload,
        "the echo logged differs from the payload");
    QCOMPARE(m_log->stream(client, EventKind::Sent).size(), payload.size());

    m_workbench->close(client);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->detail(client, EventKind::Closed), QStringLiteral("closed by us"));
    PeerProcess::waitForExit(server, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    verifyCountersMatchLog(client);
}

QTEST_GUILESS_MAIN(tst_ExternalPeers)
#include "tst_externalpeers.moc"
