// SPDX-License-Identifier: GPL-3.0-or-later
// UDP sockets through the Workbench, as the GUI, the command line and lessons drive them: each
// datagram one event under its peer's row, echo, the peer cap, drops counted in the log with the
// invariant, refusals and failures as events, and a journal with TCP and UDP that reopens.
#include "listener.h"
#include "sessionloader.h"
#include "transports.h"
#include "udpsocket.h"

#include "networknamespace.h"
#include "peerprocess.h"
#include "udpcorpus.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QTest>

namespace {

constexpr int TimeoutMs = 10000;

} // namespace

class TestUdpEndpoint : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    TestUdpEndpoint()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }
    void datagramsAreEventsUnderTheirPeer();
    void echoGoesBackToEachSender();
    void peersBeyondTheCapShareOneRow();
    void dropsAreLoggedAndAddUp();
    void interleavedPeersInOneReadKeepTheirOrder();
    void connectedSocketLogsTheRefusal();
    void bindFailureIsRecorded();
    void boundSocketIsAListenerThatAcceptsNothing();
    void broadcastStateIsTheKernels();
    void oversizeSendToGetsTheKernelsReason();
    void groupsOnTheRowInsideNamespace();
    void tcpCallsOnUdpAreRefusedForWhatTheyAre();
    void journalWithTcpAndUdpReopens();

private:
    ConnectionId openUdp(const UdpOptions &options, quint16 *port);
    QList<ConnectionId> peerRows(ConnectionId socket) const;
};

ConnectionId TestUdpEndpoint::openUdp(const UdpOptions &options, quint16 *port)
{
    const ConnectionId id = m_workbench->openUdp(options);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Listening) || m_log->has(id, EventKind::ListenFailed),
                                 TimeoutMs);
    }();
    *port = m_log->info(id).localPort;
    return id;
}

QList<ConnectionId> TestUdpEndpoint::peerRows(ConnectionId socket) const
{
    QList<ConnectionId> ids;
    for (const ConnectionInfo &info : m_log->children(socket))
        ids << info.id;
    return ids;
}

