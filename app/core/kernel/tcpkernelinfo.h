// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"
#include "trafficevent.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// A TCP state as the kernel names it. The values are Linux's (include/net/tcp_states.h), the
// numbers /proc/net/tcp prints, so a parsed state needs no table; Unknown is ours.
enum class TcpState : quint8 {
    Unknown = 0,
    Established = 1,
    SynSent,
    SynReceived,
    FinWait1,
    FinWait2,
    TimeWait,
    Closed,
    CloseWait,
    LastAck,
    Listen,
    Closing,
    NewSynReceived, // a request socket before accept() sees it; shown as SYN_RECEIVED
};

// The RFC 793 name: "ESTABLISHED", "FIN_WAIT_2", ...
QString tcpStateName(TcpState state);

// What the operating system knows about one socket at one moment: from its socket table (sock_diag
// or /proc/net/tcp{,6}: any socket the kernel still has, also after the application closed it)
// and, while the socket is open in SocketLab, from getsockopt(TCP_INFO) and the socket options.
//
// A Unix socket (kind Unix) fills state, the queues, inode and peerInode from sock_diag's UNIX_DIAG,
// as `ss -x` shows them; the peer's credentials are in its ConnectionInfo.
//
// A UDP socket (kind Udp) fills the queues (bytes the kernel holds, its bookkeeping included),
// inode, the buffers and the addresses below from sock_diag (inet_diag, IPPROTO_UDP),
// getsockname()/getpeername() and the socket options, as `ss -u -m` shows them; state is
// Established when connected, Closed when only bound (the numbers Linux's table prints).
struct TcpKernelInfo
{
    ConnectionId connection = 0;
    EndpointKind kind = EndpointKind::Tcp;
    bool supported = false; // false: this platform has neither a socket table nor TCP_INFO
    bool found = false; // the kernel has a socket with this connection's addresses
    bool fromSocket = false; // the socket was open: the TCP_INFO fields below are filled
    TcpState state = TcpState::Unknown;
    QString problem; // why something could not be read; empty when all went well

    // The socket table: for a listener, sendQueue is the backlog size (0 when it came from
    // /proc, which does not print it) and receiveQueue the connections waiting for accept().
    quint32 sendQueue = 0; // bytes written and not yet acknowledged by the peer
    quint32 receiveQueue = 0; // bytes received and not yet read by the application
    quint32 timerRetransmits = 0; // unrecovered RTO timeouts of the current segment
    quint64 inode = 0; // 0 once no process holds the socket (TIME_WAIT, orphans)
    quint64 peerInode = 0; // Unix: the inode of the socket at the other end

    // TCP_INFO, SIOCOUTQ/SIOCOUTQNSD and socket options: valid when fromSocket.
    quint32 rttUs = 0;
    quint32 rttVarianceUs = 0;
    quint32 rtoUs = 0;
    quint32 congestionWindow = 0; // in segments
    quint32 slowStartThreshold = 0;
    quint32 sendMss = 0;
    quint32 receiveMss = 0;
    quint32 unackedSegments = 0;
    quint32 totalRetransmits = 0;
    quint32 lostSegments = 0;
    qint64 bytesInFlight = -1; // sent, not yet acknowledged; -1 unknown
    qint64 bytesNotSent = -1; // queued in the kernel, not yet sent; -1 unknown
    int sendBuffer = -1; // SO_SNDBUF
    int receiveBuffer = -1; // SO_RCVBUF
    int noDelay = -1; // TCP_NODELAY: 1 on, 0 off, -1 unknown
    int keepAlive = -1; // SO_KEEPALIVE

    // UDP (kind Udp): where it is bound and, when connected, to whom; null/0 when not.
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    qint64 drops = -1; // datagrams dropped, receive buffer full (sock_diag's SK_MEMINFO_DROPS); -1 unknown
    qint64 procDrops = -1; // the same counter as /proc/net/udp{,6} prints it (a cross-check); -1 unknown
};

Q_DECLARE_METATYPE(TcpKernelInfo)
