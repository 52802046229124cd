// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpendpoint.h"

#include "journalgate.h"
#include "multicastgroup.h"
#include "responderdriver.h"
#include "session.h"
#include "socketerror.h"
#include "udperrors.h"
#include "udpsocket.h"

#include <QTimer>

#include <cerrno>

#include <memory>

UdpEndpoint::UdpEndpoint(Session &session, JournalGate &gate, ConnectionId id, const QString &name,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_gate(gate)
    , m_id(id)
    , m_name(name)
    , m_socket(new UdpSocket(this))
{
    connect(m_socket, &UdpSocket::datagramsReceived, this, &UdpEndpoint::onDatagrams);
    connect(m_socket, &UdpSocket::readFinished, this, [this] {
        m_reading = false;
        echoPending();
        Q_EMIT datagramsRecorded();
    });
    connect(m_socket, &UdpSocket::dropped, this, [this](quint32 count) {
        m_session.recordText(m_id, EventKind::DatagramsDropped,
                             tr("%1 datagrams dropped by the kernel: receive buffer full").arg(count));
    });
    connect(m_socket, &UdpSocket::errorOccurred, this,
            [this](int code, const QString &reason) { recordError(reason, errorCodeOfErrno(code)); });
}

UdpEndpoint::~UdpEndpoint() = default;

bool UdpEndpoint::isOpen() const
{
    return m_socket->isOpen();
}

bool UdpEndpoint::bind(const QHostAddress &address, quint16 port, QString *error)
{
    m_session.connections().setLimits(m_id, m_peerCap, 0, false);
    if (!m_socket->bind(address, port, error)) {
        m_closed = true;
        return false;
    }
    learnBoundAddress();
    publishOptions();
    return true;
}

QString UdpEndpoint::bindCall() const
{
    return tr("socket(SOCK_DGRAM), bind(%1)").arg(formatEndpoint(m_socket->localAddress(), m_socket->localPort()));
}

void UdpEndpoint::learnBoundAddress()
{
    auto identity = m_session.connections().find(m_id);
    if (!identity)
        return;
    identity->localAddress = m_socket->localAddress();
    identity->localPort = m_socket->localPort();
    m_session.setIdentity(*identity);
}

// Each remote address:port gets its row the first time a datagram comes from it or goes to it.
ConnectionId UdpEndpoint::peerRow(const QHostAddress &address, quint16 port, bool incoming)
{
    const auto key = qMakePair(address, port);
    if (const auto it = m_peers.constFind(key); it != m_peers.cend())
        return *it;
    if (m_peers.size() >= m_peerCap) {
        if (m_otherPeers == 0) {
            ConnectionInfo identity;
            identity.id = m_session.connections().reserveId();
            identity.parent = m_id;
            identity.role = ConnectionRole::UdpPeer;
            identity.kind = EndpointKind::Udp;
            identity.name = m_name + tr(".others");
            identity.localAddress = m_socket->localAddress();
            identity.localPort = m_socket->localPort();
            m_session.setIdentity(identity);
            m_otherPeers = identity.id;
            m_peerRows.insert(m_otherPeers, {});
            m_session.recordText(m_otherPeers, EventKind::PeerSeen,
                                 tr("the cap of %n peer row(s) is reached: datagrams of further peers (the first "
                                    "is %1) are recorded under this row",
                                    nullptr, m_peerCap)
                                     .arg(formatEndpoint(address, port)));
        }
        return m_otherPeers;
    }
    ConnectionInfo identity;
    identity.id = m_session.connections().reserveId();
    identity.parent = m_id;
    identity.role = ConnectionRole::UdpPeer;
    identity.kind = EndpointKind::Udp;
    identity.name = QStringLiteral("%1.%2").arg(m_name).arg(m_nextPeerNumber++);
    identity.localAddress = m_socket->localAddress();
    identity.localPort = m_socket->localPort();
    identity.peerAddress = address;
    identity.peerPort = port;
    m_session.setIdentity(identity);
    m_peers.insert(key, identity.id);
    m_peerRows.insert(identity.id, key);
    m_session.recordText(identity.id, EventKind::PeerSeen,
                         incoming ? tr("first datagram from %1").arg(identity.peerEndpoint())
                                  : tr("first datagram to %1").arg(identity.peerEndpoint()));
    return identity.id;
}

// A run of datagrams read together is recorded together (Session::recordReceived), split only
// where a datagram comes from a peer not seen before (its "first datagram" event comes before
// it). With a responder each datagram goes on its own: the notes its rules write come right
// after the datagram they answer.
void UdpEndpoint::onDatagrams(const UdpSocket::Datagram *datagrams, int count)
{
    m_reading = true;
    if (m_responder || m_echo) {
        for (int i = 0; i < count; ++i) {
            quint16 port = 0;
            const QHostAddress peer = UdpSocket::peerAddress(*datagrams[i].peer, &port);
            onReceived(QByteArray(datagrams[i].bytes, datagrams[i].size), peer, port);
        }
        return;
    }
    Session::Received run[Session::MaxReceivedAtOnce];
    int length = 0;
    for (int i = 0; i < count; ++i) {
        const UdpSocket::Datagram &datagram = datagrams[i];
        if (m_lastPeerRow == 0 || !UdpSocket::samePeer(*datagram.peer, m_lastPeer)) {
            m_session.recordReceived(run, std::exchange(length, 0));
            quint16 port = 0;
            const QHostAddress peer = UdpSocket::peerAddress(*datagram.peer, &port);
            m_lastPeerRow = peerRow(peer, port, true);
            m_lastPeer = *datagram.peer;
        }
        run[length++] = {m_lastPeerRow, datagram.bytes, datagram.size};
        if (length == Session::MaxReceivedAtOnce)
            m_session.recordReceived(run, std::exchange(length, 0));
    }
    m_session.recordReceived(run, length);
}

void UdpEndpoint::onReceived(const QByteArray &bytes, const QHostAddress &peer, quint16 port)
{
    m_reading = true;
    const ConnectionId row = peerRow(peer, port, true);
    m_session.record(row, EventKind::Received, bytes);
    if (m_echo)
        m_echoes.append({{peer, port}, bytes});
    if (m_responder && row != m_otherPeers)
        responderFor(row, peer, port)->received(bytes);
}

void UdpEndpoint::setResponder(std::shared_ptr<const Responder> responder)
{
    m_responder = std::move(responder);
    qDeleteAll(std::exchange(m_responders, {}));   // every peer starts over with the new rules
}

// A peer's conversation with the responder, begun (its greeting sent) when first needed. Replies
// go as echoes do: after the batch being read, each recorded before it leaves.
ResponderDriver *UdpEndpoint::responderFor(ConnectionId row, const QHostAddress &address, quint16 port)
{
    if (ResponderDriver *driver = m_responders.value(row))
        return driver;
    const auto info = m_session.connections().find(row);
    const QString name = info ? info->name : QString();
    ResponderDriver::Hooks hooks;
    hooks.send = [this, to = Destination{address, port}](const QByteArray &bytes) {
        m_echoes.append({to, bytes});
        if (!m_reading)
            echoPending();
    };
    const auto nothingToEnd = [this, row](const char *call) {
        m_session.recordText(row, EventKind::Note,
                             tr("%1: a UDP peer has no connection to end; nothing is sent").arg(QLatin1String(call)));
    };
    hooks.close = [nothingToEnd] { nothingToEnd("close"); };
    hooks.abort = [nothingToEnd] { nothingToEnd("abort"); };
    hooks.note = [this, row](const QString &text) { m_session.recordText(row, EventKind::Note, text); };
    auto *driver = new ResponderDriver(m_responder, name, info ? info->peerEndpoint() : QString(), std::move(hooks), this);
    m_responders.insert(row, driver);
    driver->connected();
    return driver;
}

// Echoes go after the whole batch is read; each is recorded and in the file before it leaves.
void UdpEndpoint::echoPending()
{
    if (m_echoes.isEmpty())
        return;
    const auto echoes = std::exchange(m_echoes, {});
    for (const auto &[to, bytes] : echoes)
        sendOne(to, bytes, false);
}

bool UdpEndpoint::sendOne(const Destination &to, const QByteArray &bytes, bool retryWhenFull)
{
    if (!m_socket->isOpen() && m_closed) {
        m_session.recordText(m_id, EventKind::Error, tr("send: this UDP socket is closed"));
        return false;
    }
    // Refused before anything is recorded: over the limit, or an address this socket cannot
    // reach. The kernel's own refusals (EMSGSIZE from the path, ECONNREFUSED) come after.
    const bool ipv6Destination = to.address.protocol() == QAbstractSocket::IPv6Protocol;
    const int limit = ipv6Destination ? UdpSocket::MaxPayloadIPv6 : UdpSocket::MaxPayloadIPv4;
    if (bytes.size() > limit) {
        // No datagram this large can leave, so asking the kernel sends nothing: its answer
        // (EMSGSIZE) is the reason the log gives. A socket not bound yet is not bound for it.
        QString reason = UdpErrors::describe("sendto", EMSGSIZE);
        if (m_socket->isOpen())
            m_socket->sendTo(bytes, to.address, to.port, &reason);
        recordError(tr("not sent: %1 bytes is more than one UDP datagram carries (%2 bytes over %3): %4")
                        .arg(bytes.size())
                        .arg(limit)
                        .arg(ipv6Destination ? QStringLiteral("IPv6") : QStringLiteral("IPv4"), reason));
        return true;
    }
    if (!m_socket->isOpen()) {
        QString error;
        const QHostAddress any = ipv6Destination ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4);
        if (!m_socket->bind(any, 0, &error)) {
            recordError(error);
            return true;
        }
        // As sendto() on an unbound socket would: the wildcard, an ephemeral port.
        learnBoundAddress();
        m_session.recordText(m_id, EventKind::Listening, bindCall());
    }
    // A full send buffer would make the datagram fail after it was recorded: a repeat waits.
    if (retryWhenFull && !m_socket->canSend())
        return false;
    const ConnectionId row = peerRow(to.address, to.port, false);
    if (m_gate.recordOutgoing(row, bytes))
        transmit(row, bytes);
    return true;
}

