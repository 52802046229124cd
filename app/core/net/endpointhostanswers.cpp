// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointHost, continued: what answers on SocketLab's behalf when bytes arrive: echo, the chat
// relay and responders (on TCP and Unix connections, and on a UDP socket's peers). Split from
// endpointhost.cpp, which opens, adopts, sends and closes.
#include "endpointhost.h"

#include "responder.h"
#include "responderdriver.h"
#include "session.h"
#include "udpendpoint.h"

void EndpointHost::relay(ConnectionId from, ConnectionId listenerId, const QByteArray &bytes)
{
    const QList<ConnectionId> ids = m_links.keys();
    for (ConnectionId other : ids) {
        if (other != from && m_links.value(other).relayListener == listenerId) {
            answer(other, bytes);
            pressOn(from, other);
        }
    }
}

void EndpointHost::setEcho(ConnectionId id, bool echo)
{
    if (UdpEndpoint *udp = udpSocket(id))
        udp->setEcho(echo);
    else if (auto listener = m_listeners.find(id); listener != m_listeners.end())
        listener->echo = echo;
    else if (auto link = m_links.find(id); link != m_links.end())
        link->echo = echo;
    else
        return;
    m_session.connections().setEcho(id, echo);
    m_session.recordText(id, EventKind::Note, echo ? tr("echo on") : tr("echo off"));
}

void EndpointHost::setResponder(ConnectionId listenerId, std::shared_ptr<const Responder> responder)
{
    auto it = m_listeners.find(listenerId);
    if (it == m_listeners.end())
        return;
    it->tuning.responder = std::move(responder);
    const Responder *now = it->tuning.responder.get();
    if (UdpEndpoint *udp = udpSocket(listenerId)) {
        udp->setResponder(it->tuning.responder);
        m_session.recordText(listenerId, EventKind::Note,
                             now ? tr("responder %1 answers every peer's datagrams from now on (%2)").arg(now->name, now->fileName)
                                 : tr("no responder: datagrams are not answered"));
        return;
    }
    m_session.recordText(listenerId, EventKind::Note,
                         now ? tr("responder %1 answers the connections accepted from now on (%2)").arg(now->name, now->fileName)
                                       : tr("no responder: new connections are not answered"));
}

void EndpointHost::reloadResponder(const std::shared_ptr<const Responder> &responder)
{
    if (!responder || responder->path.isEmpty())
        return;
    for (auto it = m_listeners.begin(); it != m_listeners.end(); ++it) {
        const Responder *running = it->tuning.responder.get();
        if (!running || running->path != responder->path)
            continue;
        const ConnectionId listenerId = it.key();
        it->tuning.responder = responder;
        if (UdpEndpoint *udp = udpSocket(listenerId)) {
            udp->setResponder(responder);
            m_session.recordText(listenerId, EventKind::Note,
                                 tr("responder %1 reloaded (%2): every peer is answered by the saved rules")
                                     .arg(responder->name, responder->path));
            continue;
        }
        for (Link &link : m_links) {
            if (link.parent == listenerId && link.responder)
                link.responder->reload(responder);
        }
        m_session.recordText(listenerId, EventKind::Note,
                             tr("responder %1 reloaded (%2): the saved rules answer new connections, and "
                                "each open one from its next request")
                                 .arg(responder->name, responder->path));
    }
}

// The responder's replies are sent like any other bytes (recorded first); its notes say which rule
// answered, so a learner sees why.
void EndpointHost::startResponder(ConnectionId id, const std::shared_ptr<const Responder> &responder)
{
    const auto info = m_session.connections().find(id);
    ResponderDriver::Hooks hooks;
    hooks.send = [this, id](const QByteArray &bytes) { answer(id, bytes); };
    hooks.close = [this, id] { close(id); };
    hooks.abort = [this, id] { abort(id); };
    hooks.note = [this, id](const QString &text) { m_session.recordText(id, EventKind::Note, text); };
    auto *driver = new ResponderDriver(responder, info ? info->name : QString(), info ? info->peerEndpoint() : QString(),
                                       std::move(hooks), this);
    m_links[id].responder = driver;
    driver->connected();
}
