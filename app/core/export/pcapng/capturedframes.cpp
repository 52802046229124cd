// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturedframes.h"

#include "exportrun.h"
#include "packetdecoder.h"

#include <algorithm>

namespace {

// Twins (the same packet recorded for both SocketLab ends) are recorded one after the other;
// a few recent frames are enough to recognise them.
constexpr int RecentKept = 8;

bool isOwnSyn(const DecodedPacket &packet, WireDirection direction, bool client)
{
    if (!packet.has(DecodedPacket::Syn) || packet.has(DecodedPacket::Rst))
        return false;
    const bool synAck = packet.has(DecodedPacket::Ack);
    // A client sends the SYN and receives the SYN-ACK; an accepted connection the other way round.
    return client ? (direction == WireDirection::Out) != synAck : (direction == WireDirection::In) != synAck;
}

} // namespace

CapturedFrames::CapturedFrames(ExportRun &run)
    : m_run(run)
{
}

CapturedFrames::~CapturedFrames() = default;

qint64 CapturedFrames::count() const
{
    return m_run.wireCount();
}

qint64 CapturedFrames::timeNs(qint64 index) const
{
    return m_run.wirePacket(index).timeNs;
}

void CapturedFrames::plan()
{
    QSet<ConnectionId> withPackets;
    // Per UDP row and direction (the key's sign: + out, - in), its captured datagrams: wire index
    // and payload length.
    QHash<ConnectionId, QList<QPair<qint64, quint32>>> datagrams;
    for (qint64 i = 0; i < m_run.wireCount(); ++i) {
        const WirePacket wire = m_run.wirePacket(i);
        const ConnectionInfo *info = m_run.connection(wire.connection);
        if (!info || info->isUnix())
            continue;
        const DecodedPacket decoded = PacketDecoder::decode(wire.packet);
        if (decoded.valid && decoded.transport == DecodedPacket::Udp && info->isUdp()) {
            datagrams[wire.connection].append({wire.direction == WireDirection::Out ? i : -i - 1, decoded.payloadLength});
            if (!m_linkTypes.contains(wire.packet.linkType))
                m_linkTypes.append(wire.packet.linkType);
            continue;
        }
        if (!decoded.valid || decoded.transport != DecodedPacket::Tcp || info->isUdp())
            continue;
        withPackets.insert(wire.connection);
        if (!m_linkTypes.contains(wire.packet.linkType))
            m_linkTypes.append(wire.packet.linkType);
        if (!decoded.has(DecodedPacket::Syn))
            continue;
        Flow &flow = m_flows[wire.connection];
        Stream &stream = wire.direction == WireDirection::Out ? flow.out : flow.in;
        // The first SYN of each direction: a retransmitted SYN has the same sequence number.
        if (!stream.haveIsn) {
            stream.haveIsn = true;
            stream.isn = decoded.seq;
        }
        if (isOwnSyn(decoded, wire.direction, info->role == ConnectionRole::Client))
            m_covered.insert(wire.connection);
    }
    for (const ConnectionId id : std::as_const(withPackets)) {
        if (!m_covered.contains(id))
            m_late.insert(id);
    }
    planDatagrams(datagrams);
    // Where each data event's bytes are in its connection's stream.
    for (qint64 i = 0; i < m_run.count(); ++i) {
        const TrafficEvent &event = m_run.event(i);
        if (!isData(event.kind) || !m_covered.contains(event.connection) || m_run.connection(event.connection)->isUdp())
            continue;
        Flow &flow = m_flows[event.connection];
        Stream &stream = event.kind == EventKind::Sent ? flow.out : flow.in;
        stream.pieces.append({stream.total, i, quint32(event.payloadLength)});
        stream.total += event.payloadLength;
    }
}

// Each datagram event of a UDP row, in order, takes the next captured datagram of its direction and
// length; captured ones in between (dropped by the kernel before the application read them) are
// skipped. A row with an event that finds none (the capture started later, or missed it) is left to
// the synthesized frames.
void CapturedFrames::planDatagrams(const QHash<ConnectionId, QList<QPair<qint64, quint32>>> &captured)
{
    QHash<ConnectionId, QPair<qsizetype, qsizetype>> cursors;   // next unmatched out, in
    QHash<qint64, qint64> matched;
    QSet<ConnectionId> missing;
    for (qint64 i = 0; i < m_run.count(); ++i) {
        const TrafficEvent &event = m_run.event(i);
        const ConnectionInfo *info = m_run.connection(event.connection);
        if (!isData(event.kind) || !info || !info->isUdp())
            continue;
        const auto list = captured.constFind(event.connection);
        if (list == captured.cend()) {
            missing.insert(event.connection);
            continue;
        }
        const bool out = event.kind == EventKind::Sent;
        qsizetype &cursor = out ? cursors[event.connection].first : cursors[event.connection].second;
        bool found = false;
        for (; cursor < list->size() && !found; ++cursor) {
            const auto &[key, length] = list->at(cursor);
            if ((key >= 0) == out && length == event.payloadLength) {
                matched.insert(key >= 0 ? key : -key - 1, i);
                found = true;
            }
        }
        if (!found)
            missing.insert(event.connection);
    }
    for (auto it = captured.cbegin(); it != captured.cend(); ++it) {
        if (missing.contains(it.key()))
            m_late.insert(it.key());
        else
            m_covered.insert(it.key());
    }
    for (auto it = matched.cbegin(); it != matched.cend(); ++it) {
        if (m_covered.contains(m_run.event(it.value()).connection))
            m_datagramEvent.insert(it.key(), it.value());
    }
}