void UdpEndpoint::transmit(ConnectionId row, const QByteArray &bytes)
{
    QString error;
    const auto peer = m_peerRows.value(row);
    if (!m_socket->sendTo(bytes, peer.first, peer.second, &error))
        recordError(tr("the datagram recorded as sent just before was not sent: %1").arg(error),
                    errorCodeOfErrno(m_socket->lastError()));
}

void UdpEndpoint::send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs)
{
    if (id == m_id) {
        recordError(tr("send(): this UDP socket is not connected: give a destination (HOST:PORT)"));
        return;
    }
    if (id == m_otherPeers) {
        recordError(tr("send(): the \"other peers\" row has no single address"));
        return;
    }
    const auto peer = m_peerRows.value(id);
    repeat({peer.first, peer.second}, bytes, count, intervalMs);
}

void UdpEndpoint::sendTo(const QHostAddress &address, quint16 port, const QByteArray &bytes, int count, int intervalMs)
{
    repeat({address, port}, bytes, count, intervalMs);
}

void UdpEndpoint::repeat(const Destination &to, const QByteArray &bytes, int count, int intervalMs)
{
    stopRepeating();
    if (count <= 1 && sendOne(to, bytes, false))
        return;
    auto remaining = std::make_shared<int>(qMax(count, 1));
    m_repeat = new QTimer(this);
    m_repeat->setSingleShot(true);
    m_repeat->setTimerType(Qt::PreciseTimer);
    QTimer *timer = m_repeat;
    connect(timer, &QTimer::timeout, this, [this, to, bytes, remaining, timer, intervalMs] {
        if (!sendOne(to, bytes, true)) {
            // EAGAIN: the send buffer is full. Wait and try the same datagram again.
            if (!m_sendBlocked) {
                m_sendBlocked = true;
                m_session.recordText(m_id, EventKind::SendBlocked,
                                     tr("sendto() would block: the kernel's send buffer is full; the repeat waits"));
            }
            timer->start(qMax(intervalMs, BlockedRetryMs));
            return;
        }
        if (m_sendBlocked) {
            m_sendBlocked = false;
            m_session.recordText(m_id, EventKind::SendResumed, tr("the send buffer has room again: sending goes on"));
        }
        if (--*remaining <= 0)
            stopRepeating();
        else
            timer->start(qMax(intervalMs, 0));
    });
    timer->start(0);
}

