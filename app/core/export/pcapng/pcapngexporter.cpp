// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapngexporter.h"

#include "connectioninfo.h"
#include "exportrun.h"
#include "pcapngwriter.h"
#include "udpdatagramframe.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

using Side = TcpFlowSynthesizer::Side;
using Packet = TcpFlowSynthesizer::Packet;

namespace {

// Segments per payload slice: an even number, so the receiver's every-second-segment ACKs fall
// as they would for the whole payload at once.
constexpr int SegmentsPerSlice = 32;

// A fixed bijective mix of the id (the "lowbias32" hash): initial sequence numbers that look as
// arbitrary as real ones, yet are the same on every export.
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

QString endpointKey(const QHostAddress &address, quint16 port)
{
    return formatEndpoint(TcpFlowSynthesizer::normalizedAddress(address), port);
}

bool hasKnownEndpoints(const ConnectionInfo &info)
{
    return !info.localAddress.isNull() && !info.peerAddress.isNull() && info.localPort != 0
        && info.peerPort != 0;
}

QString byteCountText(quint32 bytes)
{
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

QString noteOf(ExportRun &run, const TrafficEvent &event)
{
    switch (event.kind) {
    case EventKind::Sent: return QStringLiteral("write() of ") + byteCountText(event.payloadLength);
    case EventKind::Received:
        return QStringLiteral("read() returned ") + byteCountText(event.payloadLength);
    default: return run.detailText(event);
    }
}

} // namespace

PcapngExporter::PcapngExporter(ExportRun &run)
    : m_run(run)
    , m_captured(run)
{
}

PcapngExporter::~PcapngExporter() = default;

// Finds the connections to export, their handshake events, and the pairs whose two ends are
// both in the session. Reads only the events' fixed-size records, no payload.
void PcapngExporter::plan()
{
    struct Seen
    {
        qint64 lastConnecting = -1;
        qint64 synIndex = -1;
        qint64 establishedIndex = -1;
    };
    std::map<ConnectionId, Seen> seen;
    for (qint64 i = 0; i < m_run.count(); ++i) {
        const TrafficEvent &event = m_run.event(i);
        Seen &s = seen[event.connection];
        if (s.establishedIndex >= 0)
            continue;
        if (event.kind == EventKind::Connecting) {
            s.lastConnecting = i;
        } else if (event.kind == EventKind::Connected || event.kind == EventKind::Accepted) {
            s.establishedIndex = i;
            s.synIndex = event.kind == EventKind::Connected && s.lastConnecting >= 0
                ? s.lastConnecting
                : i;
        }
    }

    QHash<QString, QList<ConnectionId>> clientsByEndpoints; // "local|peer" of clients
    QList<ConnectionId> accepted;
    for (const auto &[id, s] : seen) {
        const ConnectionInfo *info = m_run.connection(id);
        // pcapng has no link type for Unix domain sockets: no frames can carry them.
        if (info && info->isUnix() && !info->isListener() && s.establishedIndex >= 0)
            m_leftOut << (info->name.isEmpty() ? m_run.connectionName(id) : info->name);
        // UDP has no handshake or stream to draw: its datagrams are written one by one below.
        if (s.establishedIndex < 0 || !info || info->isListener() || info->isUdp() || !hasKnownEndpoints(*info))
            continue;
        Flow flow;
        flow.id = id;
        flow.name = info->name.isEmpty() ? m_run.connectionName(id) : info->name;
        flow.ours = info->role == ConnectionRole::Client ? Side::Client : Side::Server;
        flow.synIndex = s.synIndex;
        flow.establishedIndex = s.establishedIndex;
        m_flows.emplace(id, std::move(flow));
        const QString key = endpointKey(info->localAddress, info->localPort) + QLatin1Char('|')
            + endpointKey(info->peerAddress, info->peerPort);
        if (info->role == ConnectionRole::Client)
            clientsByEndpoints[key].append(id);
        else
            accepted.append(id);
    }

    // An accepted connection whose peer is a client of the session: the same TCP connection.
    // Should ports have been reused, the client established closest in time is its other end.
    for (ConnectionId id : std::as_const(accepted)) {
        const ConnectionInfo *info = m_run.connection(id);
        const QString key = endpointKey(info->peerAddress, info->peerPort) + QLatin1Char('|')
            + endpointKey(info->localAddress, info->localPort);
        QList<ConnectionId> &clients = clientsByEndpoints[key];
        const qint64 acceptedNs = m_run.event(m_flows.at(id).establishedIndex).timeNs;
        qsizetype best = -1;
        qint64 bestDistance = 0;
        for (qsizetype i = 0; i < clients.size(); ++i) {
            const qint64 distance = std::llabs(
                m_run.event(m_flows.at(clients.at(i)).establishedIndex).timeNs - acceptedNs);
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0)
            continue;
        m_flows.at(clients.takeAt(best)).partner = id;
        m_flows.erase(id);
    }

    // The connections the capture holds from their SYN on are exported as their real packets.
    m_captured.plan();
    for (const ConnectionId id : m_captured.covered())
        m_flows.erase(id);
}

QStringList PcapngExporter::namesOf(const QSet<ConnectionId> &ids) const
{
    QList<ConnectionId> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList names;
    for (const ConnectionId id : std::as_const(sorted))
        names << m_run.connectionName(id);
    return names;
}

QString PcapngExporter::sectionComment() const
{
    // In the file: the same in every language.
    QString comment;
    if (!m_captured.covered().isEmpty()) {
        comment = QStringLiteral(
            "Real packets of %1, as dumpcap captured them for SocketLab in a session that started %2: "
            "their capture timestamps, headers, sequence numbers and options are those on the wire; "
            "payload the capture did not keep (by default it keeps the first 128 bytes) is refilled "
            "from the bytes the session recorded.")
                      .arg(namesOf(m_captured.covered()).join(QStringLiteral(", ")), m_run.wallClockText(0));
        if (!m_captured.lateStarters().isEmpty())
            comment += QStringLiteral(" The capture started after the first packets of %1: their frames are synthesized.")
                           .arg(namesOf(m_captured.lateStarters()).join(QStringLiteral(", ")));
        if (!m_flows.empty())
            comment += QStringLiteral(" Other connections, without a capture: ");
    }
    if (m_captured.covered().isEmpty() || !m_flows.empty())
        comment += QStringLiteral(
        "Synthesized by SocketLab from a session that started %1. The TCP payload bytes are "
        "as recorded; Ethernet, IP and TCP headers, MAC addresses, segment sizes, sequence "
        "numbers and ACKs are made up to carry them.")
                          .arg(m_run.wallClockText(0));
    QStringList pairs;
    for (const auto &[id, flow] : m_flows) {
        if (flow.partner != 0)
            pairs << QStringLiteral("%1 and %2").arg(flow.name, m_run.connectionName(flow.partner));
    }
    if (!pairs.isEmpty())
        comment
            += QStringLiteral(" Both ends of a connection are in the session, exported once from "
                              "the client: ")
            + pairs.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!m_leftOut.isEmpty())
        comment += QLatin1Char(' ') + leftOutText();
    return comment;
}

