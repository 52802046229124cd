// SPDX-License-Identifier: GPL-3.0-or-later
// TcpFlowTracker: relative sequence and acknowledgement numbers and the scaled window, packet after
// packet, as Wireshark shows them; and what it cannot know when the capture missed the SYNs.
#include "packetdecoder.h"
#include "tcpflowtracker.h"

#include <QTest>

namespace {

constexpr ConnectionId Connection = 3;

DecodedPacket tcp(quint8 flags, quint32 seq, quint32 ack, quint16 window, int windowScale = -1)
{
    DecodedPacket packet;
    packet.valid = true;
    packet.transport = DecodedPacket::Tcp;
    packet.flags = flags;
    packet.seq = seq;
    packet.ack = ack;
    packet.window = window;
    packet.windowScale = windowScale;
    return packet;
}

constexpr quint8 Syn = DecodedPacket::Syn;
constexpr quint8 Ack = DecodedPacket::Ack;
constexpr quint8 Psh = DecodedPacket::Psh;

} // namespace

class TestTcpFlowTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handshakeThenData()
    {
        TcpFlowTracker flows;
        // Our SYN announces shift 7, the peer's SYN-ACK shift 2; SYN windows are never scaled.
        auto n = flows.next(Connection, WireDirection::Out, tcp(Syn, 1000, 0, 65495, 7));
        QCOMPARE(n.seq, 0u);
        QVERIFY(!n.ackKnown);
        QCOMPARE(n.window, 65495u);
        QVERIFY(n.scaleKnown);
        n = flows.next(Connection, WireDirection::In, tcp(Syn | Ack, 4000000000u, 1001, 65483, 2));
        QCOMPARE(n.seq, 0u);
        QVERIFY(n.ackKnown);
        QCOMPARE(n.ack, 1u);
        QCOMPARE(n.window, 65483u);
        n = flows.next(Connection, WireDirection::Out, tcp(Psh | Ack, 1001, 4000000001u, 100));
        QCOMPARE(n.seq, 1u);
        QCOMPARE(n.ack, 1u);
        QCOMPARE(n.window, 100u << 7);
        QVERIFY(n.fromSyn);
        // The peer's numbers wrap past 2^32: relative numbers do not care.
        n = flows.next(Connection, WireDirection::In, tcp(Ack, 4000000001u + 300000000u, 1501, 50));
        QCOMPARE(n.seq, 300000001u);
        QCOMPARE(n.ack, 501u);
        QCOMPARE(n.window, 50u << 2);
    }

    // RFC 7323: when one SYN lacks the option, neither side scales.
    void scalingNeedsBothSyns()
    {
        TcpFlowTracker flows;
        flows.next(Connection, WireDirection::Out, tcp(Syn, 10, 0, 1000, 7));
        flows.next(Connection, WireDirection::In, tcp(Syn | Ack, 20, 11, 1000));
        const auto n = flows.next(Connection, WireDirection::Out, tcp(Ack, 11, 21, 300));
        QVERIFY(n.scaleKnown);
        QCOMPARE(n.window, 300u);
    }

    // A capture started after the handshake: numbers count from the first packet seen, the scale
    // is unknown (the window stays as sent) and the stream offset is not known.
    void withoutSyns()
    {
        TcpFlowTracker flows;
        auto n = flows.next(Connection, WireDirection::In, tcp(Psh | Ack, 5000, 777, 40));
        QCOMPARE(n.seq, 0u);
        QVERIFY(!n.ackKnown);
        QVERIFY(!n.scaleKnown);
        QVERIFY(!n.fromSyn);
        QCOMPARE(n.window, 40u);
        n = flows.next(Connection, WireDirection::Out, tcp(Ack, 777, 5100, 60));
        QVERIFY(n.ackKnown);
        QCOMPARE(n.ack, 100u);
        // Another connection starts from nothing.
        n = flows.next(Connection + 1, WireDirection::Out, tcp(Ack, 9, 9, 1));
        QVERIFY(!n.ackKnown);
        QCOMPARE(n.seq, 0u);
    }
};

QTEST_GUILESS_MAIN(TestTcpFlowTracker)
#include "tst_tcpflowtracker.moc"
