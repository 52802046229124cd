// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QtGlobal>

// Back-pressure from what SocketLab writes to what it reads. Echo and relay send what one
// connection (the source) received to a target (itself, for echo); a target whose peer does not
// read keeps it all queued, and memory would grow with everything the source sends. Past QueueCap
// bytes queued to a target, every source that fed it is held, not read, until the target's queue
// is down to LowWater: the kernel's buffers fill and TCP flow control stops the sending peer.
// Nothing is dropped, and memory stays bounded by QueueCap (+ one read) per connection.
//
// Only the bookkeeping lives here; the EndpointHost combines "held by back-pressure" with its
// other reasons not to read (the journal) when it tells a transport.
class OutputBackPressure
{
public:
    static constexpr qint64 QueueCap = 4 * 1024 * 1024;
    // Low enough that a released source reads a good while before the cap holds it again, high
    // enough that the target never runs dry while its peer reads.
    static constexpr qint64 LowWater = QueueCap / 4;

    // The source's bytes were queued to target, which now has queuedBytes waiting. True when this
    // makes the source held (it was not before).
    bool queued(ConnectionId source, ConnectionId target, qint64 queuedBytes);
    // The target's queue is now queuedBytes. The sources this releases: no target holds them
    // any more.
    QList<ConnectionId> drained(ConnectionId target, qint64 queuedBytes);
    // The connection is gone: its holds on others end (the sources this releases), and it is no
    // longer held itself.
    QList<ConnectionId> forget(ConnectionId id);

    bool isHeld(ConnectionId source) const { return m_holds.value(source) > 0; }
    bool isCongested(ConnectionId target) const { return m_heldBy.contains(target); }

private:
    QList<ConnectionId> release(ConnectionId target);

    QHash<ConnectionId, QSet<ConnectionId>> m_heldBy; // congested target -> the sources it holds
    QHash<ConnectionId, int> m_holds; // source -> how many targets hold it
};
