// SPDX-License-Identifier: GPL-3.0-or-later
// UdpSocket against independent peers (Python's socket module, socat) and the kernel's answers:
// every datagram's bytes and boundary both ways over IPv4 and IPv6, broadcast, multicast in a
// network namespace of its own, drops counted exactly, ICMP refusals, oversize, bind errors.
#include "udpsocket.h"

#include "networknamespace.h"
#include "peerprocess.h"
#include "udpcorpus.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>

namespace {

constexpr int TimeoutMs = 10000;

struct Datagram
{
    QByteArray bytes;
    QHostAddress peer;
    quint16 port = 0;
};

// Everything a UdpSocket delivers, in order.
class Collector : public QObject
{
public:
    explicit Collector(UdpSocket *socket)
    {
        connect(socket, &UdpSocket::received, this,
                [this](const QByteArray &bytes, const QHostAddress &peer, quint16 port) {
                    datagrams.append({bytes, peer, port});
                });
        connect(socket, &UdpSocket::dropped, this, [this](quint32 count) { dropped += count; });
        connect(socket, &UdpSocket::errorOccurred, this, [this](int code, const QString &reason) {
            codes << code;
            errors << reason;
        });
    }
    QList<Datagram> datagrams;
    quint64 dropped = 0;
    QList<int> codes;
    QStringList errors;
};

QHostAddress loopback(bool ipv6)
{
    return ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost);
}

} // namespace

class TestUdpSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void families_data();
    void receivesEveryDatagramFromPython_data() { families_data(); }
    void receivesEveryDatagramFromPython();
    void sendsEveryDatagramToPython_data() { families_data(); }
    void sendsEveryDatagramToPython();
    void connectedSocketTalksToOnePeer_data() { families_data(); }
    void connectedSocketTalksToOnePeer();
    void socatSendsAndReceives();
    void connectedSocketHearsPortUnreachable();
    void oversizeDatagramIsRefused_data() { families_data(); }
    void oversizeDatagramIsRefused();
    void bindErrorsNameTheReason();
    void broadcastNeedsTheSwitch();
    void multicastInsideNamespace();
    void dropsAreCountedExactly();
};

void TestUdpSocket::families_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestUdpSocket::receivesEveryDatagramFromPython()
{
    QFETCH(bool, ipv6);
    UdpSocket socket;
    QString error;
    QVERIFY2(socket.bind(loopback(ipv6), 0, &error), qPrintable(error));
    QVERIFY(socket.localPort() != 0);
    Collector collector(&socket);

    QProcess peer;
    peer.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("source"),
                                           ipv6 ? QStringLiteral("6") : QStringLiteral("4"),
                                           QString::number(socket.localPort())});
    const QList<QByteArray> expected = UdpCorpus::datagrams(ipv6);
    QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), expected.size(), TimeoutMs);
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(collector.datagrams[i].bytes.size(), expected[i].size());
        QCOMPARE(collector.datagrams[i].bytes, expected[i]);
        QCOMPARE(collector.datagrams[i].peer, loopback(ipv6));
        QVERIFY(collector.datagrams[i].port != 0);
    }
    PeerProcess::waitForExit(peer, TimeoutMs);
    QCOMPARE(socket.datagramsRead(), quint64(expected.size()));
    QCOMPARE(collector.dropped, quint64(0));
}

