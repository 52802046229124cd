// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "tcpflowtracker.h"
#include "trafficevent.h"

#include <QHash>
#include <QList>

class Session;

// Which captured TCP segments carried the bytes of which read() and write() calls: the seed's
// "broken into packets and reassembled", on real packets. Both sides are placed on the same axis,
// the byte offset in one direction of one connection's stream: a call at the sum of the calls
// before it (the log loses no byte), a segment at its relative sequence number minus one (the SYN
// takes sequence number 0). A read's segments and a segment's calls are those whose ranges
// overlap. A segment whose direction's SYN was not captured has no known offset and links to
// nothing; a retransmission links like the segment it repeats.
//
// Pure: spans are added (addCall, addSegment) in the order they happened; update() adds what a
// session recorded since the last update, so the link grows with the session.
class SegmentLink
{
public:
    struct Span
    {
        qint64 index = 0; // into the session's TrafficLog (calls) or WireLog (segments)
        quint64 start = 0; // byte offset in the direction's stream
        quint64 length = 0;
        quint64 end() const { return start + length; }
    };

    // A read() (In) or write() (Out) of length bytes: placed after the connection's earlier ones.
    void addCall(qint64 event, ConnectionId connection, Direction direction, quint64 length);
    void addSegment(qint64 packet, ConnectionId connection, Direction direction,
        quint64 streamOffset, quint64 length);
    // Adds the session's events and packets recorded since the last call.
    void update(const Session &session);

    // Ascending indexes; empty for an event or a packet that carries no linked bytes.
    QList<qint64> segmentsOf(qint64 event) const;
    QList<qint64> callsOf(qint64 packet) const;
    // Where an event's or a packet's bytes sit in their stream, when known.
    bool callSpan(qint64 event, Span *span) const;
    bool segmentSpan(qint64 packet, Span *span) const;

private:
    struct Stream
    {
        quint64 written = 0; // the bytes of the calls so far
        QList<Span> calls; // in stream order
        QList<Span> segments; // in capture order (retransmissions may go back)
    };
    struct Place
    {
        ConnectionId connection = 0;
        Direction direction = Direction::None;
        Span span;
    };
    static quint64 key(ConnectionId connection, Direction direction)
    {
        return quint64(connection) << 8 | quint64(direction);
    }

    QHash<quint64, Stream> m_streams;
    QHash<qint64, Place> m_calls; // by event index
    QHash<qint64, Place> m_segments; // by packet index
    TcpFlowTracker m_flows;
    qint64 m_nextEvent = 0;
    qint64 m_nextPacket = 0;
};
