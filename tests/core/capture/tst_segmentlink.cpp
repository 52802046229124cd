// SPDX-License-Identifier: GPL-3.0-or-later
// SegmentLink: which segments carried the bytes of which read() and write() calls. First on spans
// whose every offset is known (writes cut at 524-byte segments, a retransmission, reads that cut
// across segments), then on a real exchange: a Python client with TCP_MAXSEG 536 writes 4096 and
// 1000 bytes to a SocketLab echo listener whose packets are captured (as root, as CI runs).
#include "packetdecoder.h"
#include "segmentlink.h"
#include "session.h"
#include "workbench.h"

#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QTest>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 20000;
constexpr ConnectionId Client = 7;

using Indexes = QList<qint64>;

} // namespace

class TestSegmentLink : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    TestSegmentLink()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void readsAndSegmentsOverlap();
    void directionsAndConnectionsStayApart();
    void segmentsWithoutTheirSynLinkToNothing();
    void smallMssExchangeLinksEveryByte();
};

// A write of 1200 bytes went out as segments of 524, 524 and 152 bytes; the reader got 700 and
// then 500; the second segment was sent twice (a retransmission).
void TestSegmentLink::readsAndSegmentsOverlap()
{
    SegmentLink link;
    link.addSegment(10, Client, Direction::In, 0, 524);
    link.addSegment(11, Client, Direction::In, 524, 524);
    link.addSegment(12, Client, Direction::In, 524, 524); // retransmitted
    link.addSegment(13, Client, Direction::In, 1048, 152);
    link.addCall(3, Client, Direction::In, 700);
    link.addCall(5, Client, Direction::In, 500);

    QCOMPARE(link.segmentsOf(3), (Indexes { 10, 11, 12 }));
    QCOMPARE(link.segmentsOf(5), (Indexes { 11, 12, 13 }));
    QCOMPARE(link.callsOf(10), (Indexes { 3 }));
    QCOMPARE(link.callsOf(11), (Indexes { 3, 5 }));
    QCOMPARE(link.callsOf(12), (Indexes { 3, 5 }));
    QCOMPARE(link.callsOf(13), (Indexes { 5 }));
    SegmentLink::Span span;
    QVERIFY(link.callSpan(5, &span));
    QCOMPARE(span.start, 700u);
    QCOMPARE(span.length, 500u);
    // An event that is not a data call, a packet without payload: nothing.
    QCOMPARE(link.segmentsOf(4), Indexes {});
    QCOMPARE(link.callsOf(14), Indexes {});
}

void TestSegmentLink::directionsAndConnectionsStayApart()
{
    SegmentLink link;
    link.addCall(1, Client, Direction::Out, 100);
    link.addCall(2, Client, Direction::In, 100);
    link.addCall(3, Client + 1, Direction::In, 100);
    link.addSegment(20, Client, Direction::Out, 0, 100);
    link.addSegment(21, Client, Direction::In, 0, 100);
    link.addSegment(22, Client + 1, Direction::In, 0, 100);
    QCOMPARE(link.segmentsOf(1), (Indexes { 20 }));
    QCOMPARE(link.segmentsOf(2), (Indexes { 21 }));
    QCOMPARE(link.segmentsOf(3), (Indexes { 22 }));
    QCOMPARE(link.callsOf(21), (Indexes { 2 }));
}

// Frames of one connection through update(): the SYN was not captured, so the sequence numbers
// are relative to the first packet seen, which says nothing about the stream's offsets.
void TestSegmentLink::segmentsWithoutTheirSynLinkToNothing()
{
    Session session(std::make_unique<SessionClock>());
    // Ethernet, IPv4 127.0.0.1 -> 127.0.0.1, TCP 40000 -> 5000 PSH-ACK seq 5000, 4 payload bytes.
    CapturedPacket packet;
    packet.linkType = CapturedPacket::Ethernet;
    packet.bytes = QByteArray::fromHex("000000000000"
                                       "000000000000"
                                       "0800"
                                       "4500002c"
                                       "12344000"
                                       "4006"
                                       "0000"
                                       "7f000001"
                                       "7f000001"
                                       "9c401388"
                                       "00001388"
                                       "00000001"
                                       "5018"
                                       "ffd7"
                                       "0000"
                                       "0000"
                                       "74657374");
    packet.originalLength = quint32(packet.bytes.size());
    QVERIFY(PacketDecoder::decode(packet).valid);
    session.replayPacket({ 1000, Client, WireDirection::In, packet });
    SegmentLink link;
    link.update(session);
    SegmentLink::Span span;
    QVERIFY(!link.segmentSpan(0, &span));
    QCOMPARE(link.callsOf(0), Indexes {});
}