void TestUdpEndpoint::datagramsAreEventsUnderTheirPeer()
{
    quint16 port = 0;
    const ConnectionId socket = openUdp({}, &port);
    QVERIFY2(m_log->has(socket, EventKind::Listening), qPrintable(m_log->detail(socket, EventKind::ListenFailed)));
    QCOMPARE(m_log->info(socket).state, ConnectionState::Bound);
    QCOMPARE(m_log->info(socket).role, ConnectionRole::UdpSocket);

    QProcess peer;
    peer.start(QStringLiteral("python3"),
               {PeerProcess::script("udp_peer.py"), QStringLiteral("source"), QStringLiteral("4"), QString::number(port)});
    const QList<QByteArray> corpus = UdpCorpus::datagrams(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).chunksIn, quint64(corpus.size()), TimeoutMs);
    PeerProcess::waitForExit(peer, TimeoutMs);

    const QList<ConnectionId> rows = peerRows(socket);
    QCOMPARE(rows.size(), 1);
    const ConnectionInfo row = m_log->info(rows[0]);
    QCOMPARE(row.role, ConnectionRole::UdpPeer);
    QCOMPARE(row.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(row.name, QStringLiteral("U1.1"));
    // One event per datagram, the empty one included, each with its exact bytes.
    QCOMPARE(m_log->payloads(rows[0], EventKind::Received), corpus);
    QCOMPARE(m_log->count(rows[0], EventKind::PeerSeen), 1);
    QCOMPARE(row.chunksIn, quint64(corpus.size()));
    qint64 total = 0;
    for (const QByteArray &datagram : corpus)
        total += datagram.size();
    QCOMPARE(m_log->info(socket).bytesIn, quint64(total));
    QVERIFY(row.lastDataNs >= row.openedNs);

    // Reply to the peer row: one datagram from the socket's port, to the peer's.
    QProcess sink;
    sink.start(QStringLiteral("python3"),
               {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"), QStringLiteral("4"), QStringLiteral("2")});
    quint16 sinkPort = 0;
    PeerProcess::readPort(sink, &sinkPort, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    m_workbench->sendTo(socket, QHostAddress::LocalHost, sinkPort, QByteArray());
    m_workbench->sendTo(socket, QHostAddress::LocalHost, sinkPort, "second", 1);
    QByteArray line;
    PeerProcess::readLine(sink, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("0"));
    PeerProcess::readLine(sink, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("6 ") + QByteArray("second").toHex());
    QTRY_COMPARE_WITH_TIMEOUT(peerRows(socket).size(), 2, TimeoutMs);
    QCOMPARE(m_log->payloads(peerRows(socket)[1], EventKind::Sent), (QList<QByteArray>{QByteArray(), "second"}));
}

void TestUdpEndpoint::echoGoesBackToEachSender()
{
    quint16 port = 0;
    UdpOptions options;
    options.echo = true;
    const ConnectionId socket = openUdp(options, &port);
    UdpSocket a, b;
    QList<QByteArray> backA, backB;
    connect(&a, &UdpSocket::received, this, [&](const QByteArray &bytes) { backA << bytes; });
    connect(&b, &UdpSocket::received, this, [&](const QByteArray &bytes) { backB << bytes; });
    QString error;
    QVERIFY(a.sendTo("from a", QHostAddress::LocalHost, port, &error));
    QVERIFY(b.sendTo("from b", QHostAddress::LocalHost, port, &error));
    QVERIFY(a.sendTo(QByteArray(), QHostAddress::LocalHost, port, &error));
    QTRY_COMPARE_WITH_TIMEOUT(backA, (QList<QByteArray>{"from a", QByteArray()}), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(backB, QList<QByteArray>{"from b"}, TimeoutMs);
    const QList<ConnectionId> rows = peerRows(socket);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(m_log->payloads(rows[0], EventKind::Sent), m_log->payloads(rows[0], EventKind::Received));
    QCOMPARE(m_log->info(rows[1]).peerPort, b.localPort());
}

void TestUdpEndpoint::peersBeyondTheCapShareOneRow()
{
    quint16 port = 0;
    UdpOptions options;
    options.peerCap = 3;
    const ConnectionId socket = openUdp(options, &port);
    std::vector<std::unique_ptr<UdpSocket>> senders;
    QString error;
    for (int i = 0; i < 10; ++i) {
        senders.push_back(std::make_unique<UdpSocket>());
        QVERIFY(senders.back()->sendTo(QByteArray::number(i), QHostAddress::LocalHost, port, &error));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).chunksIn, quint64(10), TimeoutMs);
    const QList<ConnectionId> rows = peerRows(socket);
    QCOMPARE(rows.size(), 4);   // three peers and "other peers"
    const ConnectionInfo others = m_log->info(rows[3]);
    QCOMPARE(others.name, QStringLiteral("U1.others"));
    QVERIFY(others.peerAddress.isNull());
    QCOMPARE(others.chunksIn, quint64(7));   // nothing recorded is lost
    QVERIFY2(m_log->detail(rows[3], EventKind::PeerSeen).contains(QLatin1String("cap of 3 peer row")),
             qPrintable(m_log->detail(rows[3], EventKind::PeerSeen)));
}

// Datagrams read by one recvmmsg() are recorded together: from two peers taking turns (queued
// while reading is paused, so one read takes them all), each is still one event under its own
// row, in the order sent, and each row's "first datagram" event comes before its first datagram.
void TestUdpEndpoint::interleavedPeersInOneReadKeepTheirOrder()
{
    quint16 port = 0;
    const ConnectionId socket = openUdp({}, &port);
    m_workbench->setReadingPaused(socket, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::ReadingPaused), TimeoutMs);
    constexpr int Turns = 40;
    QProcess peers;
    peers.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import socket, sys\n"
                                "a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                                "b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                                "for i in range(int(sys.argv[2])):\n"
                                "    a.sendto(b'a%d' % i, ('127.0.0.1', int(sys.argv[1])))\n"
                                "    b.sendto(b'' if i % 7 == 0 else b'b%d' % i, ('127.0.0.1', int(sys.argv[1])))\n"),
                 QString::number(port), QString::number(Turns)});
    PeerProcess::waitForExit(peers, TimeoutMs);
    m_workbench->setReadingPaused(socket, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).chunksIn, quint64(2 * Turns), TimeoutMs);
    QCOMPARE(m_log->info(socket).datagramsDropped, quint64(0));

    const QList<ConnectionId> rows = peerRows(socket);
    QCOMPARE(rows.size(), 2);
    QList<QByteArray> expected[2];
    QList<QByteArray> inOrder;
    for (int i = 0; i < Turns; ++i) {
        expected[0] << QByteArray("a") + QByteArray::number(i);
        expected[1] << (i % 7 == 0 ? QByteArray() : QByteArray("b") + QByteArray::number(i));
        inOrder << expected[0].last() << expected[1].last();
    }
    QCOMPARE(m_log->payloads(rows[0], EventKind::Received), expected[0]);
    QCOMPARE(m_log->payloads(rows[1], EventKind::Received), expected[1]);
    const TrafficLog &log = m_session->log();
    QList<QByteArray> received;
    qint64 firstSeen[2] = {-1, -1};
    qint64 firstData[2] = {-1, -1};
    for (qint64 i = 0; i < log.count(); ++i) {
        const TrafficEvent event = log.event(i);
        const int row = rows.indexOf(event.connection);
        if (row < 0)
            continue;
        if (event.kind == EventKind::PeerSeen && firstSeen[row] < 0)
            firstSeen[row] = i;
        if (event.kind == EventKind::Received) {
            received << log.payload(event);
            if (firstData[row] < 0)
                firstData[row] = i;
        }
    }
    QCOMPARE(received, inOrder);
    for (int row : {0, 1}) {
        QVERIFY(firstSeen[row] >= 0);
        QVERIFY(firstSeen[row] < firstData[row]);
    }
}

