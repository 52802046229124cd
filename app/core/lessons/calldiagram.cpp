// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldiagram.h"

#include "connectionpeer.h"
#include "lessonrunner.h"
#include "session.h"

#include <QRegularExpression>

namespace {

// What C's errno would say: the diagram is written in C.
QString errnoName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ConnectionRefused: return QStringLiteral("ECONNREFUSED");
    case ErrorCode::Timeout: return QStringLiteral("ETIMEDOUT");
    case ErrorCode::AddressInUse: return QStringLiteral("EADDRINUSE");
    case ErrorCode::PermissionDenied: return QStringLiteral("EACCES");
    case ErrorCode::ResetByPeer: return QStringLiteral("ECONNRESET");
    case ErrorCode::AddressNotAvailable: return QStringLiteral("EADDRNOTAVAIL");
    case ErrorCode::NetworkUnreachable: return QStringLiteral("ENETUNREACH");
    case ErrorCode::OutOfResources: return QStringLiteral("EMFILE");
    case ErrorCode::BrokenPipe: return QStringLiteral("EPIPE");
    case ErrorCode::HostNotFound: return QStringLiteral("EAI_NONAME");
    default: return errorCodeName(code);
    }
}

// The address a connect() was given, from the event's detail: "socket(), connect(127.0.0.1:9000)".
QString connectTarget(const QString &detail)
{
    static const QRegularExpression call(QStringLiteral("connect\\((.*)\\)"));
    const QRegularExpressionMatch match = call.match(detail);
    return match.hasMatch() ? match.captured(1) : detail;
}

} // namespace

CallDiagram::CallDiagram(const Session &session)
    : m_session(session)
{
}

void CallDiagram::follow(ConnectionId listener, ConnectionId client, ConnectionId accepted)
{
    if (listener == m_listener && client == m_client && (accepted == 0 || accepted == m_accepted))
        return;
    m_listener = listener;
    m_client = client;
    m_accepted = accepted;
    reset();
}

void CallDiagram::followLessonStep(const LessonRunner &runner)
{
    const Lesson &lesson = runner.lesson();
    const LessonStep &step = runner.step(runner.currentStep());
    QStringList roles = step.show;
    for (const LessonAction &action : step.actions)
        roles << action.role << action.to;
    for (const LessonCondition &condition : step.expect)
        roles << condition.role;
    ConnectionId listener = 0, client = 0, accepted = 0;
    QList<ConnectionId> udp;
    for (const QString &name : std::as_const(roles)) {
        const LessonRole *role = lesson.role(name);
        const ConnectionId id = runner.idOf(name);
        if (!role || id == 0)
            continue;
        if (role->type == LessonRoleType::Listener && listener == 0)
            listener = id;
        else if (role->type == LessonRoleType::Client)
            client = id;
        else if (role->type == LessonRoleType::Accepted)
            accepted = id;
        else if (role->type == LessonRoleType::Udp && !udp.contains(id))
            udp << id;
    }
    if (listener == 0 && client == 0 && accepted == 0 && !udp.isEmpty()) {
        followUdpSockets(runner, udp);
        return;
    }
    if (client == 0 && accepted == 0 && (listener == 0 || listener == m_listener)) {
        client = m_client; // e.g. "stop listening": the conversation before stays in the picture
        accepted = m_accepted;
    }
    if (listener == 0 && accepted == 0)
        listener = client == m_client ? m_listener : 0;
    if (listener != m_listener || client != m_client || (accepted != 0 && accepted != m_accepted))
        follow(listener, client, accepted);
}

