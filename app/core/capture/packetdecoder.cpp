// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetdecoder.h"

#include <QStringList>

namespace {

constexpr quint16 EtherTypeIPv4 = 0x0800;
constexpr quint16 EtherTypeIPv6 = 0x86DD;
constexpr quint16 EtherTypeVlan = 0x8100;

quint16 be16(const uchar *p) { return quint16(p[0] << 8 | p[1]); }
quint32 be32(const uchar *p) { return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]; }

// Where the IP header starts and which version it should be (0: read it from the header).
bool skipLinkHeader(const CapturedPacket &packet, int *offset, DecodedPacket *out)
{
    const auto *data = reinterpret_cast<const uchar *>(packet.bytes.constData());
    const int size = int(packet.bytes.size());
    quint16 etherType = 0;
    switch (packet.linkType) {
    case CapturedPacket::Loopback:   // 4 bytes: the address family, in the capturing host's order
        *offset = 4;
        break;
    case CapturedPacket::Raw:
        *offset = 0;
        break;
    case CapturedPacket::Ethernet:
        if (size < 14) {
            out->problem = QStringLiteral("Ethernet header cut short");
            return false;
        }
        *offset = 14;
        etherType = be16(data + 12);
        if (etherType == EtherTypeVlan && size >= 18) {
            etherType = be16(data + 16);
            *offset = 18;
        }
        break;
    case CapturedPacket::LinuxCooked:   // SLL: protocol at 14, header 16 bytes
        if (size < 16) {
            out->problem = QStringLiteral("Linux cooked header cut short");
            return false;
        }
        *offset = 16;
        etherType = be16(data + 14);
        break;
    case CapturedPacket::LinuxCooked2:   // SLL2: protocol at 0, header 20 bytes
        if (size < 20) {
            out->problem = QStringLiteral("Linux cooked v2 header cut short");
            return false;
        }
        *offset = 20;
        etherType = be16(data);
        break;
    default:
        out->problem = QStringLiteral("link type %1 is not decoded").arg(packet.linkType);
        return false;
    }
    if (etherType != 0 && etherType != EtherTypeIPv4 && etherType != EtherTypeIPv6) {
        out->problem = QStringLiteral("not IP (EtherType 0x%1)").arg(etherType, 4, 16, QLatin1Char('0'));
        return false;
    }
    out->linkHeaderLength = *offset;
    return true;
}

bool decodeIp(const uchar *ip, int size, quint8 *protocol, DecodedPacket *out)
{
    if (size < 1) {
        out->problem = QStringLiteral("no IP header captured");
        return false;
    }
    out->ipVersion = ip[0] >> 4;
    if (out->ipVersion == 4) {
        const int headerLength = (ip[0] & 0x0F) * 4;
        if (headerLength < 20 || size < headerLength) {
            out->problem = QStringLiteral("IPv4 header cut short or malformed");
            return false;
        }
        const int total = be16(ip + 2);
        if (total < headerLength) {
            out->problem = QStringLiteral("IPv4 total length %1 below its header").arg(total);
            return false;
        }
        if ((be16(ip + 6) & 0x1FFF) != 0) {
            out->problem = QStringLiteral("an IPv4 fragment after the first");
            return false;
        }
        out->ipId = be16(ip + 4);
        out->ttl = ip[8];
        *protocol = ip[9];
        out->source = QHostAddress(be32(ip + 12));
        out->destination = QHostAddress(be32(ip + 16));
        out->ipHeaderLength = headerLength;
        out->payloadLength = quint32(total - headerLength);   // transport header still included
        return true;
    }
    if (out->ipVersion == 6) {
        if (size < 40) {
            out->problem = QStringLiteral("IPv6 header cut short");
            return false;
        }
        out->ttl = ip[7];
        *protocol = ip[6];   // extension headers are not followed: TCP and UDP come first here
        out->source = QHostAddress(ip + 8);
        out->destination = QHostAddress(ip + 24);
        out->ipHeaderLength = 40;
        out->payloadLength = be16(ip + 4);
        return true;
    }
    out->problem = QStringLiteral("IP version %1").arg(out->ipVersion);
    return false;
}