QString PcapngExporter::leftOutText() const
{
    // In the file: the same in every language.
    return QStringLiteral("Left out: %1 Unix domain socket connection(s) (%2); pcapng has no link type for "
                          "them. The text, CSV and JSON Lines exports have their bytes.")
        .arg(m_leftOut.size())
        .arg(m_leftOut.join(QStringLiteral(", ")));
}

bool PcapngExporter::write()
{
    plan();
    if (!m_leftOut.isEmpty())
        m_run.addNote(QCoreApplication::translate("PcapngExporter",
                                                  "%n Unix socket connection(s) left out of the pcapng file (%1): "
                                                  "pcapng has no link type for them; text, CSV and JSON Lines "
                                                  "exports have their bytes.",
                                                  nullptr, int(m_leftOut.size()))
                          .arg(m_leftOut.join(QStringLiteral(", "))));
    m_run.write(PcapngWriter::sectionHeader(
        QStringLiteral("SocketLab " SOCKETLAB_VERSION), sectionComment()));
    m_run.write(PcapngWriter::interfaceDescription(
        PcapngWriter::LinkTypeEthernet, PcapngWriter::SnapLength, QStringLiteral("socketlab")));
    for (const quint16 linkType : m_captured.linkTypes()) {
        m_capturedInterface.insert(linkType, quint32(m_capturedInterface.size() + 1));
        m_run.write(PcapngWriter::interfaceDescription(
            linkType, PcapngWriter::SnapLength, QStringLiteral("captured by dumpcap")));
    }
    // The real packets and the events, merged by time.
    qint64 wire = 0;
    const qint64 wireCount = m_captured.covered().isEmpty() ? 0 : m_captured.count();
    for (qint64 i = 0; i < m_run.count() && m_run.advance(i); ++i) {
        const TrafficEvent &event = m_run.event(i);
        for (; wire < wireCount && m_captured.timeNs(wire) <= event.timeNs && !m_run.failed(); ++wire)
            writeCaptured(wire);
        const auto it = m_flows.find(event.connection);
        if (it != m_flows.end()) {
            handle(i, event, it->second);
        } else if (isData(event.kind)) {
            const ConnectionInfo *info = m_run.connection(event.connection);
            // A bound socket's peer rows, and connected UDP sockets (clients of kind UDP).
            if (info && info->isUdp() && info->role != ConnectionRole::UdpSocket && !m_captured.covers(event.connection))
                writeDatagram(event, *info);
        }
    }
    for (; wire < wireCount && !m_run.failed(); ++wire)
        writeCaptured(wire);
    m_run.advance(m_run.count());
    return !m_run.failed();
}

