// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <sys/socket.h>

class QSocketNotifier;
class QTimer;

// One UDP socket on a native descriptor, read by a QSocketNotifier.
//
// Why not QUdpSocket: it reads one datagram per call and per event-loop turn, it cannot hand out
// the kernel's drop counter that arrives with each datagram (SO_RXQ_OVFL), and Qt 6.4 turns
// SO_BROADCAST on for every UDP socket, so its state could not be shown truthfully. Here a
// readable socket is drained with recvmmsg() in batches of ReadBatch, and each datagram's
// control data carries the kernel's count of datagrams it dropped for this socket because the
// receive buffer was full: the difference between two datagrams' counts is what was lost
// between them.
//
// Every failing call reports the system's reason with its errno name, so the log says
// "EMSGSIZE" or "ECONNREFUSED" (an ICMP port-unreachable came back, on a connected socket) as
// the kernel did. Linux only (recvmmsg, SO_RXQ_OVFL).
class UdpSocket : public QObject
{
    Q_OBJECT

public:
    static constexpr int ReadBatch = 64;           // datagrams per recvmmsg()
    static constexpr int MaxBatchesPerWakeup = 8;  // then back to the event loop, for fairness
    static constexpr int MaxDatagram = 65535;      // the largest a UDP header can describe
    static constexpr int MaxPayloadIPv4 = 65507;   // 65535 - 20 (IPv4 header) - 8 (UDP header)
    static constexpr int MaxPayloadIPv6 = 65527;   // 65535 - 8: the IPv6 header is not counted
    static constexpr int DropPollMs = 250;         // while not reading: how often drops are read

    // A datagram just read, as the kernel handed it over: valid only while datagramsReceived() is
    // being emitted (the bytes are in the thread's receive buffers).
    struct Datagram
    {
        const sockaddr_storage *peer;
        const char *bytes;
        qsizetype size;
    };
    // The peer's address and port as Qt names them (an IPv4-mapped IPv6 address as IPv4).
    static QHostAddress peerAddress(const sockaddr_storage &peer, quint16 *port);
    static bool samePeer(const sockaddr_storage &a, const sockaddr_storage &b);

    explicit UdpSocket(QObject *parent = nullptr);
    ~UdpSocket() override;

    // socket() + bind(). An IPv6 address (including ::) makes an IPv6 socket; :: also receives
    // IPv4 as the system allows (IPV6_V6ONLY off on Linux by default).
    bool bind(const QHostAddress &address, quint16 port, QString *error);
    // connect(): only this peer's datagrams arrive, send() needs no address, and the kernel
    // reports an ICMP port-unreachable as ECONNREFUSED on the next call. Binds to the
    // wildcard of the peer's family, port 0, first when not bound yet.
    bool connectTo(const QHostAddress &address, quint16 port, QString *error);
    bool isOpen() const { return m_fd >= 0; }
    bool isConnected() const { return m_connected; }
    void close();

    // One datagram each; an empty one is valid. False with the system's reason in *error (the
    // datagram was not sent: EMSGSIZE, EAGAIN with a full send buffer, ECONNREFUSED...).
    bool send(const QByteArray &bytes, QString *error);   // connected sockets
    bool sendTo(const QByteArray &bytes, const QHostAddress &address, quint16 port, QString *error);
    // Whether the send buffer has room for a datagram now (poll() for POLLOUT).
    bool canSend() const;

    // Reading stops while either holds it (the user's pause; the journal being behind): the
    // kernel keeps queueing until the receive buffer is full, then drops and counts.
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_readingPaused; }
    void setReadingHeld(bool held);

    // SO_BROADCAST, set and read back from the kernel (the socket's real state).
    bool setBroadcast(bool on, QString *error);
    bool broadcast() const;
    // IP_ADD_MEMBERSHIP / IPV6_JOIN_GROUP on the interface named (empty: the system chooses).
    bool joinGroup(const QHostAddress &group, const QString &interfaceName, QString *error);
    bool leaveGroup(const QHostAddress &group, const QString &interfaceName, QString *error);
    QList<QHostAddress> joinedGroups() const { return m_groups; }
    bool setMulticastHops(int hops, QString *error);   // IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS
    bool setMulticastLoopback(bool on, QString *error);
    bool setReceiveBufferSize(int bytes, QString *error);   // SO_RCVBUF (the kernel doubles it)
    bool setSendBufferSize(int bytes, QString *error);
    bool multicastLoopback() const;   // IP(V6)_MULTICAST_LOOP as the kernel reports it
    int multicastHops() const;        // IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS; -1 when closed
    int receiveBufferSize() const;   // as the kernel reports it; -1 when closed
    int sendBufferSize() const;

    QHostAddress localAddress() const { return m_localAddress; }
    quint16 localPort() const { return m_localPort; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    bool isIPv6() const { return m_ipv6; }
    int maxPayload() const { return m_ipv6 ? MaxPayloadIPv6 : MaxPayloadIPv4; }
    qintptr socketDescriptor() const { return m_fd; }
    // The errno of the last call that failed (bind, connect, send, ...), for its error code.
    int lastError() const { return m_lastError; }

    // Datagrams handed out by received(), and what the kernel said it dropped since the socket
    // was opened (its SO_RXQ_OVFL counter, as last seen on a datagram).
    quint64 datagramsRead() const { return m_datagramsRead; }
    quint64 kernelDrops() const { return m_drops; }
    // Reads the kernel's drop counter now (a drop after the last datagram read shows on no
    // datagram): emits dropped() for any not reported yet. Done whenever the queue is drained.
    void readDropCounter();

Q_SIGNALS:
    // Each datagram read, one signal each; emitted only while something is connected to it
    // (a copy of the bytes and a QHostAddress per datagram cost more than the reading).
    void received(const QByteArray &bytes, const QHostAddress &peer, quint16 port);
    // The same datagrams in runs, in the order read: a run ends where the kernel reports drops
    // (dropped() comes between the runs, before the datagram that revealed them), so whoever
    // records each run at once records them in the same order as received() would.
    void datagramsReceived(const UdpSocket::Datagram *datagrams, int count);
    // The kernel's drop counter rose by count since the last datagram: that many datagrams
    // were dropped because the receive buffer was full.
    void dropped(quint32 count);
    // A failure on the receiving path (ECONNREFUSED after an ICMP port-unreachable, ...).
    void errorOccurred(int code, const QString &reason);
    // A wakeup's datagrams have all been handed out: the moment to act on them together.
    void readFinished();

private:
    bool open(bool ipv6, QString *error);
    void readPending();
    void readBatches();
    void countDrops(quint32 counter);
    void updateNotifier();
    void learnLocalAddress();
    bool membership(bool join, const QHostAddress &group, const QString &interfaceName, QString *error);
    bool setOption(int level, int name, int value, const char *what, QString *error);
    int option(int level, int name) const;   // getsockopt of an int; -1 when it fails
    bool fail(QString *error, const char *call, int code);   // remembers code for lastError()

    int m_fd = -1;
    int m_lastError = 0;
    bool m_ipv6 = false;
    bool m_connected = false;
    bool m_readingPaused = false;
    bool m_readingHeld = false;
    QSocketNotifier *m_readNotifier = nullptr;
    QTimer *m_dropPoll = nullptr;   // while reading is paused or held
    QHostAddress m_localAddress;
    quint16 m_localPort = 0;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QList<QHostAddress> m_groups;
    quint64 m_datagramsRead = 0;
    quint32 m_lastDropCounter = 0;   // the kernel's counter wraps at 2^32
    quint64 m_drops = 0;
};