void UdpEndpoint::stopRepeating()
{
    if (m_repeat) {
        m_repeat->stop();
        m_repeat->deleteLater();
        m_repeat = nullptr;
    }
}

void UdpEndpoint::recordError(const QString &reason, ErrorCode code)
{
    m_session.recordText(m_id, EventKind::Error, reason, EventFacts::failure(code));
}

void UdpEndpoint::close()
{
    if (m_closed)
        return;
    m_closed = true;
    stopRepeating();
    qDeleteAll(std::exchange(m_responders, {}));
    echoPending();
    const bool wasOpen = m_socket->isOpen();
    const quint64 read = m_socket->datagramsRead();
    m_socket->close();   // reads the kernel's drop counter a last time
    for (auto it = m_peerRows.cbegin(); it != m_peerRows.cend(); ++it)
        m_session.recordText(it.key(), EventKind::Closed, tr("the UDP socket closed"));
    if (wasOpen) {
        const quint64 dropped = m_socket->kernelDrops();
        m_session.recordText(m_id, EventKind::Note,
                             tr("final tally: %1 datagrams recorded + %2 dropped by the kernel = %3 reached the "
                                "socket")
                                 .arg(read)
                                 .arg(dropped)
                                 .arg(read + dropped));
    }
    m_session.recordText(m_id, EventKind::Closed, tr("close()"));
    Q_EMIT closed();
}

void UdpEndpoint::setReadingPaused(bool paused)
{
    m_socket->setReadingPaused(paused);
}

