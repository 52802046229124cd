// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"
#include "peercredentials.h"
#include "trafficevent.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

// The numeric values are stored in session files: append, never renumber.
// A bound UDP socket is a UdpSocket row; each remote address:port it exchanges datagrams with is
// a UdpPeer row under it (its parent), like a connection under a listener. A connected UDP
// socket (--connect udp:) is a Client of kind UDP, as a TCP client is.
// A UDP socket's options, live like echo (what changed them is in the journal as notes), read
// back from the kernel after each change: the multicast groups joined (MulticastGroup::key():
// "239.1.2.3@lo"), SO_BROADCAST, IP_MULTICAST_LOOP / _TTL (or their IPv6 twins), and the buffer
// sizes (SO_RCVBUF / SO_SNDBUF, as the kernel doubled them; -1 unknown).
struct UdpSocketOptions
{
    QStringList multicastGroups;
    bool broadcast = false;
    bool multicastLoopback = true;
    int multicastHops = 1;
    int receiveBuffer = -1;
    int sendBuffer = -1;
};

enum class ConnectionRole : quint8 { Listener = 1, Client, Accepted, UdpSocket, UdpPeer };

enum class ConnectionState : quint8 {
    Opening,       // created, nothing done yet
    LookingUp,     // resolving the host name
    Connecting,    // SYN sent
    Connected,
    Listening,
    NotListening,  // a listener that stopped accepting
    Closing,       // FIN sent, waiting for the peer
    Closed,
    Failed,
    PeerFinished,  // the peer sent FIN; this end can still send (a half-open connection)
    Bound,         // a bound UDP socket: datagrams may come and go
};

// Everything SocketLab knows about one socket: a listener or a connection. The identity
// (name, role, addresses) is set when the socket is created and learned; state, error and
// counters follow from the events recorded for it (see ConnectionTable::apply), so a session
// replayed from its journal gets the same table.
struct ConnectionInfo
{
    ConnectionId id = 0;
    ConnectionId parent = 0;   // the listener that accepted it, or 0
    ConnectionRole role = ConnectionRole::Client;
    QString name;              // short and unique in the session: L1, C2, L1.3
    EndpointKind kind = EndpointKind::Tcp;
    QString host;              // as the user typed it (clients)
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    // Unix sockets: each end's file path or @name (empty: unnamed), and who the peer is
    // (SO_PEERCRED). A listener's path is its localPath.
    QString localPath;
    QString peerPath;
    PeerCredentials peerCredentials;

    ConnectionState state = ConnectionState::Opening;
    QString lastError;
    bool readingPaused = false;
    bool echo = false;         // a live setting, not recorded in the journal
    bool repeating = false;    // live: a repeated send has sends still to come
    // Live: a file being sent (FileSend), how much of it has been handed to the socket.
    qint64 fileSendTotal = -1;   // -1: none
    qint64 fileSendDone = 0;
    // Limits, live settings like echo (what happens when one is hit is in the journal as a note).
    static constexpr int DefaultConnectionCap = 4096;              // per listener, open at once
    // Generous: above the 8 GB floods of the benchmark; a classroom sets a lower one.
    static constexpr qint64 DefaultReceiveCap = qint64(64) << 30;   // per connection, bytes
    static constexpr int DefaultPeerCap = 4096;   // UDP: peer rows per socket; beyond, one "other peers" row
    int connectionCap = DefaultConnectionCap;   // listeners; UDP sockets: their peer cap
    qint64 receiveCap = DefaultReceiveCap;      // connections; a listener's apply to what it accepts
    bool acceptingPaused = false;               // listeners: accept() is not being called
    quint64 queuedOut = 0;     // live, not recorded: written by us, not yet taken by the kernel
                               // (the peer does not read, so its window and our buffer are full)
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 chunksIn = 0;
    quint64 chunksOut = 0;
    quint32 acceptedCount = 0;   // listeners: connections accepted so far; UDP sockets: peers seen
    // UDP. A socket's counters above add up its peers'; a chunk is one datagram.
    quint64 datagramsDropped = 0;   // by the kernel, receive buffer full (socket rows)
    UdpSocketOptions udp;           // UDP sockets: their options, as the kernel reports them
    qint64 lastDataNs = -1;         // the last datagram in or out (peers: "last seen")
    bool isUdp() const { return kind == EndpointKind::Udp; }
    qint64 openedNs = -1;       // time of its first event
    qint64 closedNs = -1;        // -1 while open

    bool isListener() const { return role == ConnectionRole::Listener; }
    bool isFinished() const;     // closed, failed, or a listener that stopped
    qint64 durationNs(qint64 nowNs) const;
    bool isUnix() const { return kind == EndpointKind::Unix; }
    // "127.0.0.1:4000", "[::1]:4000"; Unix: the path, "@name" or "unnamed", and the peer's
    // credentials: "unnamed (pid 4242 python3, uid 1000)".
    QString localEndpoint() const;
    QString peerEndpoint() const;
};

QString connectionStateName(ConnectionState state);
QString formatEndpoint(const QHostAddress &address, quint16 port);