void TestUdpEndpoint::dropsAreLoggedAndAddUp()
{
    quint16 port = 0;
    UdpOptions options;
    options.receiveBufferBytes = 4096;
    const ConnectionId socket = openUdp(options, &port);
    m_workbench->setReadingPaused(socket, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::ReadingPaused), TimeoutMs);

    constexpr int Sent = 2000;
    QProcess flood;
    flood.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("flood"),
                                            QStringLiteral("4"), QString::number(port), QString::number(Sent),
                                            QStringLiteral("64")});
    PeerProcess::waitForExit(flood, 60000);
    // Logged while paused, as they happen: "N datagrams dropped by the kernel: receive buffer full".
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::DatagramsDropped), TimeoutMs);
    QVERIFY2(m_log->detail(socket, EventKind::DatagramsDropped)
                 .contains(QRegularExpression(QStringLiteral("^\\d+ datagrams dropped by the kernel: receive buffer full$"))),
             qPrintable(m_log->detail(socket, EventKind::DatagramsDropped)));
    m_workbench->setReadingPaused(socket, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(socket).chunksIn + m_log->info(socket).datagramsDropped, quint64(Sent),
                              TimeoutMs);
    QVERIFY(m_log->info(socket).datagramsDropped > 0);
    const quint64 recorded = m_log->info(socket).chunksIn;
    const quint64 dropped = m_log->info(socket).datagramsDropped;
    m_workbench->close(socket);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->detail(socket, EventKind::Note),
             QStringLiteral("final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the socket")
                 .arg(recorded)
                 .arg(dropped)
                 .arg(Sent));
    // Closing the socket ends its peer rows.
    for (ConnectionId row : peerRows(socket))
        QCOMPARE(m_log->info(row).state, ConnectionState::Closed);
}

