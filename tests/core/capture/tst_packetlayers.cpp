// SPDX-License-Identifier: GPL-3.0-or-later
// PacketLayers on frames whose every byte is known: each layer and field named, with the bytes it
// covers; a payload cut by the snap length; and every prefix of a frame naming only captured bytes.
#include "packetlayers.h"

#include <QTest>

namespace {

// Ethernet (zero MACs, IPv4), IPv4 127.0.0.1 -> 127.0.0.1, TCP 40000 -> 5000 SYN seq 1000,
// window 65495, options: MSS 65495, SACK permitted, timestamps 111/0, NOP, window scale 7.
const QByteArray SynFrame = QByteArray::fromHex("000000000000"
                                                "000000000000"
                                                "0800"
                                                "45000040"
                                                "12344000"
                                                "4006"
                                                "0000"
                                                "7f000001"
                                                "7f000001"
                                                "9c401388"
                                                "000003e8"
                                                "00000000"
                                                "b002"
                                                "ffd7"
                                                "0000"
                                                "0000"
                                                "0204ffd7"
                                                "0402"
                                                "080a0000006f00000000"
                                                "01"
                                                "030307");

CapturedPacket packet(const QByteArray &bytes, quint16 linkType, quint32 originalLength = 0)
{
    CapturedPacket captured;
    captured.bytes = bytes;
    captured.linkType = linkType;
    captured.originalLength = originalLength ? originalLength : quint32(bytes.size());
    return captured;
}

const PacketField *field(const PacketField &layer, const QString &name)
{
    for (const PacketField &field : layer.fields)
        if (field.name == name)
            return &field;
    return nullptr;
}

void checkWithin(const PacketField &field, int size)
{
    QVERIFY2(field.offset >= 0 && field.offset + field.length <= size,
        qPrintable(QStringLiteral("%1 at %2+%3 beyond %4")
                       .arg(field.name)
                       .arg(field.offset)
                       .arg(field.length)
                       .arg(size)));
    for (const PacketField &child : field.fields)
        checkWithin(child, size);
}

QStringList names(const QList<PacketField> &fields)
{
    QStringList list;
    for (const PacketField &field : fields)
        list << field.name;
    return list;
}

} // namespace

class TestPacketLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synOverEthernet()
    {
        const QList<PacketField> layers
            = PacketLayers::dissect(packet(SynFrame, CapturedPacket::Ethernet));
        QCOMPARE(names(layers),
            (QStringList { QStringLiteral("Ethernet II"),
                QStringLiteral("Internet Protocol version 4"),
                QStringLiteral("Transmission Control Protocol") }));
        QCOMPARE(layers[0].offset, 0);
        QCOMPARE(layers[0].length, 14);
        QCOMPARE(field(layers[0], QStringLiteral("Type"))->value, QStringLiteral("0x0800 (IPv4)"));

        const PacketField &ip = layers[1];
        QCOMPARE(ip.offset, 14);
        QCOMPARE(ip.length, 20);
        QCOMPARE(ip.value, QStringLiteral("127.0.0.1 → 127.0.0.1"));
        const PacketField *ttl = field(ip, QStringLiteral("Time to live"));
        QVERIFY(ttl);
        QCOMPARE(ttl->offset, 22);
        QCOMPARE(ttl->length, 1);
        QCOMPARE(ttl->value, QStringLiteral("64"));
        QCOMPARE(field(ip, QStringLiteral("Protocol"))->value, QStringLiteral("6 (TCP)"));
        QCOMPARE(field(ip, QStringLiteral("Identification"))->value, QStringLiteral("0x1234"));
        QCOMPARE(field(ip, QStringLiteral("Flags and fragment offset"))->value,
            QStringLiteral("don't fragment, offset 0"));

        const PacketField &tcp = layers[2];
        QCOMPARE(tcp.offset, 34);
        QCOMPARE(tcp.length, 40);
        QCOMPARE(tcp.value, QStringLiteral("40000 → 5000, SYN"));
        const PacketField *sourcePort = field(tcp, QStringLiteral("Source port"));
        QCOMPARE(sourcePort->offset, 34);
        QCOMPARE(sourcePort->length, 2);
        QCOMPARE(sourcePort->value, QStringLiteral("40000"));
        QCOMPARE(field(tcp, QStringLiteral("Sequence number"))->value, QStringLiteral("1000"));
        // The header says 44 bytes; the frame holds 40 of them (cut short after the window scale).
        QCOMPARE(field(tcp, QStringLiteral("Header length"))->value, QStringLiteral("44 bytes"));
        QCOMPARE(field(tcp, QStringLiteral("Window"))->offset, 48);

        const PacketField *options = field(tcp, QStringLiteral("Options"));
        QVERIFY(options);
        QCOMPARE(options->offset, 54);
        QCOMPARE(options->length, 20);
        QCOMPARE(names(options->fields),
            (QStringList { QStringLiteral("Maximum segment size"), QStringLiteral("SACK permitted"),
                QStringLiteral("Timestamps"), QStringLiteral("No operation"),
                QStringLiteral("Window scale") }));
        QCOMPARE(options->fields[0].value, QStringLiteral("65495"));
        QCOMPARE(options->fields[0].offset, 54);
        QCOMPARE(options->fields[0].length, 4);
        QCOMPARE(options->fields[2].value, QStringLiteral("value 111, echo reply 0"));
        QCOMPARE(options->fields[2].offset, 60);
        QCOMPARE(options->fields[2].length, 10);
        QCOMPARE(options->fields[4].value, QStringLiteral("shift 7 (×128)"));
        QCOMPARE(options->fields[4].offset, 71);
    }

    // A data segment on the BSD loopback link (4 bytes of address family, host order), its
    // 100-byte payload cut to 4 bytes by the snap length.
    void payloadCutBySnapLength()
    {
        const QByteArray frame = QByteArray::fromHex("02000000"
                                                     "4500008c"
                                                     "00014000"
                                                     "4006"
                                                     "0000"
                                                     "7f000001"
                                                     "7f000001"
                                                     "13889c40"
                                                     "00000001"
                                                     "000003e9"
                                                     "5018"
                                                     "0200"
                                                     "0000"
                                                     "0000"
                                                     "74657374");
        const QList<PacketField> layers
            = PacketLayers::dissect(packet(frame, CapturedPacket::Loopback, 144));
        QCOMPARE(names(layers),
            (QStringList { QStringLiteral("Loopback (BSD)"),
                QStringLiteral("Internet Protocol version 4"),
                QStringLiteral("Transmission Control Protocol"), QStringLiteral("Payload") }));
        QCOMPARE(
            field(layers[0], QStringLiteral("Address family"))->value, QStringLiteral("2 (IPv4)"));
        QCOMPARE(layers[2].value, QStringLiteral("5000 → 40000, PSH-ACK"));
        QCOMPARE(layers[3].offset, 44);
        QCOMPARE(layers[3].length, 4);
        QCOMPARE(layers[3].value, QStringLiteral("100 bytes, the first 4 captured"));
    }

    void udpOverIpv6InLinuxCooked2()
    {
        const QByteArray frame = QByteArray::fromHex("86dd0000"
                                                     "00000001"
                                                     "0304"
                                                     "0006"
                                                     "0000000000000000"
                                                     "60000000"
                                                     "000c1140"
                                                     "00000000000000000000000000000001"
                                                     "00000000000000000000000000000001"
                                                     "003514e9"
                                                     "000c0000"
                                                     "74657374");
        const QList<PacketField> layers
            = PacketLayers::dissect(packet(frame, CapturedPacket::LinuxCooked2));
        QCOMPARE(names(layers),
            (QStringList { QStringLiteral("Linux cooked capture v2"),
                QStringLiteral("Internet Protocol version 6"),
                QStringLiteral("User Datagram Protocol"), QStringLiteral("Payload") }));
        QCOMPARE(
            field(layers[0], QStringLiteral("Protocol"))->value, QStringLiteral("0x86dd (IPv6)"));
        QCOMPARE(field(layers[1], QStringLiteral("Hop limit"))->value, QStringLiteral("64"));
        QCOMPARE(field(layers[1], QStringLiteral("Source address"))->offset, 28);
        QCOMPARE(field(layers[1], QStringLiteral("Source address"))->value, QStringLiteral("::1"));
        const PacketField *length = field(layers[2], QStringLiteral("Length"));
        QCOMPARE(length->offset, 64);
        QCOMPARE(length->value, QStringLiteral("12"));
        QCOMPARE(layers[3].offset, 68);
        QCOMPARE(layers[3].value, PacketLayers::tr("%n byte(s)", nullptr, 4));
    }

    // Every prefix of the SYN names only bytes it holds, and never crashes.
    void everyTruncationNamesOnlyCapturedBytes()
    {
        for (int size = 0; size <= SynFrame.size(); ++size) {
            const QList<PacketField> layers
                = PacketLayers::dissect(packet(SynFrame.left(size), CapturedPacket::Ethernet));
            for (const PacketField &layer : layers) {
                checkWithin(layer, size);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPacketLayers)
#include "tst_packetlayers.moc"