void TestUdpSocket::sendsEveryDatagramToPython()
{
    QFETCH(bool, ipv6);
    const QList<QByteArray> corpus = UdpCorpus::datagrams(ipv6);
    QProcess peer;
    peer.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("sink"),
                                           ipv6 ? QStringLiteral("6") : QStringLiteral("4"),
                                           QString::number(corpus.size())});
    quint16 port = 0;
    PeerProcess::readPort(peer, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    UdpSocket socket;
    QString error;
    for (const QByteArray &datagram : corpus)
        QVERIFY2(socket.sendTo(datagram, loopback(ipv6), port, &error), qPrintable(error));
    UdpCorpus::expectAtSink(peer, corpus, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    PeerProcess::waitForExit(peer, TimeoutMs);
}

void TestUdpSocket::connectedSocketTalksToOnePeer()
{
    QFETCH(bool, ipv6);
    QProcess echo;
    echo.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("echo"),
                                           ipv6 ? QStringLiteral("6") : QStringLiteral("4")});
    quint16 port = 0;
    PeerProcess::readPort(echo, &port, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    UdpSocket socket;
    Collector collector(&socket);
    QString error;
    QVERIFY2(socket.connectTo(loopback(ipv6), port, &error), qPrintable(error));
    QVERIFY(socket.isConnected());
    QCOMPARE(socket.localAddress(), loopback(ipv6));   // chosen by the route to the peer
    // A stranger's datagram to the connected socket is filtered out by the kernel.
    UdpSocket stranger;
    QVERIFY2(stranger.sendTo("stranger", loopback(ipv6), socket.localPort(), &error), qPrintable(error));
    const QList<QByteArray> corpus = UdpCorpus::datagrams(ipv6);
    for (const QByteArray &datagram : corpus)
        QVERIFY2(socket.send(datagram, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), corpus.size(), TimeoutMs);
    for (int i = 0; i < corpus.size(); ++i) {
        QCOMPARE(collector.datagrams[i].bytes, corpus[i]);
        QCOMPARE(collector.datagrams[i].port, port);
    }
    echo.kill();
    echo.waitForFinished();
}

void TestUdpSocket::socatSendsAndReceives()
{
    QString socat;
    PeerProcess::findProgram(QStringLiteral("socat"), QStringLiteral("socat"), &socat);
    if (QTest::currentTestFailed())
        return;
    UdpSocket socket;
    Collector collector(&socket);
    QString error;
    QVERIFY2(socket.bind(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    // socat's UDP: address sends what it reads on stdin as one datagram and prints the answer.
    QProcess peer;
    peer.start(socat, {QStringLiteral("-t"), QStringLiteral("5"), QStringLiteral("-"),
                       QStringLiteral("UDP:127.0.0.1:%1").arg(socket.localPort())});
    QVERIFY(peer.waitForStarted());
    peer.write("question");
    peer.closeWriteChannel();   // socat sends what it read, then waits -t seconds for answers
    QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), 1, TimeoutMs);
    QCOMPARE(collector.datagrams[0].bytes, QByteArray("question"));
    QVERIFY2(socket.sendTo("answer", collector.datagrams[0].peer, collector.datagrams[0].port, &error),
             qPrintable(error));
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += peer.readAllStandardOutput()) == "answer",
                              qPrintable(QString::fromLocal8Bit(output + peer.readAllStandardError())), TimeoutMs);
    peer.kill();
    peer.waitForFinished();
}

