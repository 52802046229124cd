// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "connectioninfo.h"

#include <QHash>
#include <QList>

#include <utility>

struct DecodedPacket;

// SocketLab's own check of a captured packet, behind dumpcap's filter: which of its sockets the
// packet belongs to, by address and port, and which way it went. A packet of anyone else is
// nobody's here and is never recorded, whatever the filter let through.
//
// A client binds its port before connect() (TcpConnection), so its own port names it from the
// SYN on. A listener's port names the listener: a packet to it from a peer whose accepted
// connection is not known yet (the handshake happens before accept() returns) is the listener's,
// and the caller holds it until the accepted connection appears (pendingAccept).
//
// Ports are reused: once a connection is closed, a later connection may have the same addresses
// and ports (after TIME_WAIT, or at once on loopback, where Linux may reuse a TIME_WAIT pair). A
// SYN for a closed connection with another initial sequence number than its own starts such a
// later connection: from it on, packets with those addresses and ports are no longer the closed
// connection's (they are the later one's, when that is SocketLab's too, or nobody's).
class WireMatcher
{
public:
    struct Match
    {
        ConnectionId connection = 0;
        WireDirection direction = WireDirection::In;
        bool pendingAccept = false;   // to a listener, from a peer not accepted (yet)
    };

    void setConnections(const QList<ConnectionInfo> &connections);
    // Every SocketLab socket the packet, captured at timeNs (session time), belongs to: two when
    // both ends are SocketLab's.
    QList<Match> match(const DecodedPacket &packet, qint64 timeNs);
    // The closed connections whose ports a later connection took since the last call, once each.
    QList<ConnectionId> takeReused() { return std::exchange(m_newlyReused, {}); }

private:
    void matchUdpSocket(const DecodedPacket &packet, QList<Match> *matches) const;
    bool matchOne(const ConnectionInfo &info, const QHostAddress &local, quint16 localPort,
                  const QHostAddress &peer, quint16 peerPort) const;

    QList<ConnectionInfo> m_connections;
    QHash<ConnectionId, quint32> m_firstSyn;     // connection -> the initial sequence number of its SYN
    QHash<ConnectionId, qint64> m_reusedSince;   // closed connection -> the later SYN's time
    QList<ConnectionId> m_newlyReused;
};
