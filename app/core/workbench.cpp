// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "dumpcapprocess.h"

#include "endpointhost.h"
#include "session.h"

#include <QThread>

Workbench::Workbench(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("network"));
    m_host = new EndpointHost(session);
    m_host->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &EndpointHost::kernelInfoRead, this, &Workbench::kernelInfoReady);
    m_thread->start();
}

Workbench::~Workbench()
{
    QMetaObject::invokeMethod(m_host, &EndpointHost::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void Workbench::startCapture(bool fullPackets, const QStringList &dumpcapLocations)
{
    const QStringList locations = dumpcapLocations.isEmpty() ? DumpcapProcess::SystemLocations : dumpcapLocations;
    m_session.wire().setCapturing(true);
    const bool was = std::exchange(m_capturing, true);
    post([host = m_host, fullPackets, locations] { host->startCapture(fullPackets, locations); });
    if (!was)
        Q_EMIT capturingChanged(true);
}

void Workbench::stopCapture()
{
    const bool was = std::exchange(m_capturing, false);
    m_session.wire().setCapturing(false); // lessons stop waiting for packets
    post([host = m_host] { host->stopCapture(); });
    if (was)
        Q_EMIT capturingChanged(false);
}

template<typename Call>
void Workbench::post(Call &&call)
{
    QMetaObject::invokeMethod(m_host, std::forward<Call>(call), Qt::QueuedConnection);
}

Workbench::ListenOptions Workbench::ListenOptions::at(const ParsedEndpoint &address, bool echo)
{
    ListenOptions options;
    options.kind = address.kind;
    options.address = address.address;
    options.port = address.port;
    options.path = address.path;
    options.echo = echo;
    return options;
}

Workbench::ConnectOptions Workbench::ConnectOptions::to(const ParsedEndpoint &address, bool echo)
{
    ConnectOptions options;
    options.kind = address.kind;
    options.host = address.host;
    options.port = address.port;
    options.path = address.path;
    options.echo = echo;
    return options;
}

ConnectionId Workbench::listen(const ListenOptions &options)
{
    const ConnectionId id = m_session.connections().reserveId();
    ParsedEndpoint address;
    address.kind = options.kind;
    address.address = options.address;
    address.host = options.address.toString();
    address.port = options.port;
    address.path = options.path;
    post([host = m_host, id, options, address] {
        host->listen(id, address, options.echo,
                     {options.backlog, options.acceptPaused, options.relay, options.keepOpenAfterPeerFin,
                      options.responder});
    });
    if (options.connectionCap != ConnectionInfo::DefaultConnectionCap)
        setConnectionCap(id, options.connectionCap);
    if (options.receiveCap != ConnectionInfo::DefaultReceiveCap)
        setReceiveCap(id, options.receiveCap);
    return id;
}

ConnectionId Workbench::connectTo(const ConnectOptions &options)
{
    const ConnectionId id = m_session.connections().reserveId();
    ParsedEndpoint address;
    address.kind = options.kind;
    address.host = options.host;
    address.port = options.port;
    address.path = options.path;
    post([host = m_host, id, options, address] {
        host->connectTo(id, address, options.echo, options.timeoutMs, options.maxSegmentSize);
    });
    return id;
}

ConnectionId Workbench::openUdp(const UdpOptions &options)
{
    const ConnectionId id = m_session.connections().reserveId();
    post([host = m_host, id, options] { host->openUdp(id, options); });
    return id;
}

void Workbench::postUdp(ConnectionId id, const char *what, std::function<void(UdpEndpoint *)> call)
{
    post([host = m_host, session = &m_session, id, what, call] {
        if (UdpEndpoint *udp = host->udpEndpoint(id))
            call(udp);
        else
            session->recordText(id, EventKind::Error,
                                tr("%1: this is not an open UDP socket").arg(QLatin1String(what)));
    });
}

void Workbench::sendTo(ConnectionId udpSocket, const QHostAddress &address, quint16 port, const QByteArray &bytes,
                       int count, int intervalMs)
{
    postUdp(udpSocket, "sendto", [=](UdpEndpoint *udp) { udp->sendTo(address, port, bytes, count, intervalMs); });
}

void Workbench::setBroadcast(ConnectionId udpSocket, bool on)
{
    postUdp(udpSocket, "SO_BROADCAST", [on](UdpEndpoint *udp) { udp->setBroadcast(on); });
}

void Workbench::joinGroup(ConnectionId udpSocket, const QHostAddress &group, const QString &interfaceName)
{
    postUdp(udpSocket, "join", [=](UdpEndpoint *udp) { udp->joinGroup(group, interfaceName); });
}

void Workbench::leaveGroup(ConnectionId udpSocket, const QHostAddress &group, const QString &interfaceName)
{
    postUdp(udpSocket, "leave", [=](UdpEndpoint *udp) { udp->leaveGroup(group, interfaceName); });
}

void Workbench::setMulticastHops(ConnectionId udpSocket, int hops)
{
    postUdp(udpSocket, "IP_MULTICAST_TTL", [hops](UdpEndpoint *udp) { udp->setMulticastHops(hops); });
}

void Workbench::setMulticastLoopback(ConnectionId udpSocket, bool on)
{
    postUdp(udpSocket, "IP_MULTICAST_LOOP", [on](UdpEndpoint *udp) { udp->setMulticastLoopback(on); });
}

void Workbench::setPeerCap(ConnectionId udpSocket, int cap)
{
    postUdp(udpSocket, "peer cap", [cap](UdpEndpoint *udp) { udp->setPeerCap(cap); });
}

void Workbench::setReceiveBufferSize(ConnectionId udpSocket, int bytes)
{
    postUdp(udpSocket, "SO_RCVBUF", [bytes](UdpEndpoint *udp) { udp->setReceiveBufferSize(bytes); });
}

void Workbench::setSendBufferSize(ConnectionId udpSocket, int bytes)
{
    postUdp(udpSocket, "SO_SNDBUF", [bytes](UdpEndpoint *udp) { udp->setSendBufferSize(bytes); });
}

void Workbench::send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs)
{
    post([host = m_host, id, bytes, count, intervalMs] { host->send(id, bytes, count, intervalMs); });
}

void Workbench::stopRepeating(ConnectionId id)
{
    post([host = m_host, id] { host->stopRepeating(id); });
}

void Workbench::sendFile(ConnectionId id, const QString &path, bool shutdownAfter)
{
    post([host = m_host, id, path, shutdownAfter] { host->sendFile(id, path, shutdownAfter); });
}

void Workbench::cancelFileSend(ConnectionId id)
{
    post([host = m_host, id] { host->cancelFileSend(id); });
}

void Workbench::recordNote(ConnectionId id, const QString &text)
{
    post([session = &m_session, id, text] { session->recordText(id, EventKind::Note, text); });
}

void Workbench::close(ConnectionId id)
{
    post([host = m_host, id] { host->close(id); });
}

void Workbench::abort(ConnectionId id)
{
    post([host = m_host, id] { host->abort(id); });
}

void Workbench::setReadingPaused(ConnectionId id, bool paused)
{
    post([host = m_host, id, paused] { host->setReadingPaused(id, paused); });
}

void Workbench::setEcho(ConnectionId id, bool echo)
{
    post([host = m_host, id, echo] { host->setEcho(id, echo); });
}

void Workbench::setResponder(ConnectionId listener, std::shared_ptr<const Responder> responder)
{
    post([host = m_host, listener, responder = std::move(responder)] { host->setResponder(listener, responder); });
}

void Workbench::reloadResponder(std::shared_ptr<const Responder> responder)
{
    post([host = m_host, responder = std::move(responder)] { host->reloadResponder(responder); });
}

void Workbench::stopListening(ConnectionId id)
{
    post([host = m_host, id] { host->stopListening(id); });
}

void Workbench::closeListener(ConnectionId id)
{
    post([host = m_host, id] { host->closeListener(id); });
}

void Workbench::setConnectionCap(ConnectionId listener, int cap)
{
    post([host = m_host, listener, cap] { host->setConnectionCap(listener, cap); });
}

void Workbench::setReceiveCap(ConnectionId id, qint64 bytes)
{
    post([host = m_host, id, bytes] { host->setReceiveCap(id, bytes); });
}

void Workbench::setAcceptingPaused(ConnectionId listener, bool paused)
{
    post([host = m_host, listener, paused] { host->setAcceptingPaused(listener, paused); });
}

void Workbench::requestKernelInfo(ConnectionId id)
{
    post([host = m_host, id] { host->readKernelInfo(id); });
}

void Workbench::shutdownWrite(ConnectionId id)
{
    post([host = m_host, id] { host->shutdownWrite(id); });
}

void Workbench::setNoDelay(ConnectionId id, bool on)
{
    post([host = m_host, id, on] { host->setNoDelay(id, on); });
}

void Workbench::moveRecording(const QString &path)
{
    post([host = m_host, path] { host->moveRecording(path); });
}
