// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontable.h"

#include <QMutexLocker>

#include <algorithm>

ConnectionInfo *ConnectionTable::entry(ConnectionId id)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                               [](const ConnectionInfo &info, ConnectionId key) { return info.id < key; });
    return it != m_entries.end() && it->id == id ? &*it : nullptr;
}

void ConnectionTable::setIdentity(const ConnectionInfo &identity)
{
    {
        QMutexLocker lock(&m_mutex);
        ConnectionInfo *info = entry(identity.id);
        if (!info) {
            auto at = std::lower_bound(m_entries.begin(), m_entries.end(), identity.id,
                                       [](const ConnectionInfo &i, ConnectionId key) { return i.id < key; });
            m_entries.insert(at, identity);
        } else {
            info->parent = identity.parent;
            info->role = identity.role;
            info->name = identity.name;
            info->host = identity.host;
            info->localAddress = identity.localAddress;
            info->localPort = identity.localPort;
            info->peerAddress = identity.peerAddress;
            info->peerPort = identity.peerPort;
            info->kind = identity.kind;
            info->localPath = identity.localPath;
            info->peerPath = identity.peerPath;
            info->peerCredentials = identity.peerCredentials;
        }
        // A replayed journal may hold ids that this table did not hand out.
        ConnectionId next = m_nextId.load();
        while (next <= identity.id && !m_nextId.compare_exchange_weak(next, identity.id + 1)) { }
    }
    changed();
}

void ConnectionTable::setEcho(ConnectionId id, bool echo)
{
    {
        QMutexLocker lock(&m_mutex);
        if (ConnectionInfo *info = entry(id))
            info->echo = echo;
    }
    changed();
}

void ConnectionTable::setUdpOptions(ConnectionId id, const UdpSocketOptions &options)
{
    {
        QMutexLocker lock(&m_mutex);
        if (ConnectionInfo *info = entry(id))
            info->udp = options;
    }
    changed();
}

void ConnectionTable::setRepeating(ConnectionId id, bool repeating)
{
    {
        QMutexLocker lock(&m_mutex);
        ConnectionInfo *info = entry(id);
        if (!info || info->repeating == repeating)
            return;
        info->repeating = repeating;
    }
    changed();
}

void ConnectionTable::setFileSend(ConnectionId id, qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        ConnectionInfo *info = entry(id);
        if (!info || (info->fileSendDone == done && info->fileSendTotal == total))
            return;
        info->fileSendDone = done;
        info->fileSendTotal = total;
    }
    changed();
}

void ConnectionTable::setLimits(ConnectionId id, int connectionCap, qint64 receiveCap, bool acceptingPaused)
{
    {
        QMutexLocker lock(&m_mutex);
        if (ConnectionInfo *info = entry(id)) {
            info->connectionCap = connectionCap;
            info->receiveCap = receiveCap;
            info->acceptingPaused = acceptingPaused;
        }
    }
    changed();
}

void ConnectionTable::setQueuedOut(ConnectionId id, quint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        ConnectionInfo *info = entry(id);
        if (!info || info->queuedOut == bytes)
            return;
        info->queuedOut = bytes;
    }
    changed();
}

void ConnectionTable::apply(const TrafficEvent &event, const QString &detail)
{
    {
        QMutexLocker lock(&m_mutex);
        account(event, detail);
    }
    changed();
}

void ConnectionTable::apply(const TrafficEvent *events, int count)
{
    {
        QMutexLocker lock(&m_mutex);
        for (int i = 0; i < count; ++i)
            account(events[i], QString());
    }
    changed();
}

void ConnectionTable::account(const TrafficEvent &event, const QString &detail)
{
    ConnectionInfo *info = entry(event.connection);
    if (!info)
        return;   // a damaged journal may name an unknown id: nothing to account it to
    if (info->openedNs < 0)
        info->openedNs = event.timeNs;
    switch (event.kind) {
    case EventKind::Listening:
        info->state = info->role == ConnectionRole::UdpSocket ? ConnectionState::Bound : ConnectionState::Listening;
        break;
    case EventKind::ListenFailed:
        info->state = ConnectionState::Failed;
        info->lastError = detail;
        info->closedNs = event.timeNs;
        break;
    case EventKind::ListenStopped: info->state = ConnectionState::NotListening; break;
    case EventKind::Accepted: {
        info->state = ConnectionState::Connected;
        if (ConnectionInfo *listener = entry(info->parent))
            ++listener->acceptedCount;
        break;
    }
    case EventKind::LookingUp: info->state = ConnectionState::LookingUp; break;
    case EventKind::Connecting: info->state = ConnectionState::Connecting; break;
    case EventKind::Connected:
        info->state = info->role == ConnectionRole::UdpSocket ? ConnectionState::Bound : ConnectionState::Connected;
        break;
    case EventKind::Received:
    case EventKind::Sent: {
        const bool in = event.kind == EventKind::Received;
        // A UDP peer's datagrams count for its socket too.
        ConnectionInfo *socket = info->role == ConnectionRole::UdpPeer ? entry(info->parent) : nullptr;
        for (ConnectionInfo *counted : {info, socket}) {
            if (!counted)
                continue;
            (in ? counted->bytesIn : counted->bytesOut) += event.payloadLength;
            ++(in ? counted->chunksIn : counted->chunksOut);
            counted->lastDataNs = event.timeNs;
        }
        break;
    }
    case EventKind::PeerSeen:
        info->state = ConnectionState::Connected;
        if (ConnectionInfo *socket = entry(info->parent))
            ++socket->acceptedCount;
        break;
    case EventKind::DatagramsDropped: info->datagramsDropped += droppedCountOf(detail); break;
    case EventKind::Closing: info->state = ConnectionState::Closing; break;
    case EventKind::Closed:
        if (info->state != ConnectionState::Failed)
            info->state = ConnectionState::Closed;
        info->closedNs = event.timeNs;
        break;
    case EventKind::Error:
        info->lastError = detail;
        if (info->state == ConnectionState::LookingUp || info->state == ConnectionState::Connecting
            || info->state == ConnectionState::Opening)
            info->state = ConnectionState::Failed;
        break;
    case EventKind::ReadingPaused: info->readingPaused = true; break;
    case EventKind::ReadingResumed: info->readingPaused = false; break;
    case EventKind::Note: break;
    case EventKind::EndOfStream: info->state = ConnectionState::PeerFinished; break;
    case EventKind::SendBlocked:
    case EventKind::SendResumed: break;
    }
}

QList<ConnectionInfo> ConnectionTable::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return QList<ConnectionInfo>(m_entries.begin(), m_entries.end());
}

std::optional<ConnectionInfo> ConnectionTable::find(ConnectionId id) const
{
    QMutexLocker lock(&m_mutex);
    if (ConnectionInfo *info = const_cast<ConnectionTable *>(this)->entry(id))
        return *info;
    return std::nullopt;
}

int ConnectionTable::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}