bool CapturedFrames::readStream(const Stream &stream, quint64 offset, quint32 length, QByteArray *bytes)
{
    bytes->clear();
    if (offset + length > stream.total)
        return false;
    // The last piece that starts at or before offset.
    auto piece = std::upper_bound(stream.pieces.cbegin(), stream.pieces.cend(), offset,
                                  [](quint64 at, const StreamPiece &p) { return at < p.start; });
    if (piece == stream.pieces.cbegin())
        return false;
    --piece;
    QByteArray part;
    while (quint32(bytes->size()) < length && piece != stream.pieces.cend()) {
        const quint64 from = offset + quint64(bytes->size()) - piece->start;
        const auto take = quint32(qMin<quint64>(piece->length - from, length - quint32(bytes->size())));
        if (take > 0) {
            if (!m_run.readPayload(m_run.event(piece->eventIndex), from, take, &part))
                return false;
            bytes->append(part);
        }
        ++piece;
    }
    return quint32(bytes->size()) == length;
}

QByteArray CapturedFrames::refill(const WirePacket &wire, const DecodedPacket &decoded)
{
    const int headers = decoded.linkHeaderLength + decoded.ipHeaderLength + decoded.transportHeaderLength;
    const QByteArray &captured = wire.packet.bytes;
    if (decoded.payloadLength == 0 || captured.size() >= headers + qsizetype(decoded.payloadLength))
        return captured;
    const Flow &flow = m_flows.at(wire.connection);
    const Stream &stream = wire.direction == WireDirection::Out ? flow.out : flow.in;
    if (!stream.haveIsn)
        return captured;
    // A SYN or FIN takes one sequence number; data starts at ISN + 1.
    const quint64 offset = quint32(decoded.seq - stream.isn - 1);
    QByteArray payload;
    if (!readStream(stream, offset, decoded.payloadLength, &payload))
        return captured;
    return captured.left(headers) + payload;
}

QByteArray CapturedFrames::refillDatagram(qint64 index, const WirePacket &wire, const DecodedPacket &decoded)
{
    const int headers = decoded.linkHeaderLength + decoded.ipHeaderLength + decoded.transportHeaderLength;
    const QByteArray &captured = wire.packet.bytes;
    const auto event = m_datagramEvent.constFind(index);
    if (event == m_datagramEvent.cend() || captured.size() >= headers + qsizetype(decoded.payloadLength))
        return captured;
    QByteArray payload;
    if (!m_run.readPayload(m_run.event(*event), 0, decoded.payloadLength, &payload))
        return captured;
    return captured.left(headers) + payload;
}

bool CapturedFrames::frame(qint64 index, Frame *frame)
{
    const WirePacket wire = m_run.wirePacket(index);
    if (!m_covered.contains(wire.connection))
        return false;
    for (const auto &[wallNs, bytes] : std::as_const(m_recent)) {
        if (wallNs == wire.packet.wallNs && bytes == wire.packet.bytes)
            return false;
    }
    m_recent.append({wire.packet.wallNs, wire.packet.bytes});
    if (m_recent.size() > RecentKept)
        m_recent.removeFirst();

    const DecodedPacket decoded = PacketDecoder::decode(wire.packet);
    frame->timeNs = wire.timeNs;
    frame->wallUs = wire.packet.wallNs / 1000;
    frame->linkType = wire.packet.linkType;
    frame->direction = wire.direction;
    frame->connection = wire.connection;
    frame->originalLength = wire.packet.originalLength;
    if (!decoded.valid)
        frame->bytes = wire.packet.bytes;
    else if (decoded.transport == DecodedPacket::Udp)
        frame->bytes = refillDatagram(index, wire, decoded);
    else
        frame->bytes = refill(wire, decoded);
    return !m_run.failed();
}
