// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpflowtracker.h"

#include "packetdecoder.h"

TcpFlowTracker::Numbers TcpFlowTracker::next(
    ConnectionId connection, WireDirection direction, const DecodedPacket &packet)
{
    Numbers numbers;
    if (!packet.valid || packet.transport != DecodedPacket::Tcp)
        return numbers;
    Flow &flow = m_flows[connection];
    const bool out = direction == WireDirection::Out;
    Side &own = out ? flow.out : flow.in;
    const Side &peer = out ? flow.in : flow.out;
    const bool syn = packet.has(DecodedPacket::Syn);
    if (!own.originKnown || syn) {
        own.originKnown = true;
        own.origin = packet.seq;
    }
    if (syn) {
        own.synSeen = true;
        own.windowShift = packet.windowScale;
    }
    numbers.seq = packet.seq - own.origin;
    numbers.fromSyn = own.synSeen;
    numbers.ackKnown = packet.has(DecodedPacket::Ack) && peer.originKnown;
    if (numbers.ackKnown)
        numbers.ack = packet.ack - peer.origin;
    numbers.window = packet.window;
    if (syn) {
        numbers.scaleKnown = true;
    } else if (own.synSeen && peer.synSeen) {
        numbers.scaleKnown = true;
        if (own.windowShift >= 0 && peer.windowShift >= 0)
            numbers.window = quint64(packet.window) << qMin(own.windowShift, 14);
    }
    return numbers;
}
