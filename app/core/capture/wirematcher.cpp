// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirematcher.h"

#include "packetdecoder.h"

#include <algorithm>

namespace {

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4);
}

// A listener bound to the any address (or not known yet) takes every local address.
bool localAddressFits(const QHostAddress &bound, const QHostAddress &packetAddress)
{
    return bound.isNull() || bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6 || sameAddress(bound, packetAddress);
}

// Capture times and the session's clock are two clocks (the kernel's wall clock, the session's
// monotonic one): a SYN this long after the close is surely not the connection's own.
constexpr qint64 ReuseMarginNs = 200'000'000;

} // namespace

void WireMatcher::setConnections(const QList<ConnectionInfo> &connections)
{
    m_connections.clear();
    for (const ConnectionInfo &info : connections)
        if ((info.kind == EndpointKind::Tcp || info.kind == EndpointKind::Udp) && info.localPort != 0)
            m_connections.append(info);
    // Oldest first: match() gives a packet to the oldest row of its addresses and ports not taken
    // over by a later connection.
    std::sort(m_connections.begin(), m_connections.end(),
              [](const ConnectionInfo &a, const ConnectionInfo &b) { return a.id < b.id; });
}

bool WireMatcher::matchOne(const ConnectionInfo &info, const QHostAddress &local, quint16 localPort,
                           const QHostAddress &peer, quint16 peerPort) const
{
    if (info.role == ConnectionRole::Listener || info.localPort != localPort || !localAddressFits(info.localAddress, local))
        return false;
    if (info.peerPort != peerPort)
        return false;
    // A client before connect() returns knows the port it bound and the port it connects to; its
    // bound port is its own (bind() reserves it), so that is enough.
    return info.peerAddress.isNull() || sameAddress(info.peerAddress, peer);
}

QList<WireMatcher::Match> WireMatcher::match(const DecodedPacket &packet, qint64 timeNs)
{
    QList<Match> matches;
    if (!packet.valid)
        return matches;
    const EndpointKind kind = packet.transport == DecodedPacket::Tcp ? EndpointKind::Tcp : EndpointKind::Udp;
    // One connection per end at a time: of the rows with these addresses and ports (a closed one
    // and a later one), the oldest that has not been taken over by a later SYN.
    bool outTaken = false;
    bool inTaken = false;
    for (const ConnectionInfo &info : m_connections) {
        if (info.kind != kind)
            continue;
        WireDirection direction = WireDirection::Out;
        if (!outTaken && matchOne(info, packet.source, packet.sourcePort, packet.destination, packet.destinationPort))
            direction = WireDirection::Out;
        else if (!inTaken && matchOne(info, packet.destination, packet.destinationPort, packet.source, packet.sourcePort))
            direction = WireDirection::In;
        else
            continue;
        const bool opening = packet.has(DecodedPacket::Syn) && !packet.has(DecodedPacket::Ack);
        const auto reused = m_reusedSince.constFind(info.id);
        if (reused != m_reusedSince.cend() && timeNs >= *reused)
            continue;
        // A SYN with another initial sequence number than the connection's own (a retransmitted SYN
        // has the same) opens another connection, whether or not the table says the first closed
        // yet. Without its own SYN (the capture started later) only the time tells: its own was
        // sent before it closed.
        const auto own = m_firstSyn.constFind(info.id);
        if (opening
            && (own != m_firstSyn.cend() ? *own != packet.seq
                                         : info.closedNs >= 0 && timeNs > info.closedNs + ReuseMarginNs)) {
            m_reusedSince.insert(info.id, timeNs);
            m_newlyReused.append(info.id);
            continue;
        }
        if (opening && !m_firstSyn.contains(info.id))
            m_firstSyn.insert(info.id, packet.seq);
        matches.append({info.id, direction, false});
        (direction == WireDirection::Out ? outTaken : inTaken) = true;
    }
    if (kind == EndpointKind::Udp) {
        // A datagram of a bound socket whose peer has no row of its own (yet, or beyond the cap).
        if (matches.isEmpty())
            matchUdpSocket(packet, &matches);
        return matches;
    }
    // To or from a listener's port, but no accepted connection knows this peer (yet).
    const auto hasMatchOnSide = [&](WireDirection direction) {
        return std::any_of(matches.cbegin(), matches.cend(), [&](const Match &m) {
            const auto info = std::find_if(m_connections.cbegin(), m_connections.cend(),
                                           [&](const ConnectionInfo &c) { return c.id == m.connection; });
            return info != m_connections.cend() && info->role == ConnectionRole::Accepted && m.direction == direction;
        });
    };
    for (const ConnectionInfo &info : m_connections) {
        if (info.role != ConnectionRole::Listener)
            continue;
        if (info.localPort == packet.destinationPort && localAddressFits(info.localAddress, packet.destination)
            && !hasMatchOnSide(WireDirection::In))
            matches.append({info.id, WireDirection::In, true});
        else if (info.localPort == packet.sourcePort && localAddressFits(info.localAddress, packet.source)
                 && !hasMatchOnSide(WireDirection::Out))
            matches.append({info.id, WireDirection::Out, true});
    }
    return matches;
}

void WireMatcher::matchUdpSocket(const DecodedPacket &packet, QList<Match> *matches) const
{
    for (const ConnectionInfo &info : m_connections) {
        if (info.role != ConnectionRole::UdpSocket)
            continue;
        if (info.localPort == packet.sourcePort && localAddressFits(info.localAddress, packet.source))
            matches->append({info.id, WireDirection::Out, false});
        else if (info.localPort == packet.destinationPort && localAddressFits(info.localAddress, packet.destination))
            matches->append({info.id, WireDirection::In, false});
    }
}