// The client speaks first: in some step of the lesson it sends to (or connects to) the other
// UDP socket, the server; a connected socket is a client. A step about one side only ("the
// receiver reads again", "clean up") keeps the other side it had, or finds it in the lesson.
void CallDiagram::followUdpSockets(const LessonRunner &runner, const QList<ConnectionId> &udp)
{
    const Lesson &lesson = runner.lesson();
    QList<std::pair<ConnectionId, ConnectionId>> pairs; // client, server: the lesson's actions
    for (const LessonStep &step : lesson.steps) {
        for (const LessonAction &action : step.actions) {
            const LessonRole *from = lesson.role(action.role);
            const LessonRole *to = lesson.role(action.to);
            const ConnectionId client = runner.idOf(action.role);
            const ConnectionId server = runner.idOf(action.to);
            if (from && to && from->type == LessonRoleType::Udp && to->type == LessonRoleType::Udp
                && client != 0 && server != 0)
                pairs.append({ client, server });
        }
    }
    const auto serverOf = [&pairs](ConnectionId client) {
        for (const auto &[from, to] : pairs) {
            if (from == client)
                return to;
        }
        return ConnectionId(0);
    };
    const auto clientOf = [&pairs](ConnectionId server) {
        for (const auto &[from, to] : pairs) {
            if (to == server)
                return from;
        }
        return ConnectionId(0);
    };
    const ConnectionTable &table = m_session.connections();
    ConnectionId server = 0, client = 0;
    for (ConnectionId id : udp) {
        const auto info = table.find(id);
        if (serverOf(id) != 0 || (info && info->role == ConnectionRole::Client))
            client = id; // the last one named, as for TCP
    }
    for (ConnectionId id : udp) {
        if (server == 0 && id != client && clientOf(id) != 0)
            server = id;
    }
    if (server == 0 && client != 0)
        server = client == m_client && m_listener != 0 ? m_listener : serverOf(client);
    if (server == 0 && udp.constFirst() != client)
        server = udp.constFirst();
    if (client == 0 && server != 0)
        client = server == m_listener && m_client != 0 ? m_client : clientOf(server);
    follow(server, client);
}

void CallDiagram::reset()
{
    m_cursor = 0;
    m_calls.clear();
    m_arrows.clear();
    m_peerRows.clear();
}

void CallDiagram::findMissing()
{
    const ConnectionTable &table = m_session.connections();
    if (m_accepted == 0 && m_client != 0) {
        const auto client = table.find(m_client);
        const ConnectionId peer = client ? peerInSession(table, *client) : 0;
        const auto accepted = table.find(peer);
        if (accepted && (m_listener == 0 || accepted->parent == m_listener)) {
            m_accepted = peer;
            m_cursor = 0; // its events so far are not drawn yet
        }
    }
    if (m_listener == 0 && m_accepted != 0) {
        if (const auto accepted = table.find(m_accepted); accepted && accepted->parent != 0) {
            m_listener = accepted->parent;
            m_cursor = 0;
        }
    }
    if (m_cursor == 0) {
        m_calls.clear();
        m_arrows.clear();
    }
}

bool CallDiagram::datagrams() const
{
    for (ConnectionId id : { m_listener, m_client }) {
        if (const auto info = m_session.connections().find(id))
            return info->isUdp();
    }
    return false;
}

void CallDiagram::update()
{
    const bool datagrams = this->datagrams();
    if (!datagrams && (m_accepted == 0 || m_listener == 0))
        findMissing();
    const TrafficLog &log = m_session.log();
    const qint64 count = log.count();
    for (; m_cursor < count; ++m_cursor) {
        const TrafficEvent &event = log.event(m_cursor);
        if (event.connection == 0)
            continue;
        if (event.connection == m_listener || event.connection == m_client
            || event.connection == m_accepted) {
            apply(m_cursor, event);
            continue;
        }
        if (!datagrams)
            continue;
        if (event.kind == EventKind::PeerSeen) {
            const auto row = m_session.connections().find(event.connection);
            if (row && row->parent != 0 && row->parent == m_listener)
                m_peerRows.insert(event.connection, Side::Server);
            else if (row && row->parent != 0 && row->parent == m_client)
                m_peerRows.insert(event.connection, Side::Client);
        }
        if (const auto side = m_peerRows.constFind(event.connection); side != m_peerRows.cend()) {
            const auto row = m_session.connections().find(event.connection);
            const auto socket = row ? m_session.connections().find(row->parent) : std::nullopt;
            if (row && socket)
                applyDatagram(*side, m_cursor, event, *row, *socket);
        }
    }
}

