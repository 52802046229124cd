// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QHash>

struct DecodedPacket;

// The numbers of a connection's TCP packets as people read them, computed packet after packet in
// capture order, as Wireshark does: sequence and acknowledgement numbers relative to each
// direction's first sequence number (its SYN's when the capture saw it, so the first data byte is
// 1), and the window scaled by the shift its sender announced in its SYN (RFC 7323: only when
// both SYNs carried the option; a SYN's own window is never scaled).
class TcpFlowTracker
{
public:
    struct Numbers
    {
        quint32 seq = 0;
        bool ackKnown = false; // the peer's first sequence number is known
        quint32 ack = 0;
        quint64 window = 0; // scaled when scaleKnown, else as sent
        bool scaleKnown = false; // both SYNs were seen (or this is a SYN)
        bool fromSyn = false; // seq counts from this direction's SYN: seq - 1 is the stream offset
    };

    Numbers next(ConnectionId connection, WireDirection direction, const DecodedPacket &packet);

private:
    struct Side
    {
        bool originKnown = false;
        bool synSeen = false;
        quint32 origin = 0;
        int windowShift = -1; // announced in its SYN, -1: none
    };
    struct Flow
    {
        Side out, in;
    };

    QHash<ConnectionId, Flow> m_flows;
};
