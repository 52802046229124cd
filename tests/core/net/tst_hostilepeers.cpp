// SPDX-License-Identifier: GPL-3.0-or-later
// Peers that behave badly, each a python3 process (tests/peers/hostile_peer.py) against a
// Workbench: 16 MB in one go, NUL bytes and invalid UTF-8, a 1 MB line without a newline, a
// reset in the middle of a transfer, a peer that never reads (our send queue fills), and a
// listener whose accept queue is full (our connect times out). Every byte that arrived is in
// the log, the message says what happened, and the Workbench keeps serving other connections.
#include "endpointhost.h"
#include "eventprinter.h"
#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QProcess>

namespace {

constexpr int TimeoutMs = 30000;

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i % 251);
    return bytes;
}

} // namespace

class tst_HostilePeers : public QObject, public WorkbenchFixture
{
    Q_OBJECT

public:
    tst_HostilePeers()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    // Starts hostile_peer.py MODE 127.0.0.1 PORT ARGS...
    void startPeer(
        QProcess &peer, const QString &mode, quint16 port, const QStringList &arguments = {})
    {
        peer.start(QStringLiteral("python3"),
            QStringList { PeerProcess::script("hostile_peer.py"), mode, QStringLiteral("127.0.0.1"),
                QString::number(port) }
                + arguments);
        QVERIFY2(peer.waitForStarted(TimeoutMs), qPrintable(peer.errorString()));
    }

    // The listener's only accepted connection, once it is there (0 when it never came).
    ConnectionId acceptedChild(ConnectionId listener)
    {
        (void)QTest::qWaitFor([&] { return m_log->children(listener).size() == 1; }, TimeoutMs);
        const QList<ConnectionInfo> children = m_log->children(listener);
        return children.size() == 1 ? children.constFirst().id : 0;
    }

    // Another connection through the same Workbench still echoes: nothing hangs.
    void workbenchStillServes()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({ QHostAddress(QHostAddress::LocalHost), 0, true }, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = m_workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->send(client, "still here\n");
        QTRY_COMPARE_WITH_TIMEOUT(
            m_log->stream(client, EventKind::Received), QByteArray("still here\n"), TimeoutMs);
    }

