// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetlayers.h"

#include "packetdecoder.h"

#include <QHostAddress>
#include <QStringList>

namespace {

quint16 be16(const uchar *p)
{
    return quint16(p[0] << 8 | p[1]);
}
quint32 be32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

QString hex(quint32 value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString macText(const uchar *p, int length)
{
    QStringList parts;
    for (int i = 0; i < length; ++i)
        parts << QStringLiteral("%1").arg(p[i], 2, 16, QLatin1Char('0'));
    return parts.join(QLatin1Char(':'));
}

QString etherTypeText(quint16 type)
{
    switch (type) {
    case 0x0800: return QStringLiteral("0x0800 (IPv4)");
    case 0x86DD: return QStringLiteral("0x86dd (IPv6)");
    case 0x8100: return QStringLiteral("0x8100 (VLAN)");
    }
    return hex(type, 4);
}

QString protocolText(quint8 protocol)
{
    switch (protocol) {
    case 6: return QStringLiteral("6 (TCP)");
    case 17: return QStringLiteral("17 (UDP)");
    }
    return QString::number(protocol);
}

// Fields are named only where their bytes were captured: frame is the captured bytes.
class Builder
{
public:
    explicit Builder(const QByteArray &frame)
        : m_data(reinterpret_cast<const uchar *>(frame.constData()))
        , m_size(int(frame.size()))
    {
    }
    bool has(int offset, int length) const
    {
        return offset >= 0 && length >= 0 && offset + length <= m_size;
    }
    const uchar *at(int offset) const { return m_data + offset; }
    int size() const { return m_size; }
    // Adds the field when its bytes were captured; returns whether it did.
    bool add(
        PacketField &layer, const QString &name, int offset, int length, const QString &value) const
    {
        if (!has(offset, length))
            return false;
        layer.fields.append({ name, value, offset, length, {} });
        return true;
    }

private:
    const uchar *m_data;
    int m_size;
};

} // namespace

QList<PacketField> PacketLayers::dissect(const CapturedPacket &packet)
{
    QList<PacketField> layers;
    const DecodedPacket decoded = PacketDecoder::decode(packet);
    const Builder b(packet.bytes);
    auto clipped
        = [&b](int offset, int length) { return qMax(0, qMin(length, b.size() - offset)); };

    // The link header.
    int ipStart = 0;
    switch (packet.linkType) {
    case CapturedPacket::Loopback: {
        PacketField link { tr("Loopback (BSD)"), tr("4 bytes"), 0, clipped(0, 4), {} };
        if (b.has(0, 4)) {
            // In the capturing host's byte order: whichever reading is small is the family.
            const quint32 little = quint32(b.at(0)[0]) | quint32(b.at(0)[1]) << 8
                | quint32(b.at(0)[2]) << 16 | quint32(b.at(0)[3]) << 24;
            const quint32 family = little < 256 ? little : be32(b.at(0));
            b.add(link, tr("Address family"), 0, 4,
                family == 2                        ? tr("%1 (IPv4)").arg(family)
                    : family == 10 || family >= 24 ? tr("%1 (IPv6)").arg(family)
                                                   : QString::number(family));
        }
        layers << link;
        ipStart = 4;
        break;
    }
    case CapturedPacket::Ethernet: {
        const bool vlan = b.has(12, 2) && be16(b.at(12)) == 0x8100;
        PacketField link { tr("Ethernet II"), QString(), 0, clipped(0, vlan ? 18 : 14), {} };
        if (b.has(0, 12))
            link.value = tr("%1 → %2").arg(macText(b.at(6), 6), macText(b.at(0), 6));
        b.add(link, tr("Destination"), 0, 6, b.has(0, 6) ? macText(b.at(0), 6) : QString());
        b.add(link, tr("Source"), 6, 6, b.has(6, 6) ? macText(b.at(6), 6) : QString());
        b.add(link, tr("Type"), 12, 2, b.has(12, 2) ? etherTypeText(be16(b.at(12))) : QString());
        if (vlan) {
            b.add(link, tr("VLAN"), 14, 2,
                b.has(14, 2) ? QString::number(be16(b.at(14)) & 0x0FFF) : QString());
            b.add(
                link, tr("Type"), 16, 2, b.has(16, 2) ? etherTypeText(be16(b.at(16))) : QString());
        }
        layers << link;
        ipStart = vlan ? 18 : 14;
        break;
    }
    case CapturedPacket::LinuxCooked: {
        PacketField link { tr("Linux cooked capture"), QString(), 0, clipped(0, 16), {} };
        b.add(link, tr("Packet type"), 0, 2,
            b.has(0, 2) ? QString::number(be16(b.at(0))) : QString());
        b.add(link, tr("Link-layer address type"), 2, 2,
            b.has(2, 2) ? QString::number(be16(b.at(2))) : QString());
        b.add(link, tr("Link-layer address length"), 4, 2,
            b.has(4, 2) ? QString::number(be16(b.at(4))) : QString());
        b.add(link, tr("Link-layer address"), 6, 8, b.has(6, 8) ? macText(b.at(6), 8) : QString());
        b.add(
            link, tr("Protocol"), 14, 2, b.has(14, 2) ? etherTypeText(be16(b.at(14))) : QString());
        layers << link;
        ipStart = 16;
        break;
    }
    case CapturedPacket::LinuxCooked2: {
        PacketField link { tr("Linux cooked capture v2"), QString(), 0, clipped(0, 20), {} };
        b.add(link, tr("Protocol"), 0, 2, b.has(0, 2) ? etherTypeText(be16(b.at(0))) : QString());
        b.add(link, tr("Interface index"), 4, 4,
            b.has(4, 4) ? QString::number(be32(b.at(4))) : QString());
        b.add(link, tr("Link-layer address type"), 8, 2,
            b.has(8, 2) ? QString::number(be16(b.at(8))) : QString());
        b.add(
            link, tr("Packet type"), 10, 1, b.has(10, 1) ? QString::number(*b.at(10)) : QString());
        b.add(link, tr("Link-layer address length"), 11, 1,
            b.has(11, 1) ? QString::number(*b.at(11)) : QString());
        b.add(
            link, tr("Link-layer address"), 12, 8, b.has(12, 8) ? macText(b.at(12), 8) : QString());
        layers << link;
        ipStart = 20;
        break;
    }
    case CapturedPacket::Raw: break;
    default: return layers; // nothing known to name
    }
    if (decoded.ipVersion != 4 && decoded.ipVersion != 6)
        return layers;

    // IP.
    const int ip = ipStart;
    const bool v4 = decoded.ipVersion == 4;
    const int ipLength = v4 ? (b.has(ip, 1) ? (*b.at(ip) & 0x0F) * 4 : 20) : 40;
    PacketField ipLayer { v4 ? tr("Internet Protocol version 4")
                             : tr("Internet Protocol version 6"),
        QString(), ip, clipped(ip, ipLength), {} };
    if (v4) {
        if (b.has(ip + 12, 8))
            ipLayer.value = tr("%1 → %2").arg(QHostAddress(be32(b.at(ip + 12))).toString(),
                QHostAddress(be32(b.at(ip + 16))).toString());
        b.add(ipLayer, tr("Version and header length"), ip, 1,
            tr("4, header %1 bytes").arg(ipLength));
        b.add(ipLayer, tr("DSCP and ECN"), ip + 1, 1,
            b.has(ip + 1, 1) ? hex(*b.at(ip + 1), 2) : QString());
        b.add(ipLayer, tr("Total length"), ip + 2, 2,
            b.has(ip + 2, 2) ? QString::number(be16(b.at(ip + 2))) : QString());
        b.add(ipLayer, tr("Identification"), ip + 4, 2,
            b.has(ip + 4, 2) ? hex(be16(b.at(ip + 4)), 4) : QString());
        if (b.has(ip + 6, 2)) {
            const quint16 flags = be16(b.at(ip + 6));
            QStringList names;
            if (flags & 0x4000)
                names << tr("don't fragment");
            if (flags & 0x2000)
                names << tr("more fragments");
            names << tr("offset %1").arg((flags & 0x1FFF) * 8);
            b.add(ipLayer, tr("Flags and fragment offset"), ip + 6, 2,
                names.join(QStringLiteral(", ")));
        }
        b.add(ipLayer, tr("Time to live"), ip + 8, 1,
            b.has(ip + 8, 1) ? QString::number(*b.at(ip + 8)) : QString());
        b.add(ipLayer, tr("Protocol"), ip + 9, 1,
            b.has(ip + 9, 1) ? protocolText(*b.at(ip + 9)) : QString());
        b.add(ipLayer, tr("Header checksum"), ip + 10, 2,
            b.has(ip + 10, 2) ? hex(be16(b.at(ip + 10)), 4) : QString());
        b.add(ipLayer, tr("Source address"), ip + 12, 4,
            b.has(ip + 12, 4) ? QHostAddress(be32(b.at(ip + 12))).toString() : QString());
        b.add(ipLayer, tr("Destination address"), ip + 16, 4,
            b.has(ip + 16, 4) ? QHostAddress(be32(b.at(ip + 16))).toString() : QString());
        if (ipLength > 20)
            b.add(ipLayer, tr("Options"), ip + 20, ipLength - 20,
                tr("%n byte(s)", nullptr, ipLength - 20));
    } else {
        if (b.has(ip + 8, 32))
            ipLayer.value = tr("%1 → %2").arg(
                QHostAddress(b.at(ip + 8)).toString(), QHostAddress(b.at(ip + 24)).toString());
        b.add(ipLayer, tr("Version, traffic class, flow label"), ip, 4,
            b.has(ip, 4) ? tr("6, class %1, flow %2")
                               .arg(be32(b.at(ip)) >> 20 & 0xFF)
                               .arg(hex(be32(b.at(ip)) & 0xFFFFF, 5))
                         : QString());
        b.add(ipLayer, tr("Payload length"), ip + 4, 2,
            b.has(ip + 4, 2) ? QString::number(be16(b.at(ip + 4))) : QString());
        b.add(ipLayer, tr("Next header"), ip + 6, 1,
            b.has(ip + 6, 1) ? protocolText(*b.at(ip + 6)) : QString());
        b.add(ipLayer, tr("Hop limit"), ip + 7, 1,
            b.has(ip + 7, 1) ? QString::number(*b.at(ip + 7)) : QString());
        b.add(ipLayer, tr("Source address"), ip + 8, 16,
            b.has(ip + 8, 16) ? QHostAddress(b.at(ip + 8)).toString() : QString());
        b.add(ipLayer, tr("Destination address"), ip + 24, 16,
            b.has(ip + 24, 16) ? QHostAddress(b.at(ip + 24)).toString() : QString());
    }
    layers << ipLayer;
    if (decoded.ipHeaderLength == 0 || decoded.transport == DecodedPacket::None)
        return layers;

    // TCP or UDP.
    const int t = ip + decoded.ipHeaderLength;
    int transportLength = 8;
    if (decoded.transport == DecodedPacket::Tcp) {
        transportLength = b.has(t + 12, 1) ? (*b.at(t + 12) >> 4) * 4 : 20;
        PacketField tcp { tr("Transmission Control Protocol"), QString(), t,
            clipped(t, transportLength), {} };
        if (decoded.valid)
            tcp.value = tr("%1 → %2, %3")
                            .arg(decoded.sourcePort)
                            .arg(decoded.destinationPort)
                            .arg(decoded.flagNames());
        b.add(
            tcp, tr("Source port"), t, 2, b.has(t, 2) ? QString::number(be16(b.at(t))) : QString());
        b.add(tcp, tr("Destination port"), t + 2, 2,
            b.has(t + 2, 2) ? QString::number(be16(b.at(t + 2))) : QString());
        b.add(tcp, tr("Sequence number"), t + 4, 4,
            b.has(t + 4, 4) ? QString::number(be32(b.at(t + 4))) : QString());
        b.add(tcp, tr("Acknowledgement number"), t + 8, 4,
            b.has(t + 8, 4) ? QString::number(be32(b.at(t + 8))) : QString());
        b.add(tcp, tr("Header length"), t + 12, 1, tr("%1 bytes").arg(transportLength));
        b.add(tcp, tr("Flags"), t + 12, 2, decoded.valid ? decoded.flagNames() : QString());
        b.add(tcp, tr("Window"), t + 14, 2,
            b.has(t + 14, 2) ? QString::number(be16(b.at(t + 14))) : QString());
        b.add(tcp, tr("Checksum"), t + 16, 2,
            b.has(t + 16, 2) ? hex(be16(b.at(t + 16)), 4) : QString());
        b.add(tcp, tr("Urgent pointer"), t + 18, 2,
            b.has(t + 18, 2) ? QString::number(be16(b.at(t + 18))) : QString());
        if (transportLength > 20 && b.has(t + 20, 1)) {
            PacketField options { tr("Options"), decoded.optionText(), t + 20,
                clipped(t + 20, transportLength - 20), {} };
            int at = t + 20;
            const int end = qMin(t + transportLength, b.size());
            while (at < end) {
                const uchar kind = *b.at(at);
                if (kind == 0) {
                    options.fields.append({ tr("End of options"), QString(), at, end - at, {} });
                    break;
                }
                if (kind == 1) {
                    options.fields.append({ tr("No operation"), QString(), at, 1, {} });
                    ++at;
                    continue;
                }
                const int length = at + 1 < end ? *b.at(at + 1) : 0;
                if (length < 2 || at + length > end)
                    break; // malformed: what came before stands
                QString name = tr("Option %1").arg(kind);
                QString value;
                if (kind == 2 && length == 4) {
                    name = tr("Maximum segment size");
                    value = QString::number(be16(b.at(at + 2)));
                } else if (kind == 3 && length == 3) {
                    name = tr("Window scale");
                    value = tr("shift %1 (×%2)")
                                .arg(*b.at(at + 2))
                                .arg(1 << qMin<int>(*b.at(at + 2), 14));
                } else if (kind == 4) {
                    name = tr("SACK permitted");
                } else if (kind == 5) {
                    name = tr("SACK");
                    QStringList blocks;
                    for (int block = at + 2; block + 8 <= at + length; block += 8)
                        blocks << QStringLiteral("%1-%2")
                                      .arg(be32(b.at(block)))
                                      .arg(be32(b.at(block + 4)));
                    value = blocks.join(QStringLiteral(", "));
                } else if (kind == 8 && length == 10) {
                    name = tr("Timestamps");
                    value = tr("value %1, echo reply %2")
                                .arg(be32(b.at(at + 2)))
                                .arg(be32(b.at(at + 6)));
                }
                options.fields.append({ name, value, at, length, {} });
                at += length;
            }
            tcp.fields.append(options);
        }
        layers << tcp;
    } else {
        PacketField udp { tr("User Datagram Protocol"), QString(), t, clipped(t, 8), {} };
        if (decoded.valid)
            udp.value = tr("%1 → %2").arg(decoded.sourcePort).arg(decoded.destinationPort);
        b.add(
            udp, tr("Source port"), t, 2, b.has(t, 2) ? QString::number(be16(b.at(t))) : QString());
        b.add(udp, tr("Destination port"), t + 2, 2,
            b.has(t + 2, 2) ? QString::number(be16(b.at(t + 2))) : QString());
        b.add(udp, tr("Length"), t + 4, 2,
            b.has(t + 4, 2) ? QString::number(be16(b.at(t + 4))) : QString());
        b.add(
            udp, tr("Checksum"), t + 6, 2, b.has(t + 6, 2) ? hex(be16(b.at(t + 6)), 4) : QString());
        layers << udp;
    }
    if (!decoded.valid)
        return layers;

    // The payload: as much of it as was captured (the whole of it is in the log).
    const int payload = t + transportLength;
    const int captured = qMax(0, b.size() - payload);
    if (decoded.payloadLength > 0) {
        const QString value = quint32(captured) < decoded.payloadLength
            ? tr("%1 bytes, the first %2 captured").arg(decoded.payloadLength).arg(captured)
            : tr("%n byte(s)", nullptr, int(decoded.payloadLength));
        layers << PacketField { tr("Payload"), value, payload,
            qMin<int>(captured, int(decoded.payloadLength)), {} };
    }
    return layers;
}