QList<CallDiagram::Call> CallDiagram::calls(Side side) const
{
    if (datagrams()) {
        if (side == Side::Server)
            return { Call::Socket, Call::Bind, Call::RecvFrom, Call::SendTo, Call::Close };
        const auto client = m_session.connections().find(m_client);
        if (client && client->role == ConnectionRole::Client)
            return { Call::Socket, Call::Connect, Call::SendTo, Call::RecvFrom, Call::Close };
        return { Call::Socket, Call::SendTo, Call::RecvFrom, Call::Close };
    }
    QList<Call> calls = side == Side::Server
        ? QList<Call> { Call::Socket, Call::Bind, Call::Listen, Call::Accept, Call::Recv,
              Call::Send, Call::Shutdown, Call::Close }
        : QList<Call> { Call::Socket, Call::Connect, Call::Send, Call::Recv, Call::Shutdown,
              Call::Close };
    if (!state(side, Call::Shutdown).lit)
        calls.removeOne(Call::Shutdown);
    return calls;
}

QString CallDiagram::family() const
{
    for (ConnectionId id : { m_listener, m_client, m_accepted }) {
        if (const auto info = m_session.connections().find(id)) {
            if (info->isUnix())
                return QStringLiteral("AF_UNIX");
            if (info->localAddress.protocol() == QAbstractSocket::IPv6Protocol)
                return QStringLiteral("AF_INET6");
            if (!info->localAddress.isNull())
                return QStringLiteral("AF_INET");
        }
    }
    return QStringLiteral("AF_INET");
}

QString CallDiagram::callName(Call call)
{
    static const char *const Names[] = { "socket", "bind", "listen", "accept", "connect", "recv",
        "send", "shutdown", "close", "recvfrom", "sendto" };
    return QString::fromLatin1(Names[int(call)]);
}

QString CallDiagram::address(const ConnectionInfo &info, bool peer) const
{
    if (info.isUnix()) // a path, "@name" or "unnamed"; a connect() names the listener's path
        return peer ? info.peerPath : info.localEndpoint();
    return peer ? formatEndpoint(info.peerAddress, info.peerPort)
                : formatEndpoint(info.localAddress, info.localPort);
}

void CallDiagram::light(
    Side side, Call call, qint64 index, const QString &text, const QString &result)
{
    CallState &state = at(side, call);
    state.lit = true;
    state.failed = result.startsWith(QLatin1String("-1"));
    state.text = text;
    state.result = result;
    state.event = index;
}

void CallDiagram::seeArrow(Arrow arrow, const QString &label)
{
    ArrowState &state = m_arrows[int(arrow)];
    state.seen = true;
    state.label = label;
}

void CallDiagram::seeReset(bool fromClient)
{
    seeArrow(Arrow::Reset, tr("RST"));
    m_arrows[int(Arrow::Reset)].fromClient = fromClient;
}

CallDiagram::ArrowState CallDiagram::arrow(Arrow arrow) const
{
    ArrowState state = m_arrows.value(int(arrow));
    if (arrow != Arrow::DataToServer && arrow != Arrow::DataToClient)
        return state;
    // What one end wrote, or the other read: one of them may be a program we do not watch.
    const bool toServer = arrow == Arrow::DataToServer;
    if (datagrams()) {
        const CallState sent = this->state(toServer ? Side::Client : Side::Server, Call::SendTo);
        const CallState read = this->state(toServer ? Side::Server : Side::Client, Call::RecvFrom);
        state.bytes = qMax(sent.bytes, read.bytes);
        state.count = qMax(sent.count, read.count);
        state.label = tr("%n datagram(s), %1 B", nullptr, state.count).arg(state.bytes);
        return state;
    }
    state.bytes = qMax(this->state(toServer ? Side::Client : Side::Server, Call::Send).bytes,
        this->state(toServer ? Side::Server : Side::Client, Call::Recv).bytes);
    state.label = tr("%1 B").arg(state.bytes);
    return state;
}

