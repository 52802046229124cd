// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedframes.h"
#include "tcpflowsynthesizer.h"
#include "trafficevent.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class ExportRun;
struct ConnectionInfo;

// Turns a session into a pcapng capture that Wireshark reads as if it had watched the wire
// (the block layout is in pcapngwriter.h):
//
// - When the session has a capture (the wire), the TCP connections it holds from their SYN on, and
//   the UDP rows whose every datagram it holds, are exported as their real packets
//   (CapturedFrames), with their capture timestamps, on an interface of the capture's link type;
//   payload the capture cut off is refilled from the log.
// - Every other TCP connection with known addresses gets the frames that TcpFlowSynthesizer
//   builds from its events, on an Ethernet interface of their own (interface 0), as follows.
//
// - The frames are seen from one end of the connection, "our" end: the one in the session.
//   When both ends are (a client of the session connected to a listener of the session: the
//   client's local endpoint is the accepted connection's peer and vice versa), the connection
//   is exported once, from the client, else every segment would appear twice.
// - Handshake: for a client, the SYN at its (last) Connecting event, SYN-ACK and ACK at
//   Connected; for an accepted connection, all three at Accepted (the kernel completed it
//   before accept() returned). Listeners, and connections that never connected, give nothing.
// - Sent: our segments at the time of the write(); Received: the peer's segments at the time of
//   the read(). Each is acknowledged by the receiver (every second segment, and at the end).
// - Closing: our FIN, acknowledged. Closed: by its detail text, RST from us (aborted), RST from
//   the peer (reset, or an earlier error that said so), otherwise the rest of the FIN exchange.
// - Timestamps: the session's start (wall clock) plus the event's time, in microseconds.
// - Each event that produced frames puts its note on the first of them as a packet comment:
//   "C1 sent: write() of 512 bytes", "L1.1 received: read() returned 512 bytes",
//   "C1 closed: closed by us". Events without frames (notes, errors, pauses) are left out.
// - Unix domain socket connections have no link type in pcapng: they are left out, and the
//   section comment and a note for the user (ExportRun::addNote) name them.
// - Initial sequence numbers are derived from the connection id: the same session always
//   exports to the same bytes.
class PcapngExporter
{
public:
    explicit PcapngExporter(ExportRun &run);
    ~PcapngExporter();

    bool write();

private:
    struct Flow
    {
        ConnectionId id = 0;
        QString name;
        ConnectionId partner = 0; // the other end, when it is in the session too
        TcpFlowSynthesizer::Side ours = TcpFlowSynthesizer::Side::Client;
        qint64 synIndex = -1; // the event at which the handshake starts
        qint64 establishedIndex = -1; // Accepted or Connected
        bool sawReset = false; // an Error event reported a reset
        bool over = false; // closed: later events make no frames
        std::unique_ptr<TcpFlowSynthesizer> tcp;
        QList<TcpFlowSynthesizer::Packet> pendingHandshake; // SYN-ACK, ACK until Connected
    };

    void plan();
    QString sectionComment() const;
    QString leftOutText() const;
    void handle(qint64 index, const TrafficEvent &event, Flow &flow);
    void sendData(const TrafficEvent &event, Flow &flow, const QString &comment);
    void close(const TrafficEvent &event, Flow &flow, const QString &comment);
    void writeDatagram(const TrafficEvent &event, const ConnectionInfo &peer);
    void emitPackets(const QList<TcpFlowSynthesizer::Packet> &packets, const TrafficEvent &event,
        const Flow &flow, QString comment);
    void writeCaptured(qint64 index);
    QStringList namesOf(const QSet<ConnectionId> &ids) const;

    ExportRun &m_run;
    std::map<ConnectionId, Flow> m_flows; // only the ends whose frames are exported
    quint16 m_udpIpId = 0;   // IPv4 identification of the datagrams' frames, counting up
    QStringList m_leftOut; // names of the Unix socket connections, which pcapng cannot carry
    CapturedFrames m_captured;
    QHash<quint16, quint32> m_capturedInterface; // link type -> interface id
    QSet<ConnectionId> m_capturedNamed; // connections whose first real packet has its comment
};
