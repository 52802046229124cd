// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <map>

class ExportRun;
struct DecodedPacket;

// The real packets of a session with a capture, made ready for the pcapng export: which TCP
// connections the capture holds from their first packet on (and which UDP rows, see below), and each of their packets as
// captured, its payload refilled from the log where the capture kept only the first bytes.
//
// - A connection counts as captured when its own SYN is among its packets (a client's outgoing
//   SYN, an accepted connection's incoming one): the SYN's sequence number is where its byte
//   stream starts, so every later segment's place in the stream (seq - ISN - 1) is known. A
//   connection whose capture began later is left to the synthesized frames (the export says so).
// - Refill: the bytes [offset, offset + payload length) of the stream the connection sent (its
//   Sent events, concatenated) or received (its Received events). Where the log does not hold them
//   all (data the application never read), the packet stays as the capture kept it: captured
//   length below the original length, which Wireshark shows as "[Packet size limited during
//   capture]".
// - UDP: a row (a bound socket's peer, or a connected UDP socket) counts as captured when each of
//   its datagrams, sent and received, is among the captured ones: matched in order by direction and
//   length (a datagram the kernel dropped before the application read it is captured, not logged,
//   and skipped). Each captured datagram of such a row is refilled from its event.
// - A packet between two SocketLab sockets is in the wire log once for each of them: exported once.
class CapturedFrames
{
public:
    struct Frame
    {
        qint64 timeNs = 0;          // session time, to merge with the synthesized frames
        qint64 wallUs = 0;          // capture time, microseconds since the Unix epoch
        quint16 linkType = 0;
        WireDirection direction = WireDirection::In;
        ConnectionId connection = 0;
        quint32 originalLength = 0;
        QByteArray bytes;
    };

    explicit CapturedFrames(ExportRun &run);
    ~CapturedFrames();

    // Reads the wire log's packets (headers only) and the log's data events (fixed records only).
    void plan();
    bool covers(ConnectionId connection) const { return m_covered.contains(connection); }
    QSet<ConnectionId> covered() const { return m_covered; }
    // Connections with packets but without their SYN: the capture started after them.
    QSet<ConnectionId> lateStarters() const { return m_late; }
    QList<quint16> linkTypes() const { return m_linkTypes; }
    qint64 count() const;
    qint64 timeNs(qint64 index) const;
    // The index-th packet of a covered connection, refilled; false when it is not exported (a
    // twin, or a connection not covered), or when reading the log failed (run.failed()).
    bool frame(qint64 index, Frame *frame);

private:
    struct StreamPiece
    {
        quint64 start = 0;          // offset in the stream
        qint64 eventIndex = 0;
        quint32 length = 0;
    };
    struct Stream
    {
        bool haveIsn = false;
        quint32 isn = 0;
        QList<StreamPiece> pieces;
        quint64 total = 0;
    };
    struct Flow
    {
        Stream out;
        Stream in;
    };

    void planDatagrams(const QHash<ConnectionId, QList<QPair<qint64, quint32>>> &captured);
    bool readStream(const Stream &stream, quint64 offset, quint32 length, QByteArray *bytes);
    QByteArray refill(const WirePacket &wire, const DecodedPacket &decoded);
    QByteArray refillDatagram(qint64 index, const WirePacket &wire, const DecodedPacket &decoded);

    ExportRun &m_run;
    std::map<ConnectionId, Flow> m_flows;
    QSet<ConnectionId> m_covered;
    QSet<ConnectionId> m_late;
    QList<quint16> m_linkTypes;
    QHash<qint64, qint64> m_datagramEvent;   // wire index of a captured datagram -> its event
    // The last few packets written, by capture time and frame: a packet recorded for both of
    // two SocketLab sockets is exported once.
    QList<QPair<qint64, QByteArray>> m_recent;
};