void PcapngExporter::writeCaptured(qint64 index)
{
    CapturedFrames::Frame frame;
    if (!m_captured.frame(index, &frame))
        return;
    QString comment;
    if (!m_capturedNamed.contains(frame.connection)) {
        m_capturedNamed.insert(frame.connection);
        comment = m_run.connectionName(frame.connection) + QStringLiteral(": its first captured packet");
    }
    m_run.write(PcapngWriter::capturedPacket(m_capturedInterface.value(frame.linkType),
        quint64(qMax<qint64>(0, frame.wallUs)), frame.bytes, frame.originalLength,
        frame.direction == WireDirection::Out ? PcapngWriter::Direction::Outbound : PcapngWriter::Direction::Inbound,
        comment));
}

void PcapngExporter::handle(qint64 index, const TrafficEvent &event, Flow &flow)
{
    if (flow.over)
        return;
    const QString note = noteOf(m_run, event);
    const QString comment = flow.name + QLatin1Char(' ') + eventKindName(event.kind)
        + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);

    if (index == flow.synIndex) {
        const ConnectionInfo *info = m_run.connection(flow.id);
        const bool client = flow.ours == Side::Client;
        flow.tcp
            = std::make_unique<TcpFlowSynthesizer>(client ? info->localAddress : info->peerAddress,
                client ? info->localPort : info->peerPort,
                client ? info->peerAddress : info->localAddress,
                client ? info->peerPort : info->localPort, mix(flow.id * 2), mix(flow.id * 2 + 1));
        if (!flow.tcp->isValid()) {
            flow.over = true; // two address families: nothing sensible to draw
            return;
        }
        const QList<Packet> handshake = flow.tcp->open();
        if (index == flow.establishedIndex) {
            // Accepted (or connected without a Connecting event): the note goes with the ACK
            // that completed the handshake.
            emitPackets(handshake.mid(0, 2), event, flow, QString());
            emitPackets(handshake.mid(2), event, flow, comment);
        } else {
            emitPackets(handshake.mid(0, 1), event, flow, comment);
            flow.pendingHandshake = handshake.mid(1);
        }
        return;
    }
    // Before the handshake (name lookup, failed attempts) nothing was on this connection's wire.
    if (!flow.tcp || index < flow.establishedIndex)
        return;
    if (index == flow.establishedIndex) {
        emitPackets(flow.pendingHandshake.mid(0, 1), event, flow, QString());
        emitPackets(flow.pendingHandshake.mid(1), event, flow, comment);
        flow.pendingHandshake.clear();
        return;
    }

    switch (event.kind) {
    case EventKind::Sent:
    case EventKind::Received: sendData(event, flow, comment); break;
    case EventKind::Closing:
        if (!flow.tcp->hasSentFin(flow.ours)) {
            emitPackets({ flow.tcp->finish(flow.ours) }, event, flow, comment);
            emitPackets({ flow.tcp->acknowledge(TcpFlowSynthesizer::other(flow.ours)) }, event,
                flow, QString());
        }
        break;
    case EventKind::EndOfStream: {
        // The peer's FIN, with this end staying open (a half-close): its own FIN comes later.
        const Side peer = TcpFlowSynthesizer::other(flow.ours);
        if (!flow.tcp->hasSentFin(peer)) {
            emitPackets({ flow.tcp->finish(peer) }, event, flow, comment);
            emitPackets({ flow.tcp->acknowledge(flow.ours) }, event, flow, QString());
        }
        break;
    }
    case EventKind::Error:
        if (event.facts.error == ErrorCode::ResetByPeer)
            flow.sawReset = true;
        break;
    case EventKind::Closed: close(event, flow, comment); break;
    default: break;
    }
}

