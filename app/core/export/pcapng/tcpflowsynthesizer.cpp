// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpflowsynthesizer.h"

#include <QtEndian>

namespace {

constexpr quint16 EtherTypeIpv4 = 0x0800;
constexpr quint16 EtherTypeIpv6 = 0x86DD;
constexpr quint8 ProtocolTcp = 6;
constexpr quint8 TcpOptionMss = 2;

template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

QByteArray addressBytes(const QHostAddress &address)
{
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        put<quint32>(bytes, address.toIPv4Address());
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    return bytes;
}

QByteArray macAddress(quint8 last)
{
    return QByteArray("\x02\x00\x00\x00\x00", 5) + char(last);
}

quint32 partialSum(const QByteArray &data, quint32 sum = 0)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    for (; i + 1 < size; i += 2) {
        sum += quint32(bytes[i]) << 8 | bytes[i + 1];
        sum = (sum & 0xffff) + (sum >> 16);
    }
    if (i < size) // an odd byte is padded with a zero byte on the right
        sum += quint32(bytes[i]) << 8;
    return sum;
}

} // namespace

TcpFlowSynthesizer::TcpFlowSynthesizer(const QHostAddress &clientAddress, quint16 clientPort,
    const QHostAddress &serverAddress, quint16 serverPort, quint32 clientIsn, quint32 serverIsn)
{
    m_client.address = normalizedAddress(clientAddress);
    m_client.port = clientPort;
    m_client.mac = macAddress(1);
    m_client.nextSeq = clientIsn;
    m_server.address = normalizedAddress(serverAddress);
    m_server.port = serverPort;
    m_server.mac = macAddress(2);
    m_server.nextSeq = serverIsn;
    const auto family = m_client.address.protocol();
    m_valid = (family == QAbstractSocket::IPv4Protocol || family == QAbstractSocket::IPv6Protocol)
        && m_server.address.protocol() == family;
    m_ipv6 = family == QAbstractSocket::IPv6Protocol;
}

QHostAddress TcpFlowSynthesizer::normalizedAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            return QHostAddress(v4);
    }
    return address;
}

quint16 TcpFlowSynthesizer::internetChecksum(const QByteArray &data, quint32 sum)
{
    sum = partialSum(data, sum);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

TcpFlowSynthesizer::Packet TcpFlowSynthesizer::segment(
    Side from, quint8 flags, const QByteArray &payload, const QByteArray &options)
{
    End &source = end(from);
    End &destination = end(other(from));

    QByteArray tcp;
    tcp.reserve(20 + options.size() + payload.size());
    put<quint16>(tcp, source.port);
    put<quint16>(tcp, destination.port);
    put<quint32>(tcp, source.nextSeq);
    put<quint32>(tcp, (flags & Ack) ? destination.nextSeq : 0);
    tcp.append(char(((20 + options.size()) / 4) << 4));
    tcp.append(char(flags));
    put<quint16>(tcp, Window);
    put<quint16>(tcp, 0); // checksum, below
    put<quint16>(tcp, 0); // urgent pointer
    tcp.append(options);
    tcp.append(payload);

    const QByteArray sourceAddress = addressBytes(source.address);
    const QByteArray destinationAddress = addressBytes(destination.address);
    QByteArray pseudoHeader = sourceAddress + destinationAddress;
    if (m_ipv6) {
        put<quint32>(pseudoHeader, quint32(tcp.size()));
        put<quint32>(pseudoHeader, ProtocolTcp); // three zero bytes, then the next header
    } else {
        put<quint8>(pseudoHeader, 0);
        put<quint8>(pseudoHeader, ProtocolTcp);
        put<quint16>(pseudoHeader, quint16(tcp.size()));
    }
    const quint16 tcpChecksum = internetChecksum(tcp, partialSum(pseudoHeader));
    qToBigEndian(tcpChecksum, tcp.data() + 16);

    QByteArray ip;
    if (m_ipv6) {
        put<quint32>(ip, 0x60000000);
        put<quint16>(ip, quint16(tcp.size()));
        put<quint8>(ip, ProtocolTcp);
        put<quint8>(ip, Ttl);
        ip += sourceAddress;
        ip += destinationAddress;
    } else {
        put<quint8>(ip, 0x45);
        put<quint8>(ip, 0);
        put<quint16>(ip, quint16(20 + tcp.size()));
        put<quint16>(ip, source.ipId++);
        put<quint16>(ip, 0x4000); // don't fragment
        put<quint8>(ip, Ttl);
        put<quint8>(ip, ProtocolTcp);
        put<quint16>(ip, 0); // header checksum, below
        ip += sourceAddress;
        ip += destinationAddress;
        qToBigEndian(internetChecksum(ip), ip.data() + 10);
    }

    Packet packet;
    packet.from = from;
    packet.flags = flags;
    packet.payloadLength = quint32(payload.size());
    packet.frame.reserve(14 + ip.size() + tcp.size());
    packet.frame += destination.mac;
    packet.frame += source.mac;
    put<quint16>(packet.frame, m_ipv6 ? EtherTypeIpv6 : EtherTypeIpv4);
    packet.frame += ip;
    packet.frame += tcp;

    // SYN and FIN take one sequence number each; an ACK acknowledges all that arrived.
    source.nextSeq += quint32(payload.size()) + ((flags & Syn) ? 1 : 0) + ((flags & Fin) ? 1 : 0);
    if (flags & Fin)
        source.finSent = true;
    if (flags & Ack)
        source.unackedSegments = 0;
    if (flags & Rst)
        m_reset = true;
    return packet;
}

QList<TcpFlowSynthesizer::Packet> TcpFlowSynthesizer::open()
{
    QByteArray mss;
    put<quint8>(mss, TcpOptionMss);
    put<quint8>(mss, 4);
    put<quint16>(mss, quint16(maxSegmentSize()));
    QList<Packet> packets;
    packets << segment(Side::Client, Syn, {}, mss);
    packets << segment(Side::Server, Syn | Ack, {}, mss);
    packets << segment(Side::Client, Ack, {});
    return packets;
}

QList<TcpFlowSynthesizer::Packet> TcpFlowSynthesizer::send(
    Side from, const QByteArray &bytes, bool endOfWrite)
{
    QList<Packet> packets;
    const Side receiver = other(from);
    const int mss = maxSegmentSize();
    for (qsizetype at = 0; at < bytes.size(); at += mss) {
        const QByteArray payload = bytes.mid(at, mss);
        const bool last = at + mss >= bytes.size();
        packets << segment(from, Ack | (last && endOfWrite ? Psh : 0), payload);
        ++end(receiver).unackedSegments;
        if (end(receiver).unackedSegments >= SegmentsPerAck || (last && endOfWrite))
            packets << acknowledge(receiver);
    }
    return packets;
}

TcpFlowSynthesizer::Packet TcpFlowSynthesizer::finish(Side from)
{
    return segment(from, Fin | Ack, {});
}

TcpFlowSynthesizer::Packet TcpFlowSynthesizer::acknowledge(Side from)
{
    return segment(from, Ack, {});
}

TcpFlowSynthesizer::Packet TcpFlowSynthesizer::reset(Side from)
{
    return segment(from, Rst | Ack, {});
}
