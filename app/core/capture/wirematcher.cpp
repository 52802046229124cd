// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirematcher.h"

#include "packetdecoder.h"

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

} // namespace

void WireMatcher::setConnections(const QList<ConnectionInfo> &connections)
{
    m_connections.clear();
    for (const ConnectionInfo &info : connections)
        if (info.kind == EndpointKind::Tcp && info.localPort != 0)
            m_connections.append(info);
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

QList<WireMatcher::Match> WireMatcher::match(const DecodedPacket &packet) const
{
    QList<Match> matches;
    if (!packet.valid || packet.transport != DecodedPacket::Tcp)
        return matches;
    for (const ConnectionInfo &info : m_connections) {
        if (matchOne(info, packet.source, packet.sourcePort, packet.destination, packet.destinationPort))
            matches.append({info.id, WireDirection::Out, false});
        else if (matchOne(info, packet.destination, packet.destinationPort, packet.source, packet.sourcePort))
            matches.append({info.id, WireDirection::In, false});
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
