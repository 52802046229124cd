// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "connectioninfo.h"

#include <QList>

struct DecodedPacket;

// SocketLab's own check of a captured packet, behind dumpcap's filter: which of its sockets the
// packet belongs to, by address and port, and which way it went. A packet of anyone else is
// nobody's here and is never recorded, whatever the filter let through.
//
// A client binds its port before connect() (TcpConnection), so its own port names it from the
// SYN on. A listener's port names the listener: a packet to it from a peer whose accepted
// connection is not known yet (the handshake happens before accept() returns) is the listener's,
// and the caller holds it until the accepted connection appears (pendingAccept).
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
    // Every SocketLab socket the packet belongs to: two when both ends are SocketLab's.
    QList<Match> match(const DecodedPacket &packet) const;

private:
    bool matchOne(const ConnectionInfo &info, const QHostAddress &local, quint16 localPort,
                  const QHostAddress &peer, quint16 peerPort) const;

    QList<ConnectionInfo> m_connections;
};
