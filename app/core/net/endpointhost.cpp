// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointhost.h"

#include "connectioninfo.h"
#include "journalgate.h"
#include "kernelinforeader.h"
#include "listener.h"
#include "responder.h"
#include "responderdriver.h"
#include "session.h"
#include "socketerror.h"
#include "transport.h"
#include "transports.h"
#include "udplistener.h"
#include "udpsocket.h"
#include "wirecapture.h"

#include <QPointer>
#include <QTimer>

namespace {

// The kinds whose packets the capture sees (a Unix socket's never reach an interface).
bool isCapturable(EndpointKind kind)
{
    return kind == EndpointKind::Tcp || kind == EndpointKind::Udp;
}

} // namespace

EndpointHost::EndpointHost(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journalGate(new JournalGate(session, this))
    , m_kernelInfo(new KernelInfoReader(this))
{
    connect(m_kernelInfo, &KernelInfoReader::infoRead, this, &EndpointHost::kernelInfoRead);
    connect(&m_session, &Session::journalWritten, this, &EndpointHost::journalWritten);
    // A journal that cannot be written holds every connection's reading until it can again.
    connect(m_journalGate, &JournalGate::closedChanged, this, [this](bool closed) {
        if (closed)
            setReadingHeld(true);
        else
            journalWritten();
    });
    connect(m_journalGate, &JournalGate::released, this, [this](ConnectionId id, const QByteArray &bytes) {
        handOver(id, bytes);
        m_handedOver.insert(id);
    });
    connect(m_journalGate, &JournalGate::batchReleased, this, &EndpointHost::pushHandedOver);
    // Qt says when bytes are written, not how many wait: the send queues are polled.
    auto *queueTimer = new QTimer(this);
    connect(queueTimer, &QTimer::timeout, this, &EndpointHost::publishSendQueues);
    queueTimer->start(SendQueuePollMs);
}

EndpointHost::~EndpointHost() = default;

void EndpointHost::startCapture(bool fullPackets, const QStringList &dumpcapLocations)
{
    if (m_wire)
        return;
    m_wire = new WireCapture(m_session, WireCapture::Options{fullPackets, dumpcapLocations}, this);
    m_wire->coverOpenSockets();
}

void EndpointHost::stopCapture()
{
    delete std::exchange(m_wire, nullptr);   // stops every dumpcap, runs what waited for one
}

void EndpointHost::listen(ConnectionId id, const ParsedEndpoint &address, bool echo, const ListenTuning &tuning)
{
    // A port named in advance is captured before listen() (or a UDP socket's bind()): the first
    // SYN, or datagram, is on the wire.
    if (m_wire && isCapturable(address.kind) && address.port != 0) {
        m_wire->cover(address.address, address.port, [=] { listenNow(id, address, echo, tuning); });
        return;
    }
    listenNow(id, address, echo, tuning);
}

void EndpointHost::listenNow(ConnectionId id, const ParsedEndpoint &address, bool echo, const ListenTuning &tuning)
{
    Listener *listener = Transports::newListener(address.kind, this);
    ConnectionInfo identity;
    identity.id = id;
    identity.role = listener ? listener->role() : ConnectionRole::Listener;
    identity.kind = address.kind;
    // L1, L2... for listeners, U1, U2... for bound UDP sockets.
    identity.name = identity.role == ConnectionRole::UdpSocket ? QStringLiteral("U%1").arg(++m_udpCount)
                                                               : QStringLiteral("L%1").arg(++m_listenerCount);
    identity.localAddress = address.address;
    identity.localPort = address.port;
    identity.localPath = address.path;
    m_session.setIdentity(identity);
    if (!listener) {
        m_session.recordText(id, EventKind::ListenFailed,
                             tr("%1 sockets cannot listen in this version").arg(endpointKindName(address.kind)),
                             EventFacts::failure(ErrorCode::Other));
        return;
    }
    listener->recordInto(m_session, *m_journalGate, id, echo);
    listener->setReadingHeld(m_readingHeld);
    connect(listener, &Listener::trafficRecorded, this, &EndpointHost::holdReadingWhileJournalBehind);
    // Before listen(): it may say something already (a stale socket file it replaced).
    connect(listener, &Listener::notice, this, [this, id](const QString &text, bool problem) {
        m_session.recordText(id, problem ? EventKind::Error : EventKind::Note, text);
    });
    QString reason;
    if (!listener->listen(address, tuning.backlog, &reason)) {
        m_session.recordText(id, EventKind::ListenFailed, tr("bind %1 failed: %2").arg(identity.localEndpoint(), reason),
                             EventFacts::failure(listener->listenError()));
        delete listener;
        return;
    }
    const ParsedEndpoint bound = listener->boundAddress();
    identity.localPort = bound.port;
    m_session.setIdentity(identity);
    m_listeners.insert(id, Listening{listener, echo, 1, tuning});
    listener->setAcceptingPaused(tuning.acceptPaused);
    if (tuning.acceptPaused)
        publishLimits(id);
    m_session.connections().setEcho(id, echo);
    connect(listener, &Listener::newConnection, this, [this, id] { accept(id); });
    const QString systemCalls = listener->systemCalls();
    // Port 0: the system chose it at bind(), so capture covers it only after listen(). SocketLab
    // says the port (the listening event) once it is captured: whoever learns it from SocketLab
    // connects later than that (see docs/architecture.md, "The wire").
    if (m_wire && isCapturable(address.kind) && address.port == 0) {
        m_wire->cover(bound.address, bound.port, [this, id, systemCalls, tuning] {
            announceListening(id, systemCalls, tuning);
        });
        return;
    }
    announceListening(id, systemCalls, tuning);
}

void EndpointHost::announceListening(ConnectionId id, const QString &systemCalls, const ListenTuning &tuning)
{
    m_session.recordText(id, EventKind::Listening, systemCalls);
    if (tuning.acceptPaused)
        m_session.recordText(id, EventKind::Note,
                             tr("accept() is not called: the kernel completes handshakes into the backlog "
                                "until it is full, then ignores new SYNs"));
    if (tuning.relay)
        m_session.recordText(id, EventKind::Note, tr("chat relay: what one connection sends goes to the others"));
    if (tuning.responder)
        setResponder(id, tuning.responder);
}

void EndpointHost::accept(ConnectionId listenerId)
{
    auto it = m_listeners.find(listenerId);
    if (it == m_listeners.end())
        return;
    while (Transport *connection = it->listener->nextPendingConnection()) {
        if (refuseBeyondCap(listenerId, connection))
            continue;
        connection->setParent(this);
        ConnectionInfo identity;
        identity.id = m_session.connections().reserveId();
        identity.parent = listenerId;
        identity.role = ConnectionRole::Accepted;
        identity.kind = connection->kind();
        const auto listener = m_session.connections().find(listenerId);
        identity.name = QStringLiteral("%1.%2").arg(listener ? listener->name : QStringLiteral("L"))
                            .arg(it->nextChildNumber++);
        m_session.setIdentity(identity);
        connection->setKeepOpenAfterPeerFin(it->tuning.keepOpenAfterPeerFin);
        adopt(identity.id, connection, it->echo, it->tuning.relay ? listenerId : 0);
        ++it->open;
        m_links[identity.id].parent = listenerId;
        m_links[identity.id].receiveCap = it->receiveCap;
        m_session.connections().setLimits(identity.id, 0, it->receiveCap, false);
        learnAddresses(identity.id);
        const auto learned = m_session.connections().find(identity.id);
        m_session.recordText(identity.id, EventKind::Accepted,
                             tr("accept() returned a new socket for %1").arg(learned->peerEndpoint()));
        if (it->tuning.responder)
            startResponder(identity.id, it->tuning.responder);
    }
}

void EndpointHost::connectTo(ConnectionId id, const ParsedEndpoint &address, bool echo, int timeoutMs, int maxSegmentSize)
{
    ConnectionInfo identity;
    identity.id = id;
    identity.role = ConnectionRole::Client;
    identity.kind = address.kind;
    identity.name = QStringLiteral("C%1").arg(++m_clientCount);
    identity.host = address.path.isEmpty() ? address.host : address.path;   // as the user named it
    identity.peerPort = address.port;
    identity.peerPath = address.path;
    m_session.setIdentity(identity);

    Transport *connection = Transports::newConnection(address.kind, this);
    if (!connection) {
        m_session.recordText(id, EventKind::Error,
                             tr("%1 sockets cannot connect in this version").arg(endpointKindName(address.kind)));
        return;
    }
    if (timeoutMs > 0)
        connection->setConnectTimeout(timeoutMs);
    connection->setMaxSegmentSize(maxSegmentSize);
    adopt(id, connection, echo);
    if (m_wire && isCapturable(address.kind)) {
        // The port connected to is captured before connect(): the SYN (or first datagram) is on the wire. The client's
        // own port, bound before connect(), tells its packets from anyone else's to that port.
        connection->setBindBeforeConnect(true);
        QPointer<Transport> guarded(connection);
        // The interface to capture on follows the address connected to (a name: its first
        // address is not known yet, and "localhost" is loopback).
        QHostAddress target = address.address.isNull() ? QHostAddress(address.host) : address.address;
        if (target.isNull() && address.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            target = QHostAddress(QHostAddress::LocalHost);
        m_wire->cover(target, address.port, [guarded, address] {
            if (guarded)
                guarded->connectTo(address);
        });
        return;
    }
    connection->connectTo(address);
}

void EndpointHost::openUdp(ConnectionId id, const UdpOptions &options)
{
    ParsedEndpoint address;
    address.kind = EndpointKind::Udp;
    address.address = options.address;
    address.host = options.address.toString();
    address.port = options.port;
    const auto open = [this, id, address, options] {
        listenNow(id, address, options.echo, {});
        if (UdpEndpoint *udp = udpSocket(id)) {
            udp->setPeerCap(options.peerCap, false);
            if (options.receiveBufferBytes > 0)
                udp->setReceiveBufferSize(options.receiveBufferBytes);
        }
    };
    // As in listen(): a named port is captured before bind().
    if (m_wire && options.port != 0) {
        m_wire->cover(options.address, options.port, open);
        return;
    }
    open();
}

UdpEndpoint *EndpointHost::udpSocket(ConnectionId id) const
{
    const auto *listener = qobject_cast<UdpListener *>(m_listeners.value(id).listener);
    UdpEndpoint *endpoint = listener ? listener->endpoint() : nullptr;
    return endpoint && !endpoint->isClosed() ? endpoint : nullptr;
}

UdpEndpoint *EndpointHost::udpEndpoint(ConnectionId id) const
{
    if (UdpEndpoint *endpoint = udpSocket(id))
        return endpoint;
    const auto info = m_session.connections().find(id);
    return info && info->role == ConnectionRole::UdpPeer ? udpSocket(info->parent) : nullptr;
}

// Every transport signal becomes one recorded event; this is the only place that happens.
void EndpointHost::adopt(ConnectionId id, Transport *transport, bool echo, ConnectionId relayListener)
{
    m_links.insert(id, Link{transport, nullptr, echo, relayListener});
    transport->setReadingHeld(m_readingHeld);
    m_session.connections().setEcho(id, echo);
    connect(transport, &Transport::lookingUp, this, [this, id](const QString &host) {
        m_session.recordText(id, EventKind::LookingUp, tr("getaddrinfo(%1)").arg(host));
    });
    connect(transport, &Transport::resolved, this, [this, id](const QString &addresses) {
        m_session.recordText(id, EventKind::Note, addresses);
    });
    connect(transport, &Transport::noted, this, [this, id](const QString &text) {
        m_session.recordText(id, EventKind::Note, text);
    });
    connect(transport, &Transport::connecting, this, [this, id](const QString &endpoint) {
        // Bound before connect() (capturing): the port is known before the SYN.
        if (const auto transport = m_links.value(id).transport; transport && transport->localPort() != 0) {
            if (auto identity = m_session.connections().find(id)) {
                identity->localPort = transport->localPort();
                m_session.setIdentity(*identity);
            }
        }
        m_session.recordText(id, EventKind::Connecting, tr("socket(), connect(%1)").arg(endpoint));
    });
    connect(transport, &Transport::connected, this, [this, id] {
        learnAddresses(id);
        const auto info = m_session.connections().find(id);
        m_session.recordText(id, EventKind::Connected,
                             tr("%1 → %2").arg(info->localEndpoint(), info->peerEndpoint()));
    });
    connect(transport, &Transport::received, this, [this, id](const QByteArray &bytes) {
        m_session.record(id, EventKind::Received, bytes);
        countReceived(id, bytes.size());
        const Link link = m_links.value(id);
        // Echoed at the end of this turn of the loop, not when the journal writer has written: a
        // peer that half-closed would be gone by then (Qt closes at end of stream, once its write
        // buffer is empty), and the turn ends before the next read can see the end of the stream.
        // answer() writes the journal first, so once the peer reads its echo, the bytes it sent
        // and those it got back are safe from a crash. Only connections that send wait for the disk.
        if (link.echo) {
            answer(id, bytes);
            pressOn(id, id);
        }
        if (link.relayListener != 0)
            relay(id, link.relayListener, bytes);
        if (link.responder) {
            link.responder->received(bytes);
            pressOn(id, id);
        }
        holdReadingWhileJournalBehind();
    });
    connect(transport, &Transport::datagramsDropped, this, [this, id](quint32 count) {
        m_session.recordText(id, EventKind::DatagramsDropped,
                             tr("%1 datagrams dropped by the kernel: receive buffer full").arg(count));
    });
    connect(transport, &Transport::bytesWritten, this, [this, id] { releaseDrained(id); });
    connect(transport, &Transport::errorOccurred, this, [this, id](ErrorCode code, const QString &reason) {
        m_session.recordText(id, EventKind::Error, reason, EventFacts::failure(code));
    });
    connect(transport, &Transport::closing, this, [this, id](CloseKind kind, const QString &why) {
        m_session.recordText(id, EventKind::Closing, why, EventFacts::ending(kind, CloseSide::Us));
    });
    connect(transport, &Transport::endOfStream, this, [this, id](const QString &what) {
        m_session.recordText(id, EventKind::EndOfStream, what, EventFacts::ending(CloseKind::Fin, CloseSide::Peer));
    });
    connect(transport, &Transport::closed, this, [this, id](CloseKind kind, CloseSide by, const QString &how) {
        m_session.recordText(id, EventKind::Closed, how, EventFacts::ending(kind, by));
        m_session.connections().setQueuedOut(id, 0);
        m_session.connections().setRepeating(id, false);
        stopFileSend(id, tr("stopped: the connection closed"));
        const Link link = m_links.take(id);
        for (ConnectionId source : m_backPressure.forget(id))
            updateReadingHold(source);
        if (auto listener = m_listeners.find(link.parent); link.parent != 0 && listener != m_listeners.end())
            --listener->open;
        // Deleted later: this signal is emitted from inside the transport.
        if (link.transport)
            link.transport->deleteLater();
        if (link.responder)
            link.responder->deleteLater();
    });
}

void EndpointHost::learnAddresses(ConnectionId id)
{
    const Link link = m_links.value(id);
    auto identity = m_session.connections().find(id);
    if (!link.transport || !identity)
        return;
    identity->localAddress = link.transport->localAddress();
    identity->localPort = link.transport->localPort();
    identity->peerAddress = link.transport->peerAddress();
    identity->peerPort = link.transport->peerPort();
    identity->localPath = link.transport->localPath();
    identity->peerPath = link.transport->peerPath();
    identity->peerCredentials = link.transport->peerCredentials();
    m_session.setIdentity(*identity);
}

void EndpointHost::shutdownWrite(ConnectionId id)
{
    m_journalGate->settle();   // the FIN follows every answer recorded before it
    stopFileSend(id, tr("stopped: the writing side is being shut down"));
    const Link link = m_links.value(id);
    if (!link.transport || link.transport->kind() == EndpointKind::Udp)
        noteUnknown(id, tr("shutdown"));
    else if (!link.transport->shutdownWrite())
        m_session.recordText(id, EventKind::Error, tr("shutdown(SHUT_WR): this connection cannot send any more"),
                             EventFacts::failure(ErrorCode::NotConnected));
}

void EndpointHost::setNoDelay(ConnectionId id, bool on)
{
    const Link link = m_links.value(id);
    if (!link.transport || link.transport->kind() == EndpointKind::Udp) {
        noteUnknown(id, tr("setsockopt"));
        return;
    }
    if (link.transport->setNoDelay(on))
        m_session.recordText(id, EventKind::Note,
                             on ? tr("setsockopt(TCP_NODELAY, 1): Nagle's algorithm off, each write() leaves at once")
                                : tr("setsockopt(TCP_NODELAY, 0): Nagle's algorithm on, small writes wait for "
                                     "the previous one's ACK"));
    else
        m_session.recordText(id, EventKind::Error, tr("setsockopt(TCP_NODELAY) failed: not connected"),
                             EventFacts::failure(ErrorCode::NotConnected));
}

void EndpointHost::close(ConnectionId id)
{
    // A peer row has no socket of its own: closing it closes nothing (the socket serves others).
    if (UdpEndpoint *udp = udpSocket(id)) {
        udp->close();
        return;
    }
    if (m_listeners.contains(id)) {
        closeListener(id);
        return;
    }
    m_journalGate->settle();   // the FIN follows every answer recorded before it
    stopFileSend(id, tr("stopped: the connection is being closed"));
    const Link link = m_links.value(id);
    if (link.transport)
        link.transport->close();
    else
        noteUnknown(id, tr("close"));
}

void EndpointHost::abort(ConnectionId id)
{
    if (udpSocket(id)) {
        close(id);   // UDP has no RST: close() is all there is
        return;
    }
    m_journalGate->settle();   // answers recorded before the RST are at least handed over
    stopFileSend(id, tr("stopped: the connection is being reset"));
    const Link link = m_links.value(id);
    if (link.transport)
        link.transport->abort();
    else
        noteUnknown(id, tr("abort"));
}

void EndpointHost::setReadingPaused(ConnectionId id, bool paused)
{
    if (UdpEndpoint *udp = udpSocket(id)) {
        if (udp->isReadingPaused() == paused)
            return;
        udp->setReadingPaused(paused);
        m_session.recordText(id, paused ? EventKind::ReadingPaused : EventKind::ReadingResumed,
                             paused ? tr("the application stops calling recvmmsg(): datagrams queue in the "
                                         "receive buffer, and when it is full the kernel drops them")
                                    : tr("the application reads again"));
        return;
    }
    const Link link = m_links.value(id);
    if (!link.transport || link.transport->isReadingPaused() == paused)
        return;
    link.transport->setReadingPaused(paused);
    const bool udp = link.transport->kind() == EndpointKind::Udp;
    m_session.recordText(id, paused ? EventKind::ReadingPaused : EventKind::ReadingResumed,
                         !paused ? tr("the application reads again")
                         : udp   ? tr("the application stops calling recvmmsg(): datagrams queue in the "
                                      "receive buffer, and when it is full the kernel drops them")
                                 : tr("the application stops calling read()"));
}

void EndpointHost::stopListening(ConnectionId id)
{
    auto it = m_listeners.find(id);
    // A UDP socket's "listening" is its socket: it ends with close().
    if (it == m_listeners.end() || !it->listener->isListening() || it->listener->role() != ConnectionRole::Listener)
        return;
    m_session.recordText(id, EventKind::ListenStopped,
                         tr("close() on the listening socket; accepted connections stay open"));
    it->listener->stop();   // after the record: a Unix listener notes the socket file it removes
}

void EndpointHost::closeListener(ConnectionId id)
{
    stopListening(id);
    const QList<ConnectionId> ids = m_links.keys();
    for (ConnectionId child : ids) {
        const auto info = m_session.connections().find(child);
        if (info && info->parent == id)
            close(child);
    }
}

void EndpointHost::noteUnknown(ConnectionId id, const QString &what)
{
    // TCP's calls (shutdown, TCP_NODELAY, a receive cap) asked of a UDP socket or peer.
    const auto info = m_session.connections().find(id);
    if (udpEndpoint(id) || (info && info->isUdp() && info->closedNs < 0)) {
        m_session.recordText(id, EventKind::Error,
                             tr("%1: not on a UDP socket (UDP has no stream to shut down, "
                                "no Nagle, no connection to reset)").arg(what),
                             EventFacts::failure(ErrorCode::Other));
        return;
    }
    m_session.recordText(id, EventKind::Error, tr("%1: this connection is already closed").arg(what),
                         EventFacts::failure(ErrorCode::NotConnected));
}

void EndpointHost::moveRecording(const QString &path)
{
    m_journalGate->moveRecording(path);
}

void EndpointHost::shutdown()
{
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it)
        stopListening(it.key());
    const QList<ConnectionId> ids = m_links.keys();
    for (ConnectionId id : ids)
        close(id);
    const QList<ConnectionId> listenerIds = m_listeners.keys();
    for (ConnectionId id : listenerIds) {
        if (udpSocket(id))
            close(id);
    }
    if (m_wire)
        m_wire->stop();   // waits a moment: the FINs of the closes above are captured too
    m_session.flush();
}

void EndpointHost::readKernelInfo(ConnectionId id)
{
    qintptr descriptor = -1;
    if (auto listener = m_listeners.constFind(id); listener != m_listeners.cend())
        descriptor = listener->listener->socketDescriptor();
    else if (auto link = m_links.constFind(id); link != m_links.cend() && link->transport)
        descriptor = link->transport->socketDescriptor();
    else if (const UdpEndpoint *udp = udpEndpoint(id))
        descriptor = udp->socket()->socketDescriptor();   // a peer row: the socket it shares
    m_kernelInfo->read(id, m_session.connections().find(id), descriptor);
}