// --connect udp: is a Transport (UdpConnection) driven as a TCP client is: one row of kind UDP.
void TestUdpEndpoint::connectedSocketLogsTheRefusal()
{
    const quint16 closedPort = UdpCorpus::closedPort();
    QVERIFY(closedPort != 0);
    Workbench::ConnectOptions options;
    options.kind = EndpointKind::Udp;
    options.host = QStringLiteral("127.0.0.1");
    options.port = closedPort;
    const ConnectionId socket = m_workbench->connectTo(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Connected), TimeoutMs);
    QCOMPARE(m_log->info(socket).role, ConnectionRole::Client);
    QCOMPARE(m_log->info(socket).kind, EndpointKind::Udp);
    QCOMPARE(m_log->info(socket).peerPort, closedPort);
    m_workbench->send(socket, "anyone?");
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Error), TimeoutMs);
    QVERIFY2(m_log->detail(socket, EventKind::Error).contains(QLatin1String("ECONNREFUSED")),
             qPrintable(m_log->detail(socket, EventKind::Error)));
    QList<EventFacts> errorFacts;
    for (const TrafficEvent &event : m_log->events(socket))
        if (event.kind == EventKind::Error)
            errorFacts << event.facts;
    QCOMPARE(errorFacts, QList<EventFacts>{EventFacts::failure(ErrorCode::ConnectionRefused)});
    QCOMPARE(m_log->payloads(socket, EventKind::Sent), QList<QByteArray>{"anyone?"});
    // The socket is still open: the refusal is an answer, not an end.
    QCOMPARE(m_log->info(socket).state, ConnectionState::Connected);

    // Oversize: refused with the limit named, nothing recorded as sent.
    const int errors = m_log->count(socket, EventKind::Error);
    m_workbench->send(socket, QByteArray(UdpSocket::MaxPayloadIPv4 + 1, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->count(socket, EventKind::Error), errors + 1, TimeoutMs);
    QVERIFY2(m_log->detail(socket, EventKind::Error)
                 .startsWith(QLatin1String("not sent: 65508 bytes is more than one UDP datagram carries (65507 bytes "
                                           "over IPv4): send(): ")),
             qPrintable(m_log->detail(socket, EventKind::Error)));
    QVERIFY2(m_log->detail(socket, EventKind::Error).contains(QLatin1String("(EMSGSIZE)")),
             qPrintable(m_log->detail(socket, EventKind::Error)));
    QCOMPARE(m_log->payloads(socket, EventKind::Sent).size(), 1);

    // No FIN, no RST: closed says so, with the tally of what reached the socket.
    m_workbench->close(socket);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->detail(socket, EventKind::Closed),
             QStringLiteral("close(); final tally: 0 datagrams recorded + 0 dropped by the kernel = 0 reached "
                            "the socket"));
}

void TestUdpEndpoint::bindFailureIsRecorded()
{
    quint16 port = 0;
    const ConnectionId first = openUdp({}, &port);
    QVERIFY(m_log->has(first, EventKind::Listening));
    UdpOptions options;
    options.port = port;
    quint16 ignored = 0;
    const ConnectionId second = openUdp(options, &ignored);
    QVERIFY2(m_log->detail(second, EventKind::ListenFailed).contains(QLatin1String("EADDRINUSE")),
             qPrintable(m_log->detail(second, EventKind::ListenFailed)));
    QCOMPARE(m_log->info(second).state, ConnectionState::Failed);
}

