// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <optional>
#include <vector>

// The session's sockets, by id. Written by the network thread, read by any thread: readers take
// copies (snapshot(), find()) and poll version() to learn whether anything changed, the same
// cheap-snapshot pattern as the TrafficLog.
class ConnectionTable
{
public:
    // Ids are handed out here, on the caller's thread, so a command can return one at once.
    ConnectionId reserveId() { return m_nextId.fetch_add(1, std::memory_order_relaxed); }

    // Adds or replaces the identity of a socket, keeping its state and counters.
    void setIdentity(const ConnectionInfo &identity);
    void setEcho(ConnectionId id, bool echo);
    void setRepeating(ConnectionId id, bool repeating);
    void setFileSend(ConnectionId id, qint64 done, qint64 total);   // total -1: no file
    void setLimits(ConnectionId id, int connectionCap, qint64 receiveCap, bool acceptingPaused);
    void setQueuedOut(ConnectionId id, quint64 bytes);
    void setUdpOptions(ConnectionId id, const UdpSocketOptions &options);
    // Updates state and counters from one recorded event. Only these kinds read the detail
    // text (the others may be given none): an error's reason, a drop count.
    static bool readsDetail(EventKind kind)
    {
        return kind == EventKind::ListenFailed || kind == EventKind::Error || kind == EventKind::DatagramsDropped;
    }
    void apply(const TrafficEvent &event, const QString &detail);
    // The same for events that carry no detail text (data), under one lock.
    void apply(const TrafficEvent *events, int count);

    quint64 version() const { return m_version.load(std::memory_order_acquire); }
    QList<ConnectionInfo> snapshot() const;
    std::optional<ConnectionInfo> find(ConnectionId id) const;
    int size() const;

private:
    ConnectionInfo *entry(ConnectionId id);   // with m_mutex held
    void account(const TrafficEvent &event, const QString &detail);   // with m_mutex held
    void changed() { m_version.fetch_add(1, std::memory_order_release); }

    std::atomic<ConnectionId> m_nextId{1};
    std::atomic<quint64> m_version{0};
    mutable QMutex m_mutex;
    std::vector<ConnectionInfo> m_entries;   // dense, sorted by id; ids are never reused
};
