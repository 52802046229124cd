// SPDX-License-Identifier: GPL-3.0-or-later
// PacketDecoder on frames whose every byte is known: a SYN with the options Linux sends, over
// Ethernet (what dumpcap gives for lo); a UDP datagram over IPv6 in Linux cooked v2 (the "any"
// interface); and frames cut short or not IP, which say why instead of reading past their end.
#include "packetdecoder.h"

#include <QTest>

namespace {

// Ethernet (zero MACs, IPv4), IPv4 127.0.0.1 -> 127.0.0.1, TCP 40000 -> 5000 SYN seq 1000,
// window 65495, options: MSS 65495, SACK permitted, timestamps 111/0, NOP, window scale 7.
QByteArray synFrame()
{
    return QByteArray::fromHex("000000000000" "000000000000" "0800"
                               "45000040" "12344000" "4006" "0000" "7f000001" "7f000001"
                               "9c401388" "000003e8" "00000000" "b002" "ffd7" "0000" "0000"
                               "0204ffd7" "0402" "080a0000006f00000000" "01" "030307");
}

CapturedPacket packet(const QByteArray &bytes, quint16 linkType)
{
    CapturedPacket captured;
    captured.bytes = bytes;
    captured.linkType = linkType;
    captured.originalLength = quint32(bytes.size());
    return captured;
}

} // namespace

class TestPacketDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synWithOptions()
    {
        const DecodedPacket decoded = PacketDecoder::decode(packet(synFrame(), CapturedPacket::Ethernet));
        QVERIFY2(decoded.valid, qPrintable(decoded.problem));
        QCOMPARE(decoded.ipVersion, 4);
        QCOMPARE(decoded.source, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(decoded.sourcePort, quint16(40000));
        QCOMPARE(decoded.destinationPort, quint16(5000));
        QCOMPARE(decoded.seq, 1000u);
        QCOMPARE(decoded.flags, quint8(DecodedPacket::Syn));
        QCOMPARE(decoded.flagNames(), QStringLiteral("SYN"));
        QCOMPARE(decoded.window, quint16(65495));
        QCOMPARE(decoded.mss, 65495);
        QVERIFY(decoded.sackPermitted);
        QVERIFY(decoded.hasTimestamps);
        QCOMPARE(decoded.tsVal, 111u);
        QCOMPARE(decoded.windowScale, 7);
        QCOMPARE(decoded.payloadLength, 0u);
        QCOMPARE(decoded.ttl, quint8(64));
        QCOMPARE(decoded.optionText(), QStringLiteral("MSS 65495, SACK permitted, TS 111/0, WS ×128"));
    }

    void udpOverIpv6InLinuxCooked2()
    {
        // SLL2: protocol 86dd, then IPv6 ::1 -> ::1, UDP 53 -> 5353, 4 payload bytes.
        const QByteArray frame = QByteArray::fromHex(
            "86dd0000" "00000001" "0304" "0006" "0000000000000000"
            "60000000" "000c1140" "00000000000000000000000000000001" "00000000000000000000000000000001"
            "003514e9" "000c0000" "74657374");
        const DecodedPacket decoded = PacketDecoder::decode(packet(frame, CapturedPacket::LinuxCooked2));
        QVERIFY2(decoded.valid, qPrintable(decoded.problem));
        QCOMPARE(decoded.ipVersion, 6);
        QCOMPARE(decoded.transport, DecodedPacket::Udp);
        QCOMPARE(decoded.destination, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(decoded.sourcePort, quint16(53));
        QCOMPARE(decoded.destinationPort, quint16(5353));
        QCOMPARE(decoded.payloadLength, 4u);
        QCOMPARE(decoded.flagNames(), QString());
    }

    // Every prefix of the frame decodes without reading past its end; the ones too short for the
    // TCP header say so.
    void everyTruncationIsSafe()
    {
        const QByteArray frame = synFrame();
        for (qsizetype length = 0; length < 14 + 20 + 20; ++length) {
            const DecodedPacket decoded = PacketDecoder::decode(packet(frame.left(length), CapturedPacket::Ethernet));
            QVERIFY2(!decoded.valid, qPrintable(QString::number(length)));
            QVERIFY(!decoded.problem.isEmpty());
        }
        // Headers whole, options cut: valid, with the options that were captured.
        const DecodedPacket cut = PacketDecoder::decode(packet(frame.left(14 + 20 + 24), CapturedPacket::Ethernet));
        QVERIFY(cut.valid);
        QCOMPARE(cut.mss, 65495);
        QVERIFY(!cut.hasTimestamps);
    }

    void notIp()
    {
        QByteArray arp = synFrame();
        arp[12] = char(0x08);
        arp[13] = char(0x06);
        const DecodedPacket decoded = PacketDecoder::decode(packet(arp, CapturedPacket::Ethernet));
        QVERIFY(!decoded.valid);
        QVERIFY2(decoded.problem.contains(QLatin1String("0806")), qPrintable(decoded.problem));
    }
};

QTEST_GUILESS_MAIN(TestPacketDecoder)
#include "tst_packetdecoder.moc"