// --listen udp: goes through the Listener contract like TCP and Unix: the UDP listener accepts
// nothing (its peers are rows it records itself), and what only a connection listener does (stop
// listening, a connection cap) is refused for what UDP is.
void TestUdpEndpoint::boundSocketIsAListenerThatAcceptsNothing()
{
    std::unique_ptr<Listener> bare(Transports::newListener(EndpointKind::Udp, nullptr));
    QVERIFY(bare);
    QCOMPARE(bare->kind(), EndpointKind::Udp);
    QCOMPARE(bare->role(), ConnectionRole::UdpSocket);
    QCOMPARE(bare->backlog(), 0);
    QCOMPARE(bare->nextPendingConnection(), nullptr);
    QString error;
    ParsedEndpoint address = parseListenAddress(QStringLiteral("udp:127.0.0.1:0"));
    QVERIFY2(address.ok(), qPrintable(address.error));
    QVERIFY(!bare->listen(address, 0, &error));   // no session to record into
    QCOMPARE(bare->listenError(), ErrorCode::Other);
    QVERIFY(!bare->isListening());

    Workbench::ListenOptions options;
    options.kind = EndpointKind::Udp;
    const ConnectionId socket = m_workbench->listen(options);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Listening), TimeoutMs);
    const ConnectionInfo info = m_log->info(socket);
    QCOMPARE(info.role, ConnectionRole::UdpSocket);
    QCOMPARE(info.name, QStringLiteral("U1"));
    QCOMPARE(m_log->detail(socket, EventKind::Listening),
             QStringLiteral("socket(SOCK_DGRAM), bind(127.0.0.1:%1)").arg(info.localPort));
    QUdpSocket peer;
    QCOMPARE(peer.writeDatagram("through the contract", QHostAddress::LocalHost, info.localPort), qint64(20));
    QTRY_COMPARE_WITH_TIMEOUT(peerRows(socket).size(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(peerRows(socket).first()).chunksIn, quint64(1), TimeoutMs);

    m_workbench->stopListening(socket);   // a UDP socket stops by closing
    m_workbench->setConnectionCap(socket, 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Error), TimeoutMs);
    QVERIFY2(m_log->detail(socket, EventKind::Error).contains(QLatin1String("not on a UDP socket")),
             qPrintable(m_log->detail(socket, EventKind::Error)));
    QVERIFY(!m_log->has(socket, EventKind::ListenStopped));
    QCOMPARE(m_log->info(socket).state, ConnectionState::Bound);
    m_workbench->close(socket);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Closed), TimeoutMs);
    QCOMPARE(m_log->detail(socket, EventKind::Note),
             QStringLiteral("final tally: 1 datagrams recorded + 0 dropped by the kernel = 1 reached the socket"));
    // Closed, it is no longer driven: a send to it is refused as to no UDP socket.
    m_workbench->sendTo(socket, QHostAddress::LocalHost, 9, "late");
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(socket, EventKind::Error).contains(QLatin1String("not an open UDP socket")),
                             TimeoutMs);
}

// A bound socket's sendto() one byte over the limit: EMSGSIZE from the kernel in the log, nothing
// recorded as sent; the largest datagram of each family goes through whole.
void TestUdpEndpoint::oversizeSendToGetsTheKernelsReason()
{
    for (const bool ipv6 : {false, true}) {
        UdpOptions options;
        options.address = ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        const ConnectionId receiver = openUdp(options, &port);
        quint16 ignored = 0;
        const ConnectionId sender = openUdp(options, &ignored);
        const int limit = ipv6 ? UdpSocket::MaxPayloadIPv6 : UdpSocket::MaxPayloadIPv4;
        m_workbench->sendTo(sender, options.address, port, QByteArray(limit + 1, 'o'));
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(sender, EventKind::Error), TimeoutMs);
        const QString error = m_log->detail(sender, EventKind::Error);
        QVERIFY2(error.startsWith(QStringLiteral("not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): sendto(): ")
                                      .arg(limit + 1)
                                      .arg(limit)
                                      .arg(ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("(EMSGSIZE)")), qPrintable(error));
        QCOMPARE(m_log->info(sender).chunksOut, quint64(0));
        const QByteArray largest(limit, 'L');
        m_workbench->sendTo(sender, options.address, port, largest);
        QTRY_COMPARE_WITH_TIMEOUT(m_log->info(receiver).chunksIn, quint64(1), TimeoutMs);
        QCOMPARE(m_log->payloads(peerRows(receiver).first(), EventKind::Received), QList<QByteArray>{largest});
    }
}

