// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointhost.h"

#include "acceptguard.h"
#include "connectioninfo.h"
#include "session.h"
#include "tcpconnection.h"

#include "byteformat.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

EndpointHost::EndpointHost(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_flushTimer(new QTimer(this))
{
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        m_session.flush();
        publishSendQueues();
    });
    m_flushTimer->start(FlushIntervalMs);
}

EndpointHost::~EndpointHost() = default;

void EndpointHost::listen(ConnectionId id, const QHostAddress &address, quint16 port, bool echo)
{
    ConnectionInfo identity;
    identity.id = id;
    identity.role = ConnectionRole::Listener;
    identity.name = QStringLiteral("L%1").arg(++m_listenerCount);
    identity.localAddress = address;
    identity.localPort = port;
    m_session.setIdentity(identity);

    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        QString reason = server->errorString();
        // EACCES on a port below 1024: say why, Qt's "The address is protected" does not.
        if (server->serverError() == QAbstractSocket::SocketAccessError && port != 0 && port < 1024)
            reason += tr(" (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)");
        m_session.recordText(id, EventKind::ListenFailed,
                             tr("bind %1 failed: %2").arg(formatEndpoint(address, port), reason));
        delete server;
        return;
    }
    identity.localPort = server->serverPort();
    m_session.setIdentity(identity);
    m_listeners.insert(id, Listener{server, echo});
    m_session.connections().setEcho(id, echo);
    connect(server, &QTcpServer::newConnection, this, [this, id] { accept(id); });
    // Out of descriptors, waiting connections are refused with a message; the listener stays.
    connect(new AcceptGuard(server), &AcceptGuard::notice, this, [this, id](const QString &text, bool problem) {
        m_session.recordText(id, problem ? EventKind::Error : EventKind::Note, text);
    });
    m_session.recordText(id, EventKind::Listening,
                         tr("socket(), bind(%1), listen()").arg(identity.localEndpoint()));
}

void EndpointHost::accept(ConnectionId listenerId)
{
    auto it = m_listeners.find(listenerId);
    if (it == m_listeners.end())
        return;
    while (QTcpSocket *socket = it->server->nextPendingConnection()) {
        ConnectionInfo identity;
        identity.id = m_session.connections().reserveId();
        identity.parent = listenerId;
        identity.role = ConnectionRole::Accepted;
        const auto listener = m_session.connections().find(listenerId);
        identity.name = QStringLiteral("%1.%2").arg(listener ? listener->name : QStringLiteral("L"))
                            .arg(it->nextChildNumber++);
        m_session.setIdentity(identity);
        adopt(identity.id, new TcpConnection(socket, this), it->echo);
        learnAddresses(identity.id);
        const auto learned = m_session.connections().find(identity.id);
        m_session.recordText(identity.id, EventKind::Accepted,
                             tr("accept() returned a new socket for %1").arg(learned->peerEndpoint()));
    }
}

void EndpointHost::connectTo(ConnectionId id, const QString &host, quint16 port, bool echo, int timeoutMs)
{
    ConnectionInfo identity;
    identity.id = id;
    identity.role = ConnectionRole::Client;
    identity.name = QStringLiteral("C%1").arg(++m_clientCount);
    identity.host = host;
    identity.peerPort = port;
    m_session.setIdentity(identity);

    auto *connection = new TcpConnection(this);
    if (timeoutMs > 0)
        connection->setConnectTimeout(timeoutMs);
    adopt(id, connection, echo);
    connection->connectToHost(host, port);
}

