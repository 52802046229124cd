// SPDX-License-Identifier: GPL-3.0-or-later
// LessonRunner's UDP actions and accounting: bind a socket, connect it to another UDP role,
// sendto() another role's address; a peer row's datagrams count for its socket's role.
#include "lessonrunner.h"

#include "endpointaddress.h"
#include "session.h"
#include "udppinger.h"
#include "workbench.h"

#include <QRandomGenerator>

namespace {

// Where a datagram to a socket bound to the wildcard goes: the loopback of its family.
QHostAddress reachable(const QHostAddress &bound)
{
    if (bound.isNull() || bound == QHostAddress::AnyIPv4 || bound == QHostAddress::Any)
        return QHostAddress(QHostAddress::LocalHost);
    if (bound == QHostAddress::AnyIPv6)
        return QHostAddress(QHostAddress::LocalHostIPv6);
    return bound;
}

} // namespace

bool LessonRunner::performUdp(const LessonAction &action, QString *problem, bool *ok)
{
    const LessonRole *role = m_lesson.role(action.role);
    if (!role || role->type != LessonRoleType::Udp)
        return false;
    const auto existing = infoOf(action.role);
    *ok = true;
    if (action.type == LessonActionType::Bind) {
        if (existing && !existing->isFinished())
            return true;
        UdpOptions options;
        if (!action.address.isEmpty()) {
            const ParsedEndpoint address = parseListenEndpoint(action.address);
            options.address = address.address;
            options.port = m_useSuggestedPorts ? address.port : 0;
        }
        options.echo = action.echo;
        options.receiveBufferBytes = action.receiveBufferBytes;
        bind(action.role, m_workbench.openUdp(options));
        return true;
    }
    if (action.type == LessonActionType::ServeEchoes) {
        const ConnectionId id = m_bindings.value(action.role);
        if (id == 0) {
            *problem = tr("'%1' does not exist yet: do the step that creates it first").arg(action.role);
            *ok = false;
            return true;
        }
        m_echoServers.insert(id, action.ignorePercent);
        return true;
    }
    if (action.type != LessonActionType::Connect && action.type != LessonActionType::SendTo
        && action.type != LessonActionType::Ping)
        return false;   // close, pause reading...: as for any socket
    if (action.type == LessonActionType::Connect && existing && !existing->isFinished())
        return true;
    // A closed socket's port is known still: that is how a lesson finds a port where nobody listens.
    const auto target = infoOf(action.to);
    if (!target || target->localPort == 0) {
        *problem = tr("'%1' has no port yet: do the step that creates it first").arg(action.to);
        *ok = false;
        return true;
    }
    const QHostAddress address = reachable(target->localAddress);
    if (action.type == LessonActionType::Connect) {
        Workbench::ConnectOptions options;
        options.kind = EndpointKind::Udp;
        options.host = address.toString();
        options.port = target->localPort;
        bind(action.role, m_workbench.connectTo(options));
        return true;
    }
    const ConnectionId id = m_bindings.value(action.role);
    if (id == 0) {
        *problem = tr("'%1' does not exist yet: do the step that creates it first").arg(action.role);
        *ok = false;
        return true;
    }
    if (action.type == LessonActionType::Ping) {
        if (m_pingers.contains(id))
            return true;   // pinging already
        auto *pinger = new UdpPinger(m_workbench, id, address, target->localPort, action.count, action.timeoutMs, this);
        m_pingers.insert(id, pinger);
        pinger->start();
        return true;
    }
    m_workbench.sendTo(id, address, target->localPort, action.bytes, action.count, action.intervalMs);
    return true;
}

void LessonRunner::playUdpApplications(ConnectionId socket, const TrafficEvent &event)
{
    if (UdpPinger *pinger = m_pingers.value(socket))
        pinger->observe(event, m_workbench.session().log().payload(event));
    const auto server = m_echoServers.constFind(socket);
    if (server == m_echoServers.constEnd() || event.kind != EventKind::Received || event.connection == socket)
        return;
    // The server's choice, not the network's: on loopback nothing is lost on the way.
    if (QRandomGenerator::global()->bounded(100) < *server) {
        m_workbench.recordNote(event.connection,
                               tr("the server ignores this request: its own choice, as it does with about %1 % of "
                                  "them")
                                   .arg(*server));
        return;
    }
    m_workbench.send(event.connection, m_workbench.session().log().payload(event));   // back to that peer
}

ConnectionId LessonRunner::accountedTo(ConnectionId connection, bool data)
{
    if (m_roleOf.contains(connection))
        return connection;
    if (!data)
        return 0;
    auto known = m_udpPeerSocket.constFind(connection);
    if (known == m_udpPeerSocket.constEnd()) {
        // Looked up once per connection: a flood of datagrams costs a hash lookup each.
        const auto info = m_workbench.session().connections().find(connection);
        // A connection a listener role accepted, unbound (a browser's second one): its own
        // stream, for conditions with "accepted".
        if (m_acceptedStreams && info && info->role == ConnectionRole::Accepted)
            return m_roleOf.contains(info->parent) ? connection : 0;
        const ConnectionId socket = info && info->role == ConnectionRole::UdpPeer ? info->parent : 0;
        if (!info)
            return 0;   // not in the table yet: asked again with its next event
        known = m_udpPeerSocket.insert(connection, socket);
    }
    return m_roleOf.contains(*known) ? *known : 0;
}