void CallDiagram::socketCall(Side side, qint64 index, const ConnectionInfo &info)
{
    if (state(side, Call::Socket).lit)
        return;
    const QString type = info.kind == EndpointKind::Udp ? QStringLiteral("SOCK_DGRAM")
                                                        : QStringLiteral("SOCK_STREAM");
    light(side, Call::Socket, index, QStringLiteral("socket(%1, %2, 0)").arg(family(), type),
        info.name);
}

void CallDiagram::apply(qint64 index, const TrafficEvent &event)
{
    const auto info = m_session.connections().find(event.connection);
    if (!info)
        return;
    if (info->isUdp()) {
        applyDatagrams(
            event.connection == m_listener ? Side::Server : Side::Client, index, event, *info);
        return;
    }
    if (event.connection == m_listener)
        applyListener(index, event, *info);
    else
        applyConnection(
            event.connection == m_client ? Side::Client : Side::Server, index, event, *info);
}

void CallDiagram::applyListener(qint64 index, const TrafficEvent &event, const ConnectionInfo &info)
{
    const QString name = info.name;
    switch (event.kind) {
    case EventKind::Listening:
        socketCall(Side::Server, index, info);
        light(Side::Server, Call::Bind, index,
            QStringLiteral("bind(%1, %2)").arg(name, address(info, false)), QStringLiteral("0"));
        light(Side::Server, Call::Listen, index, QStringLiteral("listen(%1)").arg(name),
            QStringLiteral("0"));
        break;
    case EventKind::ListenFailed:
        socketCall(Side::Server, index, info);
        light(Side::Server, Call::Bind, index,
            QStringLiteral("bind(%1, %2)").arg(name, address(info, false)),
            QStringLiteral("-1 %1").arg(errnoName(event.facts.error)));
        break;
    case EventKind::ListenStopped:
        light(Side::Server, Call::Close, index, QStringLiteral("close(%1)").arg(name),
            QStringLiteral("0"));
        break;
    default: break;
    }
}