// Every transport signal becomes one recorded event; this is the only place that happens.
void EndpointHost::adopt(ConnectionId id, Transport *transport, bool echo)
{
    m_links.insert(id, Link{transport, nullptr, echo});
    m_session.connections().setEcho(id, echo);
    connect(transport, &Transport::lookingUp, this, [this, id](const QString &host) {
        m_session.recordText(id, EventKind::LookingUp, tr("getaddrinfo(%1)").arg(host));
    });
    connect(transport, &Transport::resolved, this, [this, id](const QString &addresses) {
        m_session.recordText(id, EventKind::Note, addresses);
    });
    connect(transport, &Transport::connecting, this, [this, id](const QString &endpoint) {
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
        const Link link = m_links.value(id);
        if (link.echo) {
            // Journal first: once the peer reads its echo, the bytes are safe from a crash.
            m_session.flush();
            sendNow(id, bytes);
        }
    });
    connect(transport, &Transport::errorOccurred, this, [this, id](const QString &reason) {
        m_session.recordText(id, EventKind::Error, reason);
    });
    connect(transport, &Transport::closing, this, [this, id](const QString &why) {
        m_session.recordText(id, EventKind::Closing, why);
    });
    connect(transport, &Transport::closed, this, [this, id](const QString &how) {
        m_session.recordText(id, EventKind::Closed, how);
        m_session.connections().setQueuedOut(id, 0);
        const Link link = m_links.take(id);
        // Deleted later: this signal is emitted from inside the transport.
        if (link.transport)
            link.transport->deleteLater();
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
    m_session.setIdentity(*identity);
}

void EndpointHost::send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs)
{
    auto it = m_links.find(id);
    if (it == m_links.end()) {
        noteUnknown(id, tr("send"));
        return;
    }
    stopRepeating(id);
    sendNow(id, bytes);
    if (count <= 1)
        return;
    // The rest follow on a timer, so the event loop (and the other sockets) keep running.
    // Restarted after each send rather than periodic: after a stall (a busy event loop), a
    // periodic timer catches up in a burst, and "every T ms" would not hold.
    auto *timer = new QTimer(it->transport);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(qMax(intervalMs, 0));
    it->repeat = timer;
    auto remaining = std::make_shared<int>(count - 1);
    connect(timer, &QTimer::timeout, this, [this, id, bytes, remaining, timer] {
        sendNow(id, bytes);
        if (--*remaining <= 0)
            stopRepeating(id);
        else
            timer->start();
    });
    timer->start();
}

void EndpointHost::stopRepeating(ConnectionId id)
{
    auto it = m_links.find(id);
    if (it != m_links.end() && it->repeat) {
        it->repeat->stop();   // a tick already due must not send once more
        it->repeat->deleteLater();
        it->repeat = nullptr;
    }
}

void EndpointHost::sendNow(ConnectionId id, const QByteArray &bytes)
{
    const Link link = m_links.value(id);
    if (link.transport && link.transport->send(bytes))
        m_session.record(id, EventKind::Sent, bytes);
    else
        m_session.recordText(id, EventKind::Error, tr("not connected: %n byte(s) not sent", nullptr, int(bytes.size())));
}

void EndpointHost::close(ConnectionId id)
{
    if (m_listeners.contains(id)) {
        closeListener(id);
        return;
    }
    const Link link = m_links.value(id);
    if (link.transport)
        link.transport->close();
    else
        noteUnknown(id, tr("close"));
}

void EndpointHost::abort(ConnectionId id)
{
    const Link link = m_links.value(id);
    if (link.transport)
        link.transport->abort();
    else
        noteUnknown(id, tr("abort"));
}

void EndpointHost::setReadingPaused(ConnectionId id, bool paused)
{
    const Link link = m_links.value(id);
    if (!link.transport || link.transport->isReadingPaused() == paused)
        return;
    link.transport->setReadingPaused(paused);
    m_session.recordText(id, paused ? EventKind::ReadingPaused : EventKind::ReadingResumed,
                         paused ? tr("the application stops calling read()")
                                : tr("the application reads again"));
}

void EndpointHost::setEcho(ConnectionId id, bool echo)
{
    if (auto listener = m_listeners.find(id); listener != m_listeners.end())
        listener->echo = echo;
    else if (auto link = m_links.find(id); link != m_links.end())
        link->echo = echo;
    else
        return;
    m_session.connections().setEcho(id, echo);
    m_session.recordText(id, EventKind::Note, echo ? tr("echo on") : tr("echo off"));
}

void EndpointHost::stopListening(ConnectionId id)
{
    auto it = m_listeners.find(id);
    if (it == m_listeners.end() || !it->server->isListening())
        return;
    it->server->close();
    m_session.recordText(id, EventKind::ListenStopped,
                         tr("close() on the listening socket; accepted connections stay open"));
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
    m_session.recordText(id, EventKind::Error, tr("%1: this connection is already closed").arg(what));
}

void EndpointHost::shutdown()
{
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it)
        stopListening(it.key());
    const QList<ConnectionId> ids = m_links.keys();
    for (ConnectionId id : ids)
        close(id);
    m_flushTimer->stop();
    m_session.flush();
}

// A peer that does not read fills its receive window, then our kernel send buffer, then Qt's
// write buffer: what we send waits there. The row shows how much waits; the log says when it
// starts to pile up and when it has gone, so a learner sees flow control at work.
void EndpointHost::publishSendQueues()
{
    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        const qint64 queued = it->transport ? qMax<qint64>(it->transport->bytesToWrite(), 0) : 0;
        if (queued == it->queued)
            continue;
        it->queued = queued;
        m_session.connections().setQueuedOut(it.key(), quint64(queued));
        if (queued >= QueuedNoteBytes && !it->queueNoted) {
            it->queueNoted = true;
            m_session.recordText(it.key(), EventKind::Note,
                tr("%1 queued to send: the peer is not reading, its receive window and our send buffer are "
                   "full; the bytes wait, nothing is lost")
                    .arg(formatByteCount(double(queued))));
        } else if (queued == 0 && it->queueNoted) {
            it->queueNoted = false;
            m_session.recordText(it.key(), EventKind::Note, tr("the queued bytes have all been handed to the kernel"));
        }
    }
}