void PcapngExporter::sendData(const TrafficEvent &event, Flow &flow, const QString &comment)
{
    const Side from
        = event.kind == EventKind::Sent ? flow.ours : TcpFlowSynthesizer::other(flow.ours);
    const quint32 sliceBytes = quint32(flow.tcp->maxSegmentSize() * SegmentsPerSlice);
    QByteArray slice;
    for (quint64 at = 0; at < event.payloadLength; at += sliceBytes) {
        const auto length = quint32(qMin<quint64>(sliceBytes, event.payloadLength - at));
        if (!m_run.readPayload(event, at, length, &slice))
            return;
        const bool last = at + length == event.payloadLength;
        emitPackets(flow.tcp->send(from, slice, last), event, flow, at == 0 ? comment : QString());
    }
}

// How the connection ended is in the Closed event's facts (and an earlier Error's): RST from us
// or from the peer (a reset-by-peer error), or else the FINs that are still missing, each
// acknowledged. Never the detail text: it is in the recording user's language.
void PcapngExporter::close(const TrafficEvent &event, Flow &flow, const QString &comment)
{
    flow.over = true;
    TcpFlowSynthesizer &tcp = *flow.tcp;
    const Side ours = flow.ours;
    const Side peer = TcpFlowSynthesizer::other(ours);
    const bool reset = event.facts.close == CloseKind::Reset;
    QList<Packet> packets;
    if (reset && event.facts.by == CloseSide::Us) {
        packets << tcp.reset(ours);
    } else if (flow.sawReset || reset) {
        packets << tcp.reset(peer);
    } else {
        if (!tcp.hasSentFin(peer))
            packets << tcp.finish(peer);
        if (!tcp.hasSentFin(ours)) {
            packets << tcp.finish(ours);
            packets << tcp.acknowledge(peer);
        } else {
            packets << tcp.acknowledge(ours);
        }
    }
    emitPackets(packets, event, flow, comment);
}

// One frame per datagram, in the direction it went. A peer row knows the remote end; the local
// end is where the socket was bound: the wildcard (0.0.0.0, ::) when it was bound to all
// addresses, since the session does not record which one a datagram was addressed to. The
// "other peers" row has no remote address: its datagrams make no frames.
void PcapngExporter::writeDatagram(const TrafficEvent &event, const ConnectionInfo &peer)
{
    if (peer.peerAddress.isNull() || peer.peerPort == 0 || peer.localPort == 0)
        return;
    QHostAddress local = peer.localAddress;
    if (local == QHostAddress(QHostAddress::AnyIPv6) && peer.peerAddress.protocol() == QAbstractSocket::IPv4Protocol)
        local = QHostAddress(QHostAddress::AnyIPv4);   // a dual-stack socket's IPv4 datagram
    QByteArray payload;
    if (!m_run.readPayload(event, 0, event.payloadLength, &payload))
        return;
    const bool out = event.kind == EventKind::Sent;
    const QByteArray frame = out ? UdpDatagramFrame::build(local, peer.localPort, peer.peerAddress, peer.peerPort,
                                                           payload, m_udpIpId++)
                                 : UdpDatagramFrame::build(peer.peerAddress, peer.peerPort, local, peer.localPort,
                                                           payload, m_udpIpId++);
    if (frame.isEmpty())
        return;
    const QString comment = QStringLiteral("%1 %2: one datagram of %3")
                                .arg(peer.name, eventKindName(event.kind), byteCountText(event.payloadLength));
    const auto timestampUs = quint64(qMax<qint64>(0, m_run.wallClockUs(event.timeNs)));
    m_run.write(PcapngWriter::enhancedPacket(0, timestampUs, frame,
                                             out ? PcapngWriter::Direction::Outbound : PcapngWriter::Direction::Inbound,
                                             comment));
}

void PcapngExporter::emitPackets(
    const QList<Packet> &packets, const TrafficEvent &event, const Flow &flow, QString comment)
{
    const auto timestampUs = quint64(qMax<qint64>(0, m_run.wallClockUs(event.timeNs)));
    for (const Packet &packet : packets) {
        const auto direction = packet.from == flow.ours ? PcapngWriter::Direction::Outbound
                                                        : PcapngWriter::Direction::Inbound;
        if (!m_run.write(
                PcapngWriter::enhancedPacket(0, timestampUs, packet.frame, direction, comment)))
            return;
        comment.clear(); // the note goes on the first frame only
    }
}
