// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel's view of real loopback connections, read through the Workbench (TCP_INFO on the
// network thread while a socket is open, the socket table after: sock_diag, /proc/net/tcp where
// that cannot answer): each step of a connection's life must show the state TCP defines for it,
// and the sources must agree.
#include "connectioninfo.h"
#include "session.h"
#include "sockdiag.h"
#include "tcpkernelreader.h"
#include "workbench.h"

#include "kernelinfoprobe.h"
#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

namespace {

constexpr int TimeoutMs = 20000;

QByteArray stateText(TcpState state)
{
    return tcpStateName(state).toLatin1();
}

} // namespace

class tst_KernelInfo : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_KernelInfo()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    TcpState state(ConnectionId id) { return kernelState(*m_workbench, id, TimeoutMs); }

    // A listener and a client of ours connected to it; ids of the listener, the client and the
    // accepted connection.
    void connectPair(ConnectionId *listener, ConnectionId *client, ConnectionId *accepted,
        const QHostAddress &listenAddress = QHostAddress(QHostAddress::LocalHost),
        const QString &host = QStringLiteral("127.0.0.1"))
    {
        quint16 port = 0;
        Workbench::ListenOptions listen;
        listen.address = listenAddress;
        startListener(listen, listener, &port);
        if (QTest::currentTestFailed())
            return;
        Workbench::ConnectOptions options;
        options.host = host;
        options.port = port;
        *client = m_workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*client, EventKind::Connected), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(*listener).acceptedCount == 1, TimeoutMs);
        for (const ConnectionInfo &info : m_session->connections().snapshot()) {
            if (info.parent == *listener)
                *accepted = info.id;
        }
        QVERIFY(*accepted != 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(*accepted, EventKind::Accepted), TimeoutMs);
    }

    // What sock_diag says of a connection of ours must come (no quiet fall back to /proc), and
    // be what /proc says; Unknown: neither has it. Only for sockets whose state and queues are
    // settled.
    void verifyTableSourcesAgree(ConnectionId id, TcpState expected)
    {
        const ConnectionInfo c = m_log->info(id);
        const QHostAddress peer = c.isListener() ? QHostAddress() : c.peerAddress;
        const quint16 peerPort = c.isListener() ? 0 : c.peerPort;
        TcpKernelReader::TableEntry diag;
        const SockDiag::Answer answer
            = SockDiag::lookup(c.localAddress, c.localPort, peer, peerPort, &diag);
        TcpKernelInfo proc;
        TcpKernelReader::readProc(&proc, c.localAddress, c.localPort, peer, peerPort);
        if (expected == TcpState::Unknown) {
            QCOMPARE(answer, SockDiag::Answer::NotFound);
            QVERIFY(!proc.found);
            return;
        }
        QCOMPARE(answer, SockDiag::Answer::Found);
        QVERIFY(proc.found);
        QCOMPARE(stateText(diag.state), stateText(expected));
        QCOMPARE(stateText(proc.state), stateText(expected));
        QCOMPARE(diag.inode, proc.inode);
        // A listener's send queue is its backlog in sock_diag (as ss shows it); /proc prints 0.
        if (c.isListener())
            QVERIFY(diag.sendQueue > 0);
        else
            QCOMPARE(diag.sendQueue, proc.sendQueue);
        QCOMPARE(diag.receiveQueue, proc.receiveQueue);
        QCOMPARE(diag.retransmits, proc.timerRetransmits);
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void establishedConnectionHasTcpInfo()
    {
        QVERIFY(TcpKernelReader::isSupported());
        ConnectionId listener = 0, client = 0, accepted = 0;
        connectPair(&listener, &client, &accepted);
        if (QTest::currentTestFailed())
            return;
        // Data both ways, so the kernel has measured a round trip.
        m_workbench->send(client, QByteArray(3000, 'a'));
        m_workbench->send(accepted, QByteArray(2000, 'b'));
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(accepted).bytesIn, quint64(3000), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(client).bytesIn, quint64(2000), TimeoutMs);

        for (ConnectionId id : { client, accepted }) {
            TcpKernelInfo info;
            readKernelInfo(*m_workbench, id, &info, TimeoutMs);
            QVERIFY(info.supported);
            QVERIFY2(info.found && info.fromSocket, qPrintable(info.problem));
            QCOMPARE(stateText(info.state), QByteArray("ESTABLISHED"));
            QVERIFY2(info.rttUs > 0, QByteArray::number(info.rttUs).constData());
            QVERIFY(info.rtoUs >= 200000); // Linux's minimum RTO is 200 ms
            QVERIFY(info.congestionWindow > 0);
            QVERIFY(info.sendMss > 0);
            QVERIFY(info.sendBuffer > 0);
            QVERIFY(info.receiveBuffer > 0);
            QVERIFY(info.noDelay == 0 || info.noDelay == 1);
            QCOMPARE(info.keepAlive, 0); // Qt does not turn it on by itself
            QVERIFY(info.bytesInFlight >= 0 && info.bytesInFlight <= 3000);
            QVERIFY(info.inode != 0); // /proc knows the socket and that a process holds it
        }

        // Everything was acknowledged (the peers read it): nothing stays in flight. Polled: a
        // delayed ACK may still be on its way.
        for (ConnectionId id : { client, accepted }) {
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    TcpKernelInfo info;
                    readKernelInfo(*m_workbench, id, &info, TimeoutMs);
                    return info.bytesInFlight == 0 && info.bytesNotSent == 0;
                }(),
                TimeoutMs);
        }

        // The socket table, read on this thread, agrees with TCP_INFO read on the network thread.
        verifyTableSourcesAgree(client, TcpState::Established);
        verifyTableSourcesAgree(accepted, TcpState::Established);
        verifyTableSourcesAgree(listener, TcpState::Listen);

        TcpKernelInfo listening;
        readKernelInfo(*m_workbench, listener, &listening, TimeoutMs);
        QCOMPARE(stateText(listening.state), QByteArray("LISTEN"));
        QVERIFY(listening.fromSocket);
    }

    // We close first: FIN_WAIT_1 → FIN_WAIT_2, and once our own accepted end (Qt closes at the
    // end of stream) has closed too, TIME_WAIT. The kernel keeps TIME_WAIT 60 s after we closed
    // the socket: only /proc can show it.
    void activeCloseEndsInTimeWait()
    {
        ConnectionId listener = 0, client = 0, accepted = 0;
        connectPair(&listener, &client, &accepted);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stateText(state(client)), QByteArray("ESTABLISHED"));
        m_workbench->close(client);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::Closed), TimeoutMs);
        const QList<TcpState> afterClose
            = { TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait };
        const TcpState first = state(client);
        QVERIFY2(afterClose.contains(first), stateText(first));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("TIME_WAIT"), TimeoutMs);
        TcpKernelInfo info;
        readKernelInfo(*m_workbench, client, &info, TimeoutMs);
        QVERIFY(!info.fromSocket); // closed in SocketLab: what we see is the socket table
        QCOMPARE(info.inode, 0u);
        verifyTableSourcesAgree(client, TcpState::TimeWait);
        // The passive side went CLOSE_WAIT → LAST_ACK → gone once our ACK of its FIN arrived.
        // Its addresses then lead sock_diag's lookup to the listener on the same port, which is
        // not the socket asked for.
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(accepted)), QByteArray("UNKNOWN"), TimeoutMs);
        verifyTableSourcesAgree(accepted, TcpState::Unknown);
    }

    // sock_diag is asked by family: IPv4, IPv6, and a dual-stack listener's IPv4-mapped view.
    void tableSourcesAgreeForEachFamily_data()
    {
        QTest::addColumn<QHostAddress>("listenAddress");
        QTest::addColumn<QString>("host");
        QTest::newRow("IPv4") << QHostAddress(QHostAddress::LocalHost)
                              << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QHostAddress(QHostAddress::LocalHostIPv6) << QStringLiteral("::1");
        QTest::newRow("dual-stack, IPv4 client")
            << QHostAddress(QHostAddress::Any) << QStringLiteral("127.0.0.1");
    }

    void tableSourcesAgreeForEachFamily()
    {
        QFETCH(QHostAddress, listenAddress);
        QFETCH(QString, host);
        if (listenAddress == QHostAddress(QHostAddress::LocalHostIPv6)) {
            QTcpServer probe;
            if (!probe.listen(listenAddress, 0))
                QSKIP(qPrintable(QStringLiteral("this machine has no IPv6 loopback (::1): ")
                    + probe.errorString()));
        }
        ConnectionId listener = 0, client = 0, accepted = 0;
        connectPair(&listener, &client, &accepted, listenAddress, host);
        if (QTest::currentTestFailed())
            return;
        verifyTableSourcesAgree(listener, TcpState::Listen);
        verifyTableSourcesAgree(client, TcpState::Established);
        verifyTableSourcesAgree(accepted, TcpState::Established);
        m_workbench->close(client);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("TIME_WAIT"), TimeoutMs);
        verifyTableSourcesAgree(client, TcpState::TimeWait);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(accepted)), QByteArray("UNKNOWN"), TimeoutMs);
        verifyTableSourcesAgree(accepted, TcpState::Unknown);
    }

    // Against a peer in another process that does not close: after our FIN we sit in FIN_WAIT_2
    // (the peer's kernel acknowledged it); when the peer closes, TIME_WAIT.
    void activeCloseWaitsInFinWait2ForThePeer()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        peer.start(python, { PeerProcess::script("hold_server.py") });
        Workbench::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        PeerProcess::readPort(peer, &options.port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = m_workbench->connectTo(options);
        QByteArray line;
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("READY"));
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        QCOMPARE(stateText(state(client)), QByteArray("ESTABLISHED"));

        m_workbench->close(client);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closing), TimeoutMs);
        const TcpState first = state(client);
        QVERIFY2(first == TcpState::FinWait1 || first == TcpState::FinWait2, stateText(first));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("FIN_WAIT_2"), TimeoutMs);
        verifyTableSourcesAgree(client, TcpState::FinWait2);

        peer.write("close\n");
        PeerProcess::readLine(peer, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("CLOSED"));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("TIME_WAIT"), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
        peer.closeWriteChannel();
        PeerProcess::waitForExit(peer, TimeoutMs);
    }

    // The peer closes first: our socket is in CLOSE_WAIT for as long as we have not closed it.
    // Qt closes as soon as it reads the end of stream, so the test keeps it from reading: reading
    // is paused and more than Qt's read buffer is waiting, so Qt never reaches the FIN.
    void passiveCloseShowsCloseWait()
    {
        ConnectionId listener = 0, client = 0, accepted = 0;
        connectPair(&listener, &client, &accepted);
        if (QTest::currentTestFailed())
            return;
        m_workbench->setReadingPaused(accepted, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::ReadingPaused), TimeoutMs);
        const int size = 100000; // more than TcpConnection::ReadChunk, less than a receive buffer
        m_workbench->send(client, QByteArray(size, 'x'));
        m_workbench->close(client);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closing), TimeoutMs);

        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(accepted)), QByteArray("CLOSE_WAIT"), TimeoutMs);
        TcpKernelInfo info;
        readKernelInfo(*m_workbench, accepted, &info, TimeoutMs);
        QVERIFY(info.fromSocket); // still open in SocketLab
        QVERIFY2(info.receiveQueue > 0, "the bytes Qt has not read wait in the kernel");
        verifyTableSourcesAgree(accepted, TcpState::CloseWait);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("FIN_WAIT_2"), TimeoutMs);

        // Reading again: Qt reads the rest and the end of stream, and closes; both ends finish.
        m_workbench->setReadingPaused(accepted, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::Closed), TimeoutMs);
        QCOMPARE(m_log->info(accepted).bytesIn, quint64(size));
        QTRY_COMPARE_WITH_TIMEOUT(stateText(state(client)), QByteArray("TIME_WAIT"), TimeoutMs);
        const TcpState passive = state(accepted);
        QVERIFY2(passive == TcpState::LastAck || passive == TcpState::Unknown, stateText(passive));
    }

    // A user clicking from one row to the next asks again before the first table read is done:
    // every socket asked about gets its answer (the second used to be dropped while the first
    // read ran, so a pane, or a test, waited for an answer that never came).
    void everyRequestIsAnswered()
    {
        ConnectionId listener = 0, client = 0, accepted = 0;
        connectPair(&listener, &client, &accepted);
        if (QTest::currentTestFailed())
            return;
        for (int round = 0; round < 10; ++round) {
            QSignalSpy spy(m_workbench.get(), &Workbench::kernelInfoReady);
            for (const ConnectionId id : { listener, client, accepted })
                m_workbench->requestKernelInfo(id);
            const auto answered = [&spy](ConnectionId id) {
                return std::any_of(spy.cbegin(), spy.cend(), [id](const QList<QVariant> &args) {
                    return args.at(0).value<TcpKernelInfo>().connection == id;
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(
                answered(listener) && answered(client) && answered(accepted), TimeoutMs);
        }
    }

    void unknownConnectionIsNotFound()
    {
        TcpKernelInfo info;
        readKernelInfo(*m_workbench, 4242, &info, TimeoutMs);
        QVERIFY(info.supported);
        QVERIFY(!info.found);
    }
};

QTEST_GUILESS_MAIN(tst_KernelInfo)
#include "tst_kernelinfo.moc"
