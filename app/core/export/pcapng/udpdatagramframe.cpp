// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpdatagramframe.h"

#include "tcpflowsynthesizer.h"

#include <QNetworkInterface>
#include <QtEndian>

namespace {

constexpr quint8 ProtocolUdp = 17;
constexpr quint8 Ttl = 64;

template<typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

QByteArray addressBytes(const QHostAddress &address, bool ipv6)
{
    QByteArray bytes;
    if (!ipv6) {
        put<quint32>(bytes, address.toIPv4Address());
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    return bytes;
}

bool isBroadcast(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    // A subnet's broadcast address is known only from the netmask of an interface that has it:
    // those of this machine are asked (the session does not record the sender's netmasks).
    static const QList<QHostAddress> subnetBroadcasts = [] {
        QList<QHostAddress> addresses;
        for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (!entry.broadcast().isNull())
                    addresses << entry.broadcast();
            }
        }
        return addresses;
    }();
    return subnetBroadcasts.contains(address);
}

QByteArray destinationMac(const QHostAddress &address, bool ipv6)
{
    if (ipv6 && address.isMulticast()) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        return QByteArray("\x33\x33", 2) + QByteArray(reinterpret_cast<const char *>(v6.c) + 12, 4);
    }
    if (!ipv6 && address.isMulticast()) {
        const quint32 group = address.toIPv4Address();
        QByteArray mac("\x01\x00\x5e", 3);
        mac += char((group >> 16) & 0x7f);
        mac += char((group >> 8) & 0xff);
        mac += char(group & 0xff);
        return mac;
    }
    if (isBroadcast(address))
        return QByteArray(6, char(0xff));
    return QByteArray("\x02\x00\x00\x00\x00\x02", 6);
}

} // namespace

namespace UdpDatagramFrame {

int maxPayload(bool ipv6)
{
    return ipv6 ? 65535 - 8 : 65535 - 20 - 8;
}

QByteArray build(const QHostAddress &sourceAddress, quint16 sourcePort, const QHostAddress &destinationAddress,
                 quint16 destinationPort, const QByteArray &payload, quint16 ipId)
{
    const QHostAddress source = TcpFlowSynthesizer::normalizedAddress(sourceAddress);
    const QHostAddress destination = TcpFlowSynthesizer::normalizedAddress(destinationAddress);
    if (source.protocol() != destination.protocol() || payload.size() > maxPayload(source.protocol() == QAbstractSocket::IPv6Protocol))
        return {};
    const bool ipv6 = source.protocol() == QAbstractSocket::IPv6Protocol;
    const quint8 ttl = destination.isMulticast() ? 1 : Ttl;

    QByteArray udp;
    udp.reserve(8 + payload.size());
    put<quint16>(udp, sourcePort);
    put<quint16>(udp, destinationPort);
    put<quint16>(udp, quint16(8 + payload.size()));
    put<quint16>(udp, 0);   // checksum, below
    udp += payload;

    const QByteArray from = addressBytes(source, ipv6);
    const QByteArray to = addressBytes(destination, ipv6);
    QByteArray pseudoHeader = from + to;
    if (ipv6) {
        put<quint32>(pseudoHeader, quint32(udp.size()));
        put<quint32>(pseudoHeader, ProtocolUdp);
    } else {
        put<quint8>(pseudoHeader, 0);
        put<quint8>(pseudoHeader, ProtocolUdp);
        put<quint16>(pseudoHeader, quint16(udp.size()));
    }
    quint16 checksum = TcpFlowSynthesizer::internetChecksum(pseudoHeader + udp);
    if (checksum == 0)
        checksum = 0xffff;   // 0 means "no checksum" in UDP over IPv4 and is forbidden over IPv6
    qToBigEndian(checksum, udp.data() + 6);

    QByteArray ip;
    if (ipv6) {
        put<quint32>(ip, 0x60000000);
        put<quint16>(ip, quint16(udp.size()));
        put<quint8>(ip, ProtocolUdp);
        put<quint8>(ip, ttl);
    } else {
        put<quint8>(ip, 0x45);
        put<quint8>(ip, 0);
        put<quint16>(ip, quint16(20 + udp.size()));
        put<quint16>(ip, ipId);
        put<quint16>(ip, 0);
        put<quint8>(ip, ttl);
        put<quint8>(ip, ProtocolUdp);
        put<quint16>(ip, 0);
    }
    ip += from;
    ip += to;
    if (!ipv6)
        qToBigEndian(TcpFlowSynthesizer::internetChecksum(ip), ip.data() + 10);

    QByteArray frame;
    frame.reserve(14 + ip.size() + udp.size());
    frame += destinationMac(destination, ipv6);
    frame += QByteArray("\x02\x00\x00\x00\x00\x01", 6);
    put<quint16>(frame, ipv6 ? 0x86DD : 0x0800);
    frame += ip;
    frame += udp;
    return frame;
}

} // namespace UdpDatagramFrame