void CallDiagram::applyConnection(
    Side side, qint64 index, const TrafficEvent &event, const ConnectionInfo &info)
{
    const QString name = info.name;
    const bool client = side == Side::Client;
    const Arrow outgoing = client ? Arrow::DataToServer : Arrow::DataToClient;
    const Arrow incoming = client ? Arrow::DataToClient : Arrow::DataToServer;
    // A Unix stream ends with no FIN packet; the reader sees end of file all the same.
    const QString fin = info.isUnix() ? tr("EOF") : tr("FIN");
    switch (event.kind) {
    case EventKind::Connecting:
        socketCall(side, index, info);
        light(side, Call::Connect, index,
            QStringLiteral("connect(%1, %2)")
                .arg(name, connectTarget(m_session.log().detailText(event))),
            QString());
        // A Unix connect() sends no packets: the kernel joins the two sockets.
        seeArrow(Arrow::Handshake, info.isUnix() ? tr("connect") : tr("SYN"));
        break;
    case EventKind::Connected:
        socketCall(side, index, info);
        light(side, Call::Connect, index,
            QStringLiteral("connect(%1, %2)").arg(name, address(info, true)), QStringLiteral("0"));
        seeArrow(Arrow::Handshake, info.isUnix() ? tr("connected") : tr("SYN, SYN-ACK, ACK"));
        break;
    case EventKind::Accepted: {
        const auto listener = m_session.connections().find(info.parent);
        light(Side::Server, Call::Accept, index,
            QStringLiteral("accept(%1)").arg(listener ? listener->name : QStringLiteral("?")),
            info.isUnix() ? name : QStringLiteral("%1 (%2)").arg(name, address(info, true)));
        seeArrow(Arrow::Handshake, info.isUnix() ? tr("connected") : tr("SYN, SYN-ACK, ACK"));
        break;
    }
    case EventKind::Sent:
    case EventKind::Received: {
        const bool sent = event.kind == EventKind::Sent;
        CallState &state = at(side, sent ? Call::Send : Call::Recv);
        const int count = state.count + 1;
        const qint64 bytes = state.bytes + event.payloadLength;
        light(side, sent ? Call::Send : Call::Recv, index,
            QStringLiteral("%1(%2, %3)")
                .arg(sent ? QStringLiteral("send") : QStringLiteral("recv"), name)
                .arg(event.payloadLength),
            QString::number(event.payloadLength));
        state.count = count;
        state.bytes = bytes;
        m_arrows[int(sent ? outgoing : incoming)].seen = true; // labelled by arrow()
        break;
    }
    case EventKind::EndOfStream:
        light(
            side, Call::Recv, index, QStringLiteral("recv(%1)").arg(name), tr("0 (end of stream)"));
        seeArrow(client ? Arrow::FinFromServer : Arrow::FinFromClient, fin);
        break;
    case EventKind::Closing:
        if (event.facts.close == CloseKind::HalfClose)
            light(side, Call::Shutdown, index, QStringLiteral("shutdown(%1, SHUT_WR)").arg(name),
                QStringLiteral("0"));
        else
            light(side, Call::Close, index, QStringLiteral("close(%1)").arg(name),
                QStringLiteral("0"));
        seeArrow(client ? Arrow::FinFromClient : Arrow::FinFromServer, fin);
        break;
    case EventKind::Error:
        if (!state(side, Call::Connect).result.isEmpty() || side == Side::Server
            || !state(side, Call::Connect).lit) {
            if (event.facts.error == ErrorCode::ResetByPeer)
                seeReset(!client);
            break;
        }
        light(side, Call::Connect, index, state(side, Call::Connect).text,
            QStringLiteral("-1 %1").arg(errnoName(event.facts.error)));
        if (event.facts.error == ErrorCode::ConnectionRefused)
            seeReset(false); // from the server's kernel: nobody listens

        break;
    case EventKind::Closed:
        if (event.facts.close == CloseKind::Cancelled)
            break; // never connected: connect() failed, said above
        if (event.facts.close == CloseKind::Reset && event.facts.by == CloseSide::Us) {
            light(side, Call::Close, index, QStringLiteral("close(%1) SO_LINGER 0").arg(name),
                QStringLiteral("0"));
            seeReset(client);
            break;
        }
        if (event.facts.close == CloseKind::Reset && !arrow(Arrow::Reset).seen)
            seeReset(!client);
        light(side, Call::Close, index, QStringLiteral("close(%1)").arg(name), QStringLiteral("0"));
        // Closed in order: this end's FIN went out, and the peer's came in if it began.
        if (event.facts.close == CloseKind::Fin)
            seeArrow(client ? Arrow::FinFromClient : Arrow::FinFromServer, fin);
        if (event.facts.close == CloseKind::Fin && event.facts.by == CloseSide::Peer) {
            seeArrow(client ? Arrow::FinFromServer : Arrow::FinFromClient, fin);
            // It closed because read() returned 0, whether or not an end-of-stream row came first.
            if (!state(side, Call::Recv).result.startsWith(QLatin1Char('0')))
                light(side, Call::Recv, index, QStringLiteral("recv(%1)").arg(name),
                    tr("0 (end of stream)"));
        }
        break;
    default: break;
    }
}