// The real thing: every byte the listener's connection read is on segments that the link names,
// and every data segment names the reads (or echoed writes) it went into.
void TestSegmentLink::smallMssExchangeLinksEveryByte()
{
    QVERIFY2(::geteuid() == 0, "run as root (CI does): capture needs dumpcap's rights");
    createWorkbench();
    auto done = qScopeGuard([this] { destroyWorkbench(); });
    m_workbench->startCapture();
    Workbench::ListenOptions options;
    options.echo = true;
    ConnectionId listener = 0;
    quint16 port = 0;
    startListener(options, &listener, &port);
    if (QTest::currentTestFailed())
        return;
    QProcess client;
    client.start(QStringLiteral("python3"),
        { PeerProcess::script("maxseg_echo_client.py"), QStringLiteral("127.0.0.1"),
            QString::number(port), QStringLiteral("536"), QStringLiteral("4096"),
            QStringLiteral("1000") });
    QByteArray line;
    PeerProcess::readLine(client, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("OK 5096"));
    PeerProcess::waitForExit(client, TimeoutMs);

    // The accepted connection's FIN from the peer, then its own FIN back: all of it captured.
    QTRY_COMPARE_WITH_TIMEOUT(m_log->children(listener).size(), 1, TimeoutMs);
    const ConnectionId accepted = m_log->children(listener).first().id;
    const auto finCount = [this, accepted] {
        int fins = 0;
        for (const WirePacket &wire : m_session->wire().range(0, m_session->wire().count()))
            if (wire.connection == accepted
                && PacketDecoder::decode(wire.packet).has(DecodedPacket::Fin))
                ++fins;
        return fins;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finCount(), 2, TimeoutMs);

    SegmentLink link;
    link.update(*m_session);
    int reads = 0;
    quint64 readBytes = 0;
    for (qint64 index = 0; index < m_session->log().count(); ++index) {
        const TrafficEvent &event = m_session->log().event(index);
        if (event.connection != accepted || !isData(event.kind))
            continue;
        SegmentLink::Span call;
        QVERIFY(link.callSpan(index, &call));
        const Indexes segments = link.segmentsOf(index);
        QVERIFY2(
            !segments.isEmpty(), qPrintable(QStringLiteral("event %1 has no segments").arg(index)));
        // The segments cover the call's bytes without a gap.
        quint64 covered = call.start;
        for (qint64 packet : segments) {
            SegmentLink::Span segment;
            QVERIFY(link.segmentSpan(packet, &segment));
            QVERIFY(segment.start <= covered);
            covered = qMax(covered, segment.end());
            QVERIFY(link.callsOf(packet).contains(index));
        }
        QVERIFY(covered >= call.end());
        if (event.kind == EventKind::Received) {
            ++reads;
            readBytes += call.length;
        }
    }
    QCOMPARE(readBytes, 5096u);
    QVERIFY(reads >= 1);
    // Cut into segments each way. On loopback, segmentation offload lets one captured packet carry
    // several MSS-sized segments (GSO): 5096 bytes arrive in fewer packets than 536 would give.
    int segmentsIn = 0, segmentsOut = 0;
    quint64 bytesIn = 0;
    const QList<WirePacket> packets = m_session->wire().range(0, m_session->wire().count());
    for (qint64 index = 0; index < packets.size(); ++index) {
        SegmentLink::Span segment;
        if (packets.at(index).connection != accepted || !link.segmentSpan(index, &segment))
            continue;
        (packets.at(index).direction == WireDirection::In ? segmentsIn : segmentsOut)++;
        if (packets.at(index).direction == WireDirection::In)
            bytesIn += segment.length;

        QVERIFY2(!link.callsOf(index).isEmpty(),
            qPrintable(QStringLiteral("packet %1 has no calls").arg(index)));
    }
    QVERIFY2(segmentsIn >= 2, qPrintable(QString::number(segmentsIn)));
    QVERIFY2(segmentsOut >= 2, qPrintable(QString::number(segmentsOut)));
    QVERIFY(bytesIn >= 5096); // more only if a segment was sent again
}

QTEST_GUILESS_MAIN(TestSegmentLink)
#include "tst_segmentlink.moc"