void decodeTcpOptions(const uchar *option, const uchar *end, DecodedPacket *out)
{
    while (option < end) {
        const uchar kind = option[0];
        if (kind == 0)   // end of options
            return;
        if (kind == 1) {   // no-operation
            ++option;
            continue;
        }
        if (end - option < 2 || option[1] < 2 || option[1] > end - option)
            return;   // malformed: what came before stands
        const int length = option[1];
        if (kind == 2 && length == 4)
            out->mss = be16(option + 2);
        else if (kind == 3 && length == 3)
            out->windowScale = option[2];
        else if (kind == 4 && length == 2)
            out->sackPermitted = true;
        else if (kind == 5 && (length - 2) % 8 == 0)
            for (int at = 2; at < length; at += 8)
                out->sackBlocks.append({be32(option + at), be32(option + at + 4)});
        else if (kind == 8 && length == 10) {
            out->hasTimestamps = true;
            out->tsVal = be32(option + 2);
            out->tsEcr = be32(option + 6);
        }
        option += length;
    }
}

} // namespace

DecodedPacket PacketDecoder::decode(const CapturedPacket &packet)
{
    DecodedPacket out;
    int offset = 0;
    if (!skipLinkHeader(packet, &offset, &out))
        return out;
    const auto *data = reinterpret_cast<const uchar *>(packet.bytes.constData());
    const int size = int(packet.bytes.size());
    quint8 protocol = 0;
    if (!decodeIp(data + offset, size - offset, &protocol, &out))
        return out;
    const uchar *transport = data + offset + out.ipHeaderLength;
    const int available = size - offset - out.ipHeaderLength;
    if (protocol == DecodedPacket::Tcp) {
        out.transport = DecodedPacket::Tcp;
        if (available < 20) {
            out.problem = QStringLiteral("TCP header cut short");
            return out;
        }
        const int headerLength = (transport[12] >> 4) * 4;
        if (headerLength < 20 || quint32(headerLength) > out.payloadLength) {
            out.problem = QStringLiteral("TCP header length %1 impossible").arg(headerLength);
            return out;
        }
        out.sourcePort = be16(transport);
        out.destinationPort = be16(transport + 2);
        out.seq = be32(transport + 4);
        out.ack = be32(transport + 8);
        out.flags = transport[13] & 0x3F;
        out.window = be16(transport + 14);
        out.transportHeaderLength = headerLength;
        decodeTcpOptions(transport + 20, transport + qMin(headerLength, available), &out);
    } else if (protocol == DecodedPacket::Udp) {
        out.transport = DecodedPacket::Udp;
        if (available < 8 || out.payloadLength < 8) {
            out.problem = QStringLiteral("UDP header cut short");
            return out;
        }
        out.sourcePort = be16(transport);
        out.destinationPort = be16(transport + 2);
        out.transportHeaderLength = 8;
    } else {
        out.problem = QStringLiteral("IP protocol %1 is not TCP or UDP").arg(protocol);
        return out;
    }
    out.payloadLength -= quint32(out.transportHeaderLength);
    out.valid = true;
    return out;
}

QString DecodedPacket::flagNames() const
{
    if (transport != Tcp)
        return QString();
    QStringList names;
    if (has(Syn))
        names << QStringLiteral("SYN");
    if (has(Fin))
        names << QStringLiteral("FIN");
    if (has(Rst))
        names << QStringLiteral("RST");
    if (has(Psh))
        names << QStringLiteral("PSH");
    if (has(Urg))
        names << QStringLiteral("URG");
    if (has(Ack))
        names << QStringLiteral("ACK");
    return names.join(QLatin1Char('-'));
}

QString DecodedPacket::optionText() const
{
    QStringList parts;
    if (mss >= 0)
        parts << QStringLiteral("MSS %1").arg(mss);
    if (sackPermitted)
        parts << QStringLiteral("SACK permitted");
    for (const auto &block : sackBlocks)
        parts << QStringLiteral("SACK %1-%2").arg(block.first).arg(block.second);
    if (hasTimestamps)
        parts << QStringLiteral("TS %1/%2").arg(tsVal).arg(tsEcr);
    if (windowScale >= 0)
        parts << QStringLiteral("WS ×%1").arg(1 << qMin(windowScale, 14));
    return parts.join(QStringLiteral(", "));
}