// SO_BROADCAST as the kernel has it is on the socket's row: off at first (Qt would have turned it
// on), and a send to the loopback network's broadcast address fails with the kernel's EACCES
// until it is switched on.
void TestUdpEndpoint::broadcastStateIsTheKernels()
{
    UdpOptions receiving;
    receiving.address = QHostAddress(QHostAddress::AnyIPv4);
    quint16 port = 0;
    const ConnectionId receiver = openUdp(receiving, &port);
    quint16 ignored = 0;
    const ConnectionId sender = openUdp({}, &ignored);
    QCOMPARE(m_log->info(sender).udp.broadcast, false);
    const QHostAddress broadcastAddress(QStringLiteral("127.255.255.255"));
    m_workbench->sendTo(sender, broadcastAddress, port, "to all");
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(sender, EventKind::Error).contains(QLatin1String("EACCES")), TimeoutMs);
    m_workbench->setBroadcast(sender, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->info(sender).udp.broadcast, TimeoutMs);
    m_workbench->sendTo(sender, broadcastAddress, port, "to all");
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(receiver).chunksIn, quint64(1), TimeoutMs);
    QCOMPARE(m_log->payloads(peerRows(receiver).first(), EventKind::Received), QList<QByteArray>{"to all"});
    m_workbench->setBroadcast(sender, false);
    QTRY_VERIFY_WITH_TIMEOUT(!m_log->info(sender).udp.broadcast, TimeoutMs);
}

// Joining and leaving through the Workbench, with the groups on the socket's row and every
// failure's reason in the log. Multicast needs a route and an interface that carries it, which
// the machine's own loopback may lack: the test runs itself again in a network namespace it
// creates (unshare -n), with lo up and a route for 224.0.0.0/4; where that is forbidden it fails
// and says why.
void TestUdpEndpoint::groupsOnTheRowInsideNamespace()
{
    if (!NetworkNamespace::inside(this, QStringLiteral("ip link set lo up && ip link set lo multicast on "
                                                       "&& ip route add 224.0.0.0/4 dev lo")))
        return;
    const QHostAddress group(QStringLiteral("239.1.2.3"));
    UdpOptions receiving;
    receiving.address = QHostAddress(QHostAddress::AnyIPv4);
    quint16 port = 0;
    const ConnectionId receiver = openUdp(receiving, &port);
    m_workbench->joinGroup(receiver, QHostAddress::LocalHost, QStringLiteral("lo"));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(receiver, EventKind::Error).contains(QLatin1String("not a multicast address")),
                             TimeoutMs);
    m_workbench->joinGroup(receiver, group, QStringLiteral("nosuch0"));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(receiver, EventKind::Error).contains(QLatin1String("no such interface: nosuch0")),
                             TimeoutMs);
    m_workbench->joinGroup(receiver, group, QStringLiteral("lo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(receiver).udp.multicastGroups, QStringList{QStringLiteral("239.1.2.3@lo")},
                              TimeoutMs);
    QCOMPARE(m_log->detail(receiver, EventKind::Note), QStringLiteral("joined multicast group 239.1.2.3 on lo"));

    quint16 ignored = 0;
    const ConnectionId sender = openUdp({}, &ignored);
    m_workbench->setMulticastHops(sender, 256);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(sender, EventKind::Error).contains(QLatin1String("expected 0 to 255")),
                             TimeoutMs);
    m_workbench->setMulticastHops(sender, 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(sender, EventKind::Note).startsWith(QLatin1String("setsockopt(IP_MULTICAST_TTL, 1)")),
                             TimeoutMs);
    m_workbench->setMulticastLoopback(sender, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->detail(sender, EventKind::Note).startsWith(QLatin1String("multicast loopback on")),
                             TimeoutMs);
    m_workbench->sendTo(sender, group, port, "to the group");
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(receiver).chunksIn, quint64(1), TimeoutMs);

    m_workbench->leaveGroup(receiver, group, QStringLiteral("lo"));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->info(receiver).udp.multicastGroups.isEmpty(), TimeoutMs);
    QCOMPARE(m_log->detail(receiver, EventKind::Note), QStringLiteral("left multicast group 239.1.2.3"));
    // After leaving nothing more for the group arrives: a unicast marker sent after it comes alone.
    m_workbench->sendTo(sender, group, port, "after leaving");
    m_workbench->sendTo(sender, QHostAddress::LocalHost, port, "marker");
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(receiver).chunksIn, quint64(2), TimeoutMs);
    QVERIFY(m_log->info(sender).chunksOut >= 3);
    QList<QByteArray> received;
    for (ConnectionId row : peerRows(receiver))
        received += m_log->payloads(row, EventKind::Received);
    QCOMPARE(received, (QList<QByteArray>{"to the group", "marker"}));
}