// A UDP socket's own events: bound (bind() on the server; on the client, which a textbook does
// not bind, only socket()), connected, closed, and for a connected socket its datagrams and the
// ECONNREFUSED an ICMP port-unreachable brings to its next call.
void CallDiagram::applyDatagrams(
    Side side, qint64 index, const TrafficEvent &event, const ConnectionInfo &info)
{
    const QString name = info.name;
    switch (event.kind) {
    case EventKind::Listening:
        socketCall(side, index, info);
        if (side == Side::Server)
            light(side, Call::Bind, index,
                QStringLiteral("bind(%1, %2)").arg(name, address(info, false)),
                QStringLiteral("0"));
        break;
    case EventKind::Connecting:
        socketCall(side, index, info);
        light(side, Call::Connect, index,
            QStringLiteral("connect(%1, %2)")
                .arg(name, connectTarget(m_session.log().detailText(event))),
            QString());
        break; // no arrow: connect() on UDP sends nothing, it only fixes the peer
    case EventKind::Connected:
        socketCall(side, index, info);
        light(side, Call::Connect, index,
            QStringLiteral("connect(%1, %2)").arg(name, address(info, true)), QStringLiteral("0"));
        break;
    case EventKind::Sent:
    case EventKind::Received: applyDatagram(side, index, event, info, info); break;
    case EventKind::Error:
        if (state(side, Call::Connect).lit && state(side, Call::Connect).result.isEmpty()) {
            light(side, Call::Connect, index, state(side, Call::Connect).text,
                QStringLiteral("-1 %1").arg(errnoName(event.facts.error)));
        } else if (event.facts.error == ErrorCode::ConnectionRefused) {
            light(side, Call::RecvFrom, index, QStringLiteral("recv(%1)").arg(name),
                QStringLiteral("-1 %1").arg(errnoName(event.facts.error)));
            seeArrow(Arrow::Unreachable, tr("ICMP port unreachable"));
        }
        break;
    case EventKind::Closed:
        if (event.facts.close != CloseKind::Cancelled)
            light(side, Call::Close, index, QStringLiteral("close(%1)").arg(name),
                QStringLiteral("0"));
        break;
    default: break;
    }
}

// One datagram, on a bound socket's peer row (sendto/recvfrom with the peer's address) or on a
// connected socket's own row (send/recv: the address was fixed by connect()).
void CallDiagram::applyDatagram(Side side, qint64 index, const TrafficEvent &event,
    const ConnectionInfo &row, const ConnectionInfo &socket)
{
    if (event.kind != EventKind::Sent && event.kind != EventKind::Received)
        return;
    const bool sent = event.kind == EventKind::Sent;
    const bool connected = row.id == socket.id;
    const Call call = sent ? Call::SendTo : Call::RecvFrom;
    const QString length = QString::number(event.payloadLength);
    QString text;
    QString result = length;
    if (connected)
        text
            = QStringLiteral("%1(%2, %3)")
                  .arg(sent ? QStringLiteral("send") : QStringLiteral("recv"), socket.name, length);
    else if (sent)
        text = QStringLiteral("sendto(%1, %2, %3)")
                   .arg(socket.name, length, formatEndpoint(row.peerAddress, row.peerPort));
    else {
        text = QStringLiteral("recvfrom(%1, %2)").arg(socket.name, length);
        result = tr("%1 from %2").arg(length, formatEndpoint(row.peerAddress, row.peerPort));
    }
    CallState &state = at(side, call);
    const int count = state.count + 1;
    const qint64 bytes = state.bytes + event.payloadLength;
    light(side, call, index, text, result);
    state.count = count;
    state.bytes = bytes;
    if (state.firstSizes.size() < CallState::SizesKept)
        state.firstSizes << event.payloadLength;
    const bool toServer = (side == Side::Client) == sent;
    m_arrows[int(toServer ? Arrow::DataToServer : Arrow::DataToClient)].seen = true;
}
