// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "eventfacts.h"
#include "udpsocket.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

#include <sys/socket.h>

class JournalGate;
class ResponderDriver;
class Session;
struct Responder;
class QTimer;

struct UdpOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);   // bind here (port 0: the system's choice)
    quint16 port = 0;
    bool echo = false;         // send each datagram back to its sender
    int peerCap = ConnectionInfo::DefaultPeerCap;
    int receiveBufferBytes = 0;   // SO_RCVBUF; 0: the system's default
};

// One bound UDP socket in the session: it records what the socket does, one event per datagram,
// each under the row of its peer (the remote address:port), so the log and the journal keep every
// datagram's boundary and sender. Rows beyond the peer cap share one "other peers" row.
// Lives on the network thread, inside the UdpListener that the EndpointHost drives through the
// Listener contract. A UDP socket accepts nothing, and one socket serves all its peers, so a peer
// row has no socket of its own to close. A connected UDP socket is a Transport (UdpConnection).
class UdpEndpoint : public QObject
{
    Q_OBJECT

public:
    // A repeated send waits this long when the kernel's send buffer is full (EAGAIN).
    static constexpr int BlockedRetryMs = 20;

    // Every datagram sent is recorded through gate before it leaves (see JournalGate).
    UdpEndpoint(Session &session, JournalGate &gate, ConnectionId id, const QString &name, QObject *parent = nullptr);
    ~UdpEndpoint() override;

    ConnectionId id() const { return m_id; }
    bool owns(ConnectionId id) const { return id == m_id || m_peerRows.contains(id); }
    bool isOpen() const;
    // Closed by close(), or never bound: the host no longer drives it.
    bool isClosed() const { return m_closed; }
    UdpSocket *socket() const { return m_socket; }

    // socket() + bind(); the row learns the address the system chose. False with the system's
    // reason in *error (the host records the failure, as for every listener).
    bool bind(const QHostAddress &address, quint16 port, QString *error);
    // "socket(SOCK_DGRAM), bind(127.0.0.1:9000)": what bind() did, as the log says it.
    QString bindCall() const;
    // To a peer row's address.
    void send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs);
    void sendTo(const QHostAddress &address, quint16 port, const QByteArray &bytes, int count, int intervalMs);
    void stopRepeating();
    void close();   // every peer row ends with it, then the final tally of drops
    void setReadingPaused(bool paused);
    bool isReadingPaused() const;
    void setReadingHeld(bool held);
    void setEcho(bool echo);
    void setPeerCap(int cap, bool note = true);   // note: say it in the log
    // Each peer is answered by the responder's rules, from its next datagram on: its first
    // datagram is its "connect" (a greeting goes to it then), each datagram a chunk (or lines).
    void setResponder(std::shared_ptr<const Responder> responder);
    void setBroadcast(bool on);
    void joinGroup(const QHostAddress &group, const QString &interfaceName);
    void leaveGroup(const QHostAddress &group, const QString &interfaceName);
    void setMulticastHops(int hops);
    void setMulticastLoopback(bool on);
    void setReceiveBufferSize(int bytes);
    void setSendBufferSize(int bytes);
    // A datagram recorded as sent on a peer row goes out now: the
    // journal has it. A failure is logged as what it is: recorded, but not sent.
    void transmit(ConnectionId row, const QByteArray &bytes);

Q_SIGNALS:
    void datagramsRecorded();   // a batch was recorded: the host checks the journal's backlog
    void closed();

private:
    struct Destination
    {
        QHostAddress address;
        quint16 port = 0;
    };
    void learnBoundAddress();
    void publishOptions();   // the groups, SO_BROADCAST, TTL, loopback and buffers onto the socket's row
    void onDatagrams(const UdpSocket::Datagram *datagrams, int count);
    void onReceived(const QByteArray &bytes, const QHostAddress &peer, quint16 port);
    void echoPending();
    ResponderDriver *responderFor(ConnectionId row, const QHostAddress &address, quint16 port);
    ConnectionId peerRow(const QHostAddress &address, quint16 port, bool incoming);
    bool sendOne(const Destination &to, const QByteArray &bytes, bool retryWhenFull);
    void repeat(const Destination &to, const QByteArray &bytes, int count, int intervalMs);
    void recordError(const QString &reason, ErrorCode code = ErrorCode::Other);

    Session &m_session;
    JournalGate &m_gate;
    ConnectionId m_id = 0;
    QString m_name;
    UdpSocket *m_socket = nullptr;
    bool m_echo = false;
    int m_peerCap = ConnectionInfo::DefaultPeerCap;
    QHash<QPair<QHostAddress, quint16>, ConnectionId> m_peers;
    QHash<ConnectionId, QPair<QHostAddress, quint16>> m_peerRows;
    ConnectionId m_otherPeers = 0;   // the row for peers beyond the cap, once needed
    // The row of the peer whose datagram came last: a flood from one peer finds its row
    // without a QHostAddress per datagram. Forgotten when the cap changes.
    sockaddr_storage m_lastPeer = {};
    ConnectionId m_lastPeerRow = 0;
    int m_nextPeerNumber = 1;
    QList<QPair<Destination, QByteArray>> m_echoes;   // wait for the journal, then go back
    bool m_reading = false;   // inside a batch of received datagrams: replies wait for its end
    std::shared_ptr<const Responder> m_responder;
    QHash<ConnectionId, ResponderDriver *> m_responders;   // peer row -> its conversation
    QTimer *m_repeat = nullptr;
    bool m_sendBlocked = false;
    bool m_closed = false;
    QStringList m_groups;   // MulticastGroup::key()s: "239.1.2.3@lo"
};
