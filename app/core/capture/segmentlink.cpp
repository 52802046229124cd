// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentlink.h"

#include "packetdecoder.h"
#include "session.h"

#include <algorithm>

namespace {

bool overlaps(const SegmentLink::Span &a, const SegmentLink::Span &b)
{
    return a.start < b.end() && b.start < a.end();
}

} // namespace

void SegmentLink::addCall(
    qint64 event, ConnectionId connection, Direction direction, quint64 length)
{
    if (length == 0 || direction == Direction::None)
        return;
    Stream &stream = m_streams[key(connection, direction)];
    const Span span { event, stream.written, length };
    stream.written += length;
    stream.calls.append(span);
    m_calls.insert(event, { connection, direction, span });
}

void SegmentLink::addSegment(qint64 packet, ConnectionId connection, Direction direction,
    quint64 streamOffset, quint64 length)
{
    if (length == 0 || direction == Direction::None)
        return;
    const Span span { packet, streamOffset, length };
    m_streams[key(connection, direction)].segments.append(span);
    m_segments.insert(packet, { connection, direction, span });
}

void SegmentLink::update(const Session &session)
{
    const TrafficLog &log = session.log();
    const qint64 events = log.count();
    for (; m_nextEvent < events; ++m_nextEvent) {
        const TrafficEvent &event = log.event(m_nextEvent);
        if (isData(event.kind))
            addCall(m_nextEvent, event.connection, directionOf(event.kind), event.payloadLength);
    }
    const qint64 packets = session.wire().count();
    const QList<WirePacket> added = session.wire().range(m_nextPacket, packets - m_nextPacket);
    for (const WirePacket &wire : added) {
        const qint64 index = m_nextPacket++;
        const DecodedPacket packet = PacketDecoder::decode(wire.packet);
        if (!packet.valid || packet.transport != DecodedPacket::Tcp)
            continue;
        const TcpFlowTracker::Numbers numbers
            = m_flows.next(wire.connection, wire.direction, packet);
        // Data on a SYN (TCP Fast Open) starts after the SYN's own sequence number.
        const quint32 firstByte = numbers.seq + (packet.has(DecodedPacket::Syn) ? 1 : 0);
        if (numbers.fromSyn && firstByte >= 1)
            addSegment(index, wire.connection,
                wire.direction == WireDirection::Out ? Direction::Out : Direction::In,
                firstByte - 1, packet.payloadLength);
    }
}

QList<qint64> SegmentLink::segmentsOf(qint64 event) const
{
    QList<qint64> found;
    const auto call = m_calls.constFind(event);
    if (call == m_calls.cend())
        return found;
    const Stream stream = m_streams.value(key(call->connection, call->direction));
    for (const Span &segment : stream.segments)
        if (overlaps(segment, call->span))
            found.append(segment.index); // in capture order, which is index order
    return found;
}

QList<qint64> SegmentLink::callsOf(qint64 packet) const
{
    QList<qint64> found;
    const auto segment = m_segments.constFind(packet);
    if (segment == m_segments.cend())
        return found;
    const Stream stream = m_streams.value(key(segment->connection, segment->direction));
    // The calls are in stream order: start at the first that ends after the segment starts.
    auto first = std::partition_point(stream.calls.cbegin(), stream.calls.cend(),
        [&](const Span &call) { return call.end() <= segment->span.start; });
    for (auto it = first; it != stream.calls.cend() && it->start < segment->span.end(); ++it)
        found.append(it->index);
    return found;
}

bool SegmentLink::callSpan(qint64 event, Span *span) const
{
    const auto call = m_calls.constFind(event);
    if (call == m_calls.cend())
        return false;
    *span = call->span;
    return true;
}

bool SegmentLink::segmentSpan(qint64 packet, Span *span) const
{
    const auto segment = m_segments.constFind(packet);
    if (segment == m_segments.cend())
        return false;
    *span = segment->span;
    return true;
}