    // A peer sends bytes, then FIN; the log holds exactly them, and the connection closed.
    void receiveFromPeer(const QString &mode, const QStringList &arguments,
        const QByteArray &stdinBytes, const QByteArray &expected, ConnectionId *child)
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPeer(peer, mode, port, arguments);
        if (!stdinBytes.isEmpty()) {
            peer.write(stdinBytes);
            peer.closeWriteChannel();
        }
        *child = acceptedChild(listener);
        QVERIFY2(*child != 0, "the peer's connection was never accepted");
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*child, EventKind::Received), TimeoutMs);
        // The peer waits for our FIN after its own: close when everything arrived.
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(*child).bytesIn, quint64(expected.size()), TimeoutMs);
        m_workbench->close(*child);
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("SENT ") + QByteArray::number(expected.size()));
        PeerProcess::waitForExit(peer, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*child, EventKind::Closed), TimeoutMs);
        const QByteArray received = m_log->stream(*child, EventKind::Received);
        QCOMPARE(received.size(), expected.size());
        QVERIFY2(received == expected, "the logged bytes differ from what the peer sent");
        verifyCountersMatchLog(*child);
    }

    // The headless line (the same preview the log view shows) stays one short line of ASCII.
    void verifyPrintedLines(ConnectionId child)
    {
        EventPrinter printer(*m_session, stdout);
        const QList<TrafficEvent> events = m_log->events(child);
        for (const TrafficEvent &event : events) {
            const QString line = printer.formatLine(event);
            QVERIFY2(line.size() < 400, qPrintable(line.left(400)));
            for (QChar c : line)
                QVERIFY2(c.unicode() >= 0x20 && c != QChar(0x7f), qPrintable(line));
        }
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void peerSends16MegabytesInOneGo()
    {
        constexpr int Size = 16 * 1024 * 1024;
        ConnectionId child = 0;
        receiveFromPeer(
            QStringLiteral("flood"), { QString::number(Size) }, {}, pattern(Size), &child);
        if (QTest::currentTestFailed())
            return;
        // Read in chunks of at most TcpConnection::ReadChunk, each a row.
        QVERIFY(m_log->info(child).chunksIn >= quint64(Size / (64 * 1024)));
        verifyPrintedLines(child);
        workbenchStillServes();
    }

    void nulBytesAndInvalidUtf8()
    {
        // NULs, a lone continuation byte, an overlong encoding, a UTF-16 surrogate, 0xff.
        const QByteArray bytes("nul\0\0 bad\xff\xfe\xc3\x28\xc0\xaf\xed\xa0\x80\x80 end\r\n", 25);
        ConnectionId child = 0;
        receiveFromPeer(QStringLiteral("raw"), {}, bytes, bytes, &child);
        if (QTest::currentTestFailed())
            return;
        verifyPrintedLines(child);
        EventPrinter printer(*m_session, stdout);
        const TrafficEvent received
            = m_log->events(child).at(m_log->kinds(child).indexOf(EventKind::Received));
        const QString line = printer.formatLine(received);
        QVERIFY2(line.contains(QStringLiteral("nul\\0\\0 bad\\xff\\xfe\\xc3(")), qPrintable(line));
    }

    void oneMegabyteLineWithoutNewline()
    {
        const QByteArray line(1024 * 1024, 'x');
        ConnectionId child = 0;
        receiveFromPeer(QStringLiteral("raw"), {}, line, line, &child);
        if (QTest::currentTestFailed())
            return;
        verifyPrintedLines(child);
    }

    void peerResetsInTheMiddleOfATransfer()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPeer(peer, QStringLiteral("resetmid"), port, { QStringLiteral("65536") });
        const ConnectionId child = acceptedChild(listener);
        QVERIFY2(child != 0, "the peer's connection was never accepted");
        constexpr int Size = 32 * 1024 * 1024;
        m_workbench->send(child, pattern(Size));
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("RESET after 65536"));
        PeerProcess::waitForExit(peer, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(child, EventKind::Closed), TimeoutMs);
        const QString closed
            = m_log->detail(child, EventKind::Closed) + m_log->detail(child, EventKind::Error);
        QVERIFY2(closed.contains(QStringLiteral("reset"), Qt::CaseInsensitive), qPrintable(closed));
        // What we wrote is recorded, whole, even though the peer never got most of it.
        QCOMPARE(m_log->info(child).bytesOut, quint64(Size));
        QCOMPARE(m_log->info(child).queuedOut, quint64(0));
        verifyCountersMatchLog(child);
        workbenchStillServes();
    }

    // Our send queue fills: the table (and so the row) shows how much waits, the log says so
    // once, and everything reaches the peer when it reads again.
    void peerThatNeverReads()
    {
        ConnectionId listener = 0;
        quint16 port = 0;
        startListener({}, &listener, &port);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        startPeer(peer, QStringLiteral("neverread"), port);
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("CONNECTED"));
        const ConnectionId child = acceptedChild(listener);
        QVERIFY2(child != 0, "the peer's connection was never accepted");
        constexpr int Size = 16 * 1024 * 1024;
        m_workbench->send(child, pattern(Size));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->info(child).queuedOut >= quint64(EndpointHost::QueuedNoteBytes), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->detail(child, EventKind::Note).contains(QStringLiteral("queued to send")),
            TimeoutMs);
        QCOMPARE(m_log->info(child).state, ConnectionState::Connected);
        workbenchStillServes();
        if (QTest::currentTestFailed())
            return;

        peer.write(QByteArray::number(Size) + '\n');
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("READ ") + QByteArray::number(Size));
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(child).queuedOut, quint64(0), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->payloads(child, EventKind::Note).size() >= 2, TimeoutMs);
        QVERIFY2(
            m_log->detail(child, EventKind::Note).contains(QStringLiteral("handed to the kernel")),
            qPrintable(m_log->detail(child, EventKind::Note)));
        peer.closeWriteChannel();
        PeerProcess::waitForExit(peer, TimeoutMs);
    }

    // A listener that never accepts, with a full accept queue: the kernel drops our SYNs, and
    // the connect gives up after its timeout with a message that says so.
    void connectTimesOutOnAFullBacklog()
    {
        QProcess peer;
        peer.start(QStringLiteral("python3"),
            { PeerProcess::script("hostile_peer.py"), QStringLiteral("backlog") });
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        Workbench::ConnectOptions options { QStringLiteral("127.0.0.1"), port };
        options.timeoutMs = 2000;
        const ConnectionId client = m_workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
        const ConnectionInfo info = m_log->info(client);
        QCOMPARE(info.state, ConnectionState::Failed);
        QVERIFY2(info.lastError.contains(QStringLiteral("timed out"), Qt::CaseInsensitive),
            qPrintable(info.lastError));
        peer.closeWriteChannel();
        PeerProcess::waitForExit(peer, TimeoutMs);
        workbenchStillServes();
    }
};

QTEST_GUILESS_MAIN(tst_HostilePeers)
#include "tst_hostilepeers.moc"