void TestUdpEndpoint::tcpCallsOnUdpAreRefusedForWhatTheyAre()
{
    quint16 port = 0;
    const ConnectionId socket = openUdp({}, &port);
    m_workbench->shutdownWrite(socket);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(socket, EventKind::Error), TimeoutMs);
    QVERIFY2(m_log->detail(socket, EventKind::Error).contains(QLatin1String("not on a UDP socket")),
             qPrintable(m_log->detail(socket, EventKind::Error)));
    QCOMPARE(m_log->info(socket).state, ConnectionState::Bound);
}

void TestUdpEndpoint::journalWithTcpAndUdpReopens()
{
    quint16 udpPort = 0;
    UdpOptions options;
    options.echo = true;
    const ConnectionId udp = openUdp(options, &udpPort);
    ConnectionId listener = 0;
    quint16 tcpPort = 0;
    startListener({QHostAddress(QHostAddress::LocalHost), 0, true}, &listener, &tcpPort);
    if (QTest::currentTestFailed())
        return;
    QTcpSocket tcp;
    tcp.connectToHost(QHostAddress::LocalHost, tcpPort);
    QVERIFY(tcp.waitForConnected(TimeoutMs));
    tcp.write("over tcp");
    UdpSocket datagrams;
    QString error;
    QVERIFY(datagrams.sendTo(QByteArray(), QHostAddress::LocalHost, udpPort, &error));
    QVERIFY(datagrams.sendTo("over udp", QHostAddress::LocalHost, udpPort, &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(udp).chunksOut, quint64(2), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tcp.bytesAvailable(), qint64(8), TimeoutMs);
    const QString path = m_session->journalPath();
    const QList<ConnectionInfo> before = m_session->connections().snapshot();
    const qint64 eventsBefore = m_session->log().count();
    m_workbench.reset();   // closes everything, flushes
    m_log.reset();
    m_session.reset();

    Session reopened(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(reopened, path, &outcome, &error), qPrintable(error));
    QVERIFY(reopened.log().count() >= eventsBefore);
    SessionReader reader(reopened);
    const ConnectionInfo socket = reader.info(udp);
    QCOMPARE(socket.role, ConnectionRole::UdpSocket);
    QCOMPARE(socket.localPort, udpPort);
    const QList<ConnectionInfo> peers = reader.children(udp);
    QCOMPARE(peers.size(), 1);
    QCOMPARE(peers[0].role, ConnectionRole::UdpPeer);
    QCOMPARE(peers[0].peerPort, datagrams.localPort());
    QCOMPARE(reader.payloads(peers[0].id, EventKind::Received), (QList<QByteArray>{QByteArray(), "over udp"}));
    QCOMPARE(reader.payloads(peers[0].id, EventKind::Sent), (QList<QByteArray>{QByteArray(), "over udp"}));
    QCOMPARE(reader.info(udp).chunksIn, quint64(2));
    const QList<ConnectionInfo> accepted = reader.children(listener);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(reader.stream(accepted[0].id, EventKind::Received), QByteArray("over tcp"));
    QCOMPARE(before.size(), reopened.connections().size());
}

QTEST_GUILESS_MAIN(TestUdpEndpoint)
#include "tst_udpendpoint.moc"