bool UdpEndpoint::isReadingPaused() const
{
    return m_socket->isReadingPaused();
}

void UdpEndpoint::setReadingHeld(bool held)
{
    m_socket->setReadingHeld(held);
}

void UdpEndpoint::setEcho(bool echo)
{
    m_echo = echo;
}

void UdpEndpoint::setPeerCap(int cap, bool note)
{
    m_peerCap = qMax(cap, 0);
    m_lastPeerRow = 0;   // a peer of the "other peers" row may now get its own
    m_session.connections().setLimits(m_id, m_peerCap, 0, false);
    if (note)
        m_session.recordText(m_id, EventKind::Note,
                         tr("peer cap: at most %n peer row(s); datagrams of further peers go to one "
                            "\"other peers\" row",
                            nullptr, m_peerCap));
}

void UdpEndpoint::publishOptions()
{
    UdpSocketOptions options;
    options.multicastGroups = m_groups;
    options.broadcast = m_socket->broadcast();
    options.multicastLoopback = m_socket->multicastLoopback();
    options.multicastHops = m_socket->multicastHops();
    options.receiveBuffer = m_socket->receiveBufferSize();
    options.sendBuffer = m_socket->sendBufferSize();
    m_session.connections().setUdpOptions(m_id, options);
}

void UdpEndpoint::setBroadcast(bool on)
{
    QString error;
    if (!m_socket->setBroadcast(on, &error)) {
        recordError(error);
        return;
    }
    publishOptions();
    m_session.recordText(m_id, EventKind::Note,
                         m_socket->broadcast()
                             ? tr("setsockopt(SO_BROADCAST, 1): sending to a broadcast address is allowed")
                             : tr("setsockopt(SO_BROADCAST, 0): sending to a broadcast address fails with EACCES"));
}

void UdpEndpoint::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    QString error;
    if (!m_socket->joinGroup(group, interfaceName, &error)) {
        recordError(tr("join %1: %2").arg(group.toString(), error));
        return;
    }
    const MulticastGroup membership{group, interfaceName};
    m_groups.append(membership.key());
    publishOptions();
    m_session.recordText(m_id, EventKind::Note, tr("joined multicast group %1").arg(membership.description()));
}

void UdpEndpoint::leaveGroup(const QHostAddress &group, const QString &interfaceName)
{
    QString error;
    if (!m_socket->leaveGroup(group, interfaceName, &error)) {
        recordError(tr("leave %1: %2").arg(group.toString(), error));
        return;
    }
    m_groups.removeAll(MulticastGroup{group, interfaceName}.key());
    publishOptions();
    m_session.recordText(m_id, EventKind::Note, tr("left multicast group %1").arg(group.toString()));
}

void UdpEndpoint::setMulticastHops(int hops)
{
    QString error;
    if (!m_socket->setMulticastHops(hops, &error)) {
        recordError(error);
        return;
    }
    publishOptions();
    m_session.recordText(m_id, EventKind::Note,
                         m_socket->isIPv6()
                             ? tr("setsockopt(IPV6_MULTICAST_HOPS, %1): datagrams to groups cross at most %1 router(s)").arg(hops)
                             : tr("setsockopt(IP_MULTICAST_TTL, %1): datagrams to groups cross at most %1 router(s)").arg(hops));
}

void UdpEndpoint::setMulticastLoopback(bool on)
{
    QString error;
    if (!m_socket->setMulticastLoopback(on, &error)) {
        recordError(error);
        return;
    }
    publishOptions();
    m_session.recordText(m_id, EventKind::Note,
                         on ? tr("multicast loopback on: this host's own members of a group get what this socket sends to it")
                            : tr("multicast loopback off: this host's own members of a group do not get what this socket sends to it"));
}

void UdpEndpoint::setReceiveBufferSize(int bytes)
{
    QString error;
    if (!m_socket->setReceiveBufferSize(bytes, &error)) {
        recordError(error);
        return;
    }
    publishOptions();
    m_session.recordText(m_id, EventKind::Note,
                         tr("setsockopt(SO_RCVBUF, %1): the kernel reserves %2 bytes (it doubles the request "
                            "for its own bookkeeping)")
                             .arg(bytes)
                             .arg(m_socket->receiveBufferSize()));
}

void UdpEndpoint::setSendBufferSize(int bytes)
{
    QString error;
    if (!m_socket->setSendBufferSize(bytes, &error)) {
        recordError(error);
        return;
    }
    publishOptions();
    m_session.recordText(m_id, EventKind::Note,
                         tr("setsockopt(SO_SNDBUF, %1): the kernel reserves %2 bytes")
                             .arg(bytes)
                             .arg(m_socket->sendBufferSize()));
}