void TestUdpSocket::connectedSocketHearsPortUnreachable()
{
    const quint16 closedPort = UdpCorpus::closedPort();
    QVERIFY(closedPort != 0);
    UdpSocket socket;
    Collector collector(&socket);
    QString error;
    QVERIFY2(socket.connectTo(QHostAddress::LocalHost, closedPort, &error), qPrintable(error));
    // The datagram leaves: UDP does not know that nobody listens.
    QVERIFY2(socket.send("anyone?", &error), qPrintable(error));
    // The ICMP port-unreachable that comes back wakes the socket with ECONNREFUSED.
    QTRY_COMPARE_WITH_TIMEOUT(collector.codes, QList<int>{ECONNREFUSED}, TimeoutMs);
    QVERIFY2(collector.errors[0].contains(QLatin1String("ECONNREFUSED"))
                 && collector.errors[0].contains(QLatin1String("ICMP port-unreachable")),
             qPrintable(collector.errors[0]));
    // The socket stays usable: a second send reaches the kernel, and a second refusal comes back.
    QVERIFY2(socket.send("still nobody?", &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(collector.codes.size(), 2, TimeoutMs);
    QVERIFY(collector.datagrams.isEmpty());
}

void TestUdpSocket::oversizeDatagramIsRefused()
{
    QFETCH(bool, ipv6);
    UdpSocket receiver;
    Collector collector(&receiver);
    QString error;
    QVERIFY2(receiver.bind(loopback(ipv6), 0, &error), qPrintable(error));
    UdpSocket sender;
    const int largest = ipv6 ? UdpSocket::MaxPayloadIPv6 : UdpSocket::MaxPayloadIPv4;
    QVERIFY2(sender.sendTo(QByteArray(largest, 'm'), loopback(ipv6), receiver.localPort(), &error),
             qPrintable(error));
    QVERIFY(!sender.sendTo(QByteArray(largest + 1, 'm'), loopback(ipv6), receiver.localPort(), &error));
    QVERIFY2(error.contains(QLatin1String("EMSGSIZE")), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), 1, TimeoutMs);
    QCOMPARE(collector.datagrams[0].bytes.size(), largest);
}

void TestUdpSocket::bindErrorsNameTheReason()
{
    UdpSocket first;
    QString error;
    QVERIFY2(first.bind(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    UdpSocket second;
    QVERIFY(!second.bind(QHostAddress::LocalHost, first.localPort(), &error));
    QVERIFY2(error.contains(QLatin1String("EADDRINUSE")), qPrintable(error));
    QVERIFY(!second.isOpen());
    // 203.0.113.0/24 is for documentation: no interface here has it.
    QVERIFY(!second.bind(QHostAddress(QStringLiteral("203.0.113.77")), 0, &error));
    QVERIFY2(error.contains(QLatin1String("EADDRNOTAVAIL")), qPrintable(error));
    QVERIFY(!second.bind(QHostAddress(), 0, &error));
    QVERIFY(!error.isEmpty());
}

void TestUdpSocket::broadcastNeedsTheSwitch()
{
    // 127.255.255.255 is the loopback network's broadcast route on Linux (table local).
    const QHostAddress broadcastAddress(QStringLiteral("127.255.255.255"));
    UdpSocket receiver;
    Collector collector(&receiver);
    QString error;
    QVERIFY2(receiver.bind(QHostAddress::AnyIPv4, 0, &error), qPrintable(error));
    UdpSocket sender;
    QVERIFY2(sender.bind(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(sender.broadcast(), false);   // a native socket starts without it, unlike QUdpSocket
    QVERIFY(!sender.sendTo("to all", broadcastAddress, receiver.localPort(), &error));
    QVERIFY2(error.contains(QLatin1String("EACCES")), qPrintable(error));
    QVERIFY2(sender.setBroadcast(true, &error), qPrintable(error));
    QCOMPARE(sender.broadcast(), true);
    QVERIFY2(sender.sendTo("to all", broadcastAddress, receiver.localPort(), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), 1, TimeoutMs);
    QCOMPARE(collector.datagrams[0].bytes, QByteArray("to all"));
    QVERIFY2(sender.setBroadcast(false, &error), qPrintable(error));
    QCOMPARE(sender.broadcast(), false);
}

// Multicast needs a route for the group and an interface that carries it; the machine's own may
// have neither (a container's loopback has no MULTICAST flag). So the test runs itself again in
// a network namespace it creates: IPv4 groups on its loopback, IPv6 groups on a tap interface
// (Linux does not loop IPv6 multicast on lo), mc0 with fd00::1, looped back by the kernel.
void TestUdpSocket::multicastInsideNamespace()
{
    if (!NetworkNamespace::inside(
            this, QStringLiteral("ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo "
                                 "&& ip tuntap add dev mc0 mode tap && ip link set mc0 up "
                                 "&& ip -6 addr add fd00::1/64 dev mc0 nodad")))
        return;
    for (const bool ipv6 : {false, true}) {
        const QHostAddress group(ipv6 ? QStringLiteral("ff02::4242") : QStringLiteral("239.1.2.3"));
        const QString interfaceName = ipv6 ? QStringLiteral("mc0") : QStringLiteral("lo");
        const QHostAddress source(ipv6 ? QStringLiteral("fd00::1") : QStringLiteral("127.0.0.1"));
        UdpSocket receiver;
        Collector collector(&receiver);
        QString error;
        QVERIFY2(receiver.bind(ipv6 ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0,
                               &error),
                 qPrintable(error));
        QVERIFY(!receiver.joinGroup(QHostAddress::LocalHost, QStringLiteral("lo"), &error));
        QVERIFY2(error.contains(QLatin1String("not a multicast address")), qPrintable(error));
        QVERIFY(!receiver.joinGroup(group, QStringLiteral("nosuch0"), &error));
        QVERIFY2(error.contains(QLatin1String("no such interface")), qPrintable(error));
        QVERIFY2(receiver.joinGroup(group, interfaceName, &error), qPrintable(error));
        QCOMPARE(receiver.joinedGroups(), QList<QHostAddress>{group});

        UdpSocket sender;
        QVERIFY2(sender.bind(source, 0, &error), qPrintable(error));
        QVERIFY2(sender.setMulticastHops(1, &error), qPrintable(error));
        QVERIFY2(sender.setMulticastLoopback(true, &error), qPrintable(error));
        QHostAddress scoped = group;
        if (ipv6)
            scoped.setScopeId(interfaceName);   // link-local groups need the interface
        QVERIFY2(sender.sendTo("to the group", scoped, receiver.localPort(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), 1, TimeoutMs);
        QCOMPARE(collector.datagrams[0].bytes, QByteArray("to the group"));

        // After leaving, the kernel delivers nothing more for the group.
        QVERIFY2(receiver.leaveGroup(group, interfaceName, &error), qPrintable(error));
        QVERIFY(receiver.joinedGroups().isEmpty());
        QVERIFY2(sender.sendTo("after leaving", scoped, receiver.localPort(), &error), qPrintable(error));
        // A unicast marker sent after it arrives; the group datagram must not have come before it.
        QVERIFY2(sender.sendTo("marker", source, receiver.localPort(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(collector.datagrams.size(), 2, TimeoutMs);
        QCOMPARE(collector.datagrams[1].bytes, QByteArray("marker"));
    }
}

void TestUdpSocket::dropsAreCountedExactly()
{
    UdpSocket receiver;
    Collector collector(&receiver);
    QString error;
    QVERIFY2(receiver.bind(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY2(receiver.setReceiveBufferSize(4096, &error), qPrintable(error));
    receiver.setReadingPaused(true);

    constexpr int Sent = 3000;
    QProcess flood;
    flood.start(QStringLiteral("python3"), {PeerProcess::script("udp_peer.py"), QStringLiteral("flood"),
                                            QStringLiteral("4"), QString::number(receiver.localPort()),
                                            QString::number(Sent), QStringLiteral("64")});
    QByteArray line;
    PeerProcess::readLine(flood, &line, 60000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(line, QByteArray("SENT ") + QByteArray::number(Sent));
    // Paused, the drops are reported as they happen (the counter is polled).
    QTRY_VERIFY_WITH_TIMEOUT(collector.dropped > 0, TimeoutMs);
    QVERIFY(collector.datagrams.isEmpty());
    receiver.setReadingPaused(false);
    // On loopback sendto() queues into the receiver or drops before it returns: every one of
    // them either arrives or is counted.
    QTRY_COMPARE_WITH_TIMEOUT(quint64(collector.datagrams.size()) + collector.dropped, quint64(Sent), TimeoutMs);
    QVERIFY2(collector.datagrams.size() < Sent / 2, "a 4 KiB buffer held most of the flood?");
    QCOMPARE(receiver.kernelDrops(), collector.dropped);
    QCOMPARE(receiver.datagramsRead(), quint64(collector.datagrams.size()));
}

QTEST_GUILESS_MAIN(TestUdpSocket)
#include "tst_udpsocket.moc"
