// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionladder.h"

#include "connectionpeer.h"
#include "session.h"

ConnectionLadder::ConnectionLadder(const Session &session)
    : m_session(session)
{
}

void ConnectionLadder::follow(ConnectionId id)
{
    if (id == m_near)
        return;
    m_near = id;
    m_far = 0;
    m_cursor = 0;
    m_rungs.clear();
}

QString ConnectionLadder::endName(End end) const
{
    const auto near = m_session.connections().find(m_near);
    if (!near)
        return {};
    if (end == End::Near)
        return QStringLiteral("%1 %2").arg(near->name, near->localEndpoint());
    if (const auto far = m_session.connections().find(m_far))
        return QStringLiteral("%1 %2").arg(far->name, far->localEndpoint());
    return near->peerEndpoint();
}

void ConnectionLadder::update()
{
    if (m_near == 0)
        return;
    if (m_far == 0) {
        // Known once connected; its events so far are read again in time order.
        const auto near = m_session.connections().find(m_near);
        if (near && (m_far = peerInSession(m_session.connections(), *near)) != 0) {
            m_cursor = 0;
            m_rungs.clear();
        }
    }
    const TrafficLog &log = m_session.log();
    const qint64 count = log.count();
    for (; m_cursor < count; ++m_cursor) {
        const TrafficEvent &event = log.event(m_cursor);
        if (event.connection != 0 && (event.connection == m_near || event.connection == m_far))
            add(event, m_cursor);
    }
}

void ConnectionLadder::add(const TrafficEvent &event, qint64 index)
{
    const End self = event.connection == m_near ? End::Near : End::Far;
    const End other = self == End::Near ? End::Far : End::Near;
    Rung rung;
    rung.timeNs = event.timeNs;
    rung.event = index;
    rung.from = self;
    const QString bytes = tr("%1 B").arg(event.payloadLength);
    switch (event.kind) {
    case EventKind::Connecting: rung.label = tr("connect (SYN)"); break;
    case EventKind::Connected:
        rung.from = other;
        rung.label = tr("connected (SYN-ACK)");
        break;
    case EventKind::Accepted:
        rung.from = other;
        rung.label = tr("accept");
        break;
    case EventKind::Sent: rung.label = tr("write %1").arg(bytes); break;
    case EventKind::Received:
        rung.from = other;
        rung.label = tr("read %1").arg(bytes);
        break;
    case EventKind::Closing:
        rung.label = event.facts.close == CloseKind::HalfClose ? tr("shutdown: FIN") : tr("FIN");
        break;
    case EventKind::EndOfStream:
        rung.from = other;
        rung.label = tr("FIN (read returns 0)");
        break;
    case EventKind::Closed:
        if (event.facts.close == CloseKind::Reset) {
            rung.from = event.facts.by == CloseSide::Us ? self : other;
            rung.label = tr("RST");
            rung.reset = true;
        } else {
            rung.crosses = false;
            rung.label = tr("closed");
        }
        break;
    case EventKind::Error:
        rung.crosses = false;
        rung.label = tr("error: %1").arg(errorCodeName(event.facts.error));
        break;
    default: return; // notes, pauses: not on the wire
    }
    m_rungs << rung;
}
