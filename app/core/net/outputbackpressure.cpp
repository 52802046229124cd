// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputbackpressure.h"

bool OutputBackPressure::queued(ConnectionId source, ConnectionId target, qint64 queuedBytes)
{
    auto congested = m_heldBy.find(target);
    if (congested == m_heldBy.end()) {
        if (queuedBytes <= QueueCap)
            return false;
        congested = m_heldBy.insert(target, {});
    }
    // A target already over the cap holds every source that feeds it more.
    if (congested->contains(source))
        return false;
    congested->insert(source);
    return ++m_holds[source] == 1;
}

QList<ConnectionId> OutputBackPressure::drained(ConnectionId target, qint64 queuedBytes)
{
    if (queuedBytes > LowWater || !m_heldBy.contains(target))
        return {};
    return release(target);
}

QList<ConnectionId> OutputBackPressure::forget(ConnectionId id)
{
    QList<ConnectionId> released = release(id);
    m_holds.remove(id);
    for (auto it = m_heldBy.begin(); it != m_heldBy.end(); ++it)
        it->remove(id);
    released.removeAll(id);
    return released;
}

QList<ConnectionId> OutputBackPressure::release(ConnectionId target)
{
    QList<ConnectionId> released;
    const QSet<ConnectionId> sources = m_heldBy.take(target);
    for (ConnectionId source : sources) {
        auto holds = m_holds.find(source);
        if (holds == m_holds.end())
            continue;
        if (--*holds <= 0) {
            m_holds.erase(holds);
            released << source;
        }
    }
    return released;
}
