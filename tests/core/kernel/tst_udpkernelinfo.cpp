// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel's view of UDP sockets, read through the Workbench as the connection info pane reads
// it: the bound and connected addresses, the buffers as the kernel set them, the receive queue of
// a paused socket, and the drops that sock_diag counts, which must be the ones SocketLab logged
// and the ones /proc/net/udp prints.
#include "connectioninfo.h"
#include "session.h"
#include "udpendpoint.h"
#include "udpkernelreader.h"
#include "workbench.h"

#include "kernelinfoprobe.h"
#include "peerprocess.h"
#include "sessionreader.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QTest>

namespace {

constexpr int TimeoutMs = 20000;

} // namespace

class tst_UdpKernelInfo : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_UdpKernelInfo()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void boundSocketShowsBuffersQueueAndDrops()
    {
        UdpOptions options;
        options.receiveBufferBytes = 4096;
        const ConnectionId socket = m_workbench->openUdp(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Listening), TimeoutMs);
        const quint16 port = m_log->info(socket).localPort;
        m_workbench->setReadingPaused(socket, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::ReadingPaused), TimeoutMs);

        QProcess flood;
        flood.start(QStringLiteral("python3"), { PeerProcess::script("udp_peer.py"), QStringLiteral("flood"),
                                                 QStringLiteral("4"), QString::number(port),
                                                 QStringLiteral("2000"), QStringLiteral("64") });
        PeerProcess::waitForExit(flood, 60000);

        // The sender has exited: on loopback every datagram was queued or dropped before sendto()
        // returned, so the kernel's counter is final.
        TcpKernelInfo info;
        readKernelInfo(*m_workbench, socket, &info, TimeoutMs);
        QCOMPARE(info.kind, EndpointKind::Udp);
        QVERIFY2(info.found && info.fromSocket, qPrintable(info.problem));
        QCOMPARE(info.localAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(info.localPort, port);
        QCOMPARE(info.peerPort, quint16(0));
        QCOMPARE(info.state, TcpState::Closed);   // Linux's table: an unconnected UDP socket
        QCOMPARE(info.receiveBuffer, 2 * 4096);   // the kernel doubles what setsockopt() asked
        QVERIFY(info.sendBuffer > 0);
        QVERIFY2(info.receiveQueue > 0, "paused, the datagrams wait in the receive queue");
        QVERIFY2(info.drops > 0, "2,000 datagrams do not fit in 8 KiB");
        QCOMPARE(info.procDrops, info.drops);
        // What SocketLab logged as dropped is what the kernel counted (it polls while paused).
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).datagramsDropped, quint64(info.drops), TimeoutMs);
        // The lines the info pane shows.
        const QString text = UdpKernelReader::describe(info).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Bound: 127.0.0.1:%1").arg(port)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 (sock_diag), %1 (/proc/net/udp)").arg(info.drops)), qPrintable(text));

        // Reading again drains the queue.
        m_workbench->setReadingPaused(socket, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).chunksIn + m_log->info(socket).datagramsDropped, quint64(2000),
                                  TimeoutMs);
        readKernelInfo(*m_workbench, socket, &info, TimeoutMs);
        QCOMPARE(info.receiveQueue, quint32(0));

        // A peer row shares its socket: the kernel's view is the socket's.
        const QList<ConnectionInfo> peers = m_log->children(socket);
        QVERIFY(!peers.isEmpty());
        TcpKernelInfo peerInfo;
        readKernelInfo(*m_workbench, peers.first().id, &peerInfo, TimeoutMs);
        QVERIFY2(peerInfo.found, qPrintable(peerInfo.problem));
        QCOMPARE(peerInfo.inode, info.inode);

        m_workbench->close(socket);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Closed), TimeoutMs);
        readKernelInfo(*m_workbench, socket, &info, TimeoutMs);
        QVERIFY(!info.found);
        QVERIFY2(info.problem.contains(QLatin1String("closed")), qPrintable(info.problem));
    }

    void connectedSocketShowsItsPeer()
    {
        quint16 port = 0;
        const ConnectionId receiver = m_workbench->openUdp(UdpOptions());
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(receiver, EventKind::Listening), TimeoutMs);
        port = m_log->info(receiver).localPort;
        Workbench::ConnectOptions options;
        options.kind = EndpointKind::Udp;
        options.host = QStringLiteral("127.0.0.1");
        options.port = port;
        const ConnectionId client = m_workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
        m_workbench->setSendBufferSize(receiver, 65536);
        TcpKernelInfo info;
        readKernelInfo(*m_workbench, client, &info, TimeoutMs);
        QVERIFY2(info.found, qPrintable(info.problem));
        QCOMPARE(info.state, TcpState::Established);   // connect() on UDP: Linux's table says so
        QCOMPARE(info.peerAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(info.peerPort, port);
        QCOMPARE(info.localPort, m_log->info(client).localPort);
        QCOMPARE(info.drops, qint64(0));
        // SO_SNDBUF set on the bound socket shows in its view, doubled.
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(receiver, EventKind::Note), TimeoutMs);
        readKernelInfo(*m_workbench, receiver, &info, TimeoutMs);
        QCOMPARE(info.sendBuffer, 2 * 65536);
    }

    void procDropsParsesTheTable()
    {
        const QByteArray table
            = "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref "
              "pointer drops\n"
              "  123: 0100007F:A1B2 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 4242 2 "
              "0000000000000000 17\n"
              "  124: 0100007F:A1B3 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 4343 2 "
              "0000000000000000 0\n";
        QCOMPARE(UdpKernelReader::procDrops(table, 4242), qint64(17));
        QCOMPARE(UdpKernelReader::procDrops(table, 4343), qint64(0));
        QCOMPARE(UdpKernelReader::procDrops(table, 99), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(tst_UdpKernelInfo)
#include "tst_udpkernelinfo.moc"
