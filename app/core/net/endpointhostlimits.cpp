// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointHost, continued: what holds a connection's reading (the journal falling behind or
// failing, back-pressure from a peer that does not read, the send queues it publishes) and the
// teacher's limits (connection cap, receive cap, paused accepting). Split from endpointhost.cpp,
// which opens, adopts, sends and closes.
#include "endpointhost.h"

#include "byteformat.h"
#include "journalgate.h"
#include "journalwriter.h"
#include "listener.h"
#include "session.h"
#include "transport.h"

// Memory stays bounded when the disk is slower than the network: past HighWater unwritten bytes
// nothing more is read, so the kernel's buffers fill and TCP flow control slows the senders.
// Nothing is dropped, and commands still run at once.
void EndpointHost::holdReadingWhileJournalBehind()
{
    if (!m_readingHeld && m_session.unwrittenBytes() > JournalWriter::HighWater)
        setReadingHeld(true);
}

void EndpointHost::journalWritten()
{
    if (m_readingHeld && !m_journalGate->isClosed() && m_session.unwrittenBytes() < JournalWriter::LowWater)
        setReadingHeld(false);
}

void EndpointHost::setReadingHeld(bool held)
{
    m_readingHeld = held;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        updateReadingHold(it.key());
    for (const Listening &listening : std::as_const(m_listeners))
        listening.listener->setReadingHeld(held);
    m_session.setReadingHeld(held);
}

// A connection is read unless something holds it: the journal (every connection), or
// back-pressure from a connection it feeds. The user's pause is the transport's own, apart.
void EndpointHost::updateReadingHold(ConnectionId id)
{
    const Link link = m_links.value(id);
    if (link.transport)
        link.transport->setReadingHeld(m_readingHeld || m_backPressure.isHeld(id));
}

// The source's bytes were just queued to target (echo: the same connection).
void EndpointHost::pressOn(ConnectionId source, ConnectionId target)
{
    const Link targetLink = m_links.value(target);
    if (!targetLink.transport)
        return;
    const qint64 queued = targetLink.transport->bytesToWrite();
    if (!m_backPressure.queued(source, target, queued))
        return;
    updateReadingHold(source);
    auto link = m_links.find(source);
    if (link == m_links.end() || link->backPressureNoted)
        return;
    link->backPressureNoted = true;   // once: a slow reader holds and releases many times a second
    const QString queuedText = formatByteCount(double(queued));
    const auto targetInfo = m_session.connections().find(target);
    m_session.recordText(source, EventKind::Note,
        source == target
            ? tr("%1 of echo wait for the peer, which is not reading them: SocketLab stops reading this "
                 "connection until they drain, so flow control holds the sender; nothing is lost")
                  .arg(queuedText)
            : tr("%1 relayed to %2 wait, it is not reading them: SocketLab stops reading this connection "
                 "until they drain, so flow control holds the sender; nothing is lost")
                  .arg(queuedText, targetInfo ? targetInfo->name : QString()));
}

void EndpointHost::releaseDrained(ConnectionId target)
{
    if (!m_backPressure.isCongested(target))
        return;
    const Link link = m_links.value(target);
    const qint64 queued = link.transport ? qMax<qint64>(link.transport->bytesToWrite(), 0) : 0;
    for (ConnectionId source : m_backPressure.drained(target, queued))
        updateReadingHold(source);
}

bool EndpointHost::refuseBeyondCap(ConnectionId listenerId, Transport *connection)
{
    const Listening &listening = m_listeners[listenerId];
    if (listening.open < listening.connectionCap)
        return false;
    ConnectionInfo peer;
    peer.kind = connection->kind();
    peer.peerAddress = connection->peerAddress();
    peer.peerPort = connection->peerPort();
    peer.peerPath = connection->peerPath();
    peer.peerCredentials = connection->peerCredentials();
    // Aborted: over TCP a RST, so the peer's client reports "connection reset" at once instead
    // of waiting on a connection that will never answer.
    connection->abort();
    delete connection;
    m_session.recordText(listenerId, EventKind::Note,
                         peer.isUnix() ? tr("refused %1: the cap of %n open connection(s) is reached (closed)",
                                            nullptr, listening.connectionCap)
                                             .arg(peer.peerEndpoint())
                                       : tr("refused %1: the cap of %n open connection(s) is reached (closed with RST)",
                                            nullptr, listening.connectionCap)
                                             .arg(peer.peerEndpoint()));
    return true;
}

void EndpointHost::countReceived(ConnectionId id, qsizetype bytes)
{
    auto it = m_links.find(id);
    if (it == m_links.end())
        return;
    it->received += quint64(bytes);
    if (it->receiveCap <= 0 || it->received < quint64(it->receiveCap) || it->transport->isReadingPaused())
        return;
    // Stop reading rather than close: nothing is lost, TCP flow control holds the peer, and the
    // teacher decides (raise the cap and resume, or close).
    it->transport->setReadingPaused(true);
    m_session.recordText(id, EventKind::ReadingPaused,
                         tr("receive cap reached (%1 of %2 bytes): SocketLab stops reading this "
                            "connection; the peer is held by flow control. Raise the cap, or close it.")
                             .arg(it->received)
                             .arg(it->receiveCap));
}

void EndpointHost::publishLimits(ConnectionId id)
{
    if (auto listener = m_listeners.constFind(id); listener != m_listeners.cend())
        m_session.connections().setLimits(id, listener->connectionCap, listener->receiveCap,
                                          listener->listener->isAcceptingPaused());
    else if (auto link = m_links.constFind(id); link != m_links.cend())
        m_session.connections().setLimits(id, 0, link->receiveCap, false);
}

EndpointHost::Listening *EndpointHost::acceptingListener(ConnectionId id)
{
    auto it = m_listeners.find(id);
    return it != m_listeners.end() && it->listener->role() == ConnectionRole::Listener ? &*it : nullptr;
}

void EndpointHost::setConnectionCap(ConnectionId listenerId, int cap)
{
    Listening *it = acceptingListener(listenerId);
    if (!it) {
        noteUnknown(listenerId, tr("connection cap"));
        return;
    }
    cap = qMax(cap, 0);
    if (it->connectionCap == cap)
        return;
    it->connectionCap = cap;
    publishLimits(listenerId);
    m_session.recordText(listenerId, EventKind::Note,
                         tr("connection cap: at most %n open connection(s); more are refused", nullptr, cap));
}

void EndpointHost::setReceiveCap(ConnectionId id, qint64 bytes)
{
    bytes = qMax<qint64>(bytes, 0);
    if (Listening *listener = acceptingListener(id)) {
        listener->receiveCap = bytes;
        publishLimits(id);
        m_session.recordText(id, EventKind::Note,
                             tr("receive cap for new connections: %1 bytes each").arg(bytes));
        return;
    }
    auto link = m_links.find(id);
    if (link == m_links.end()) {
        noteUnknown(id, tr("receive cap"));
        return;
    }
    link->receiveCap = bytes;
    publishLimits(id);
    m_session.recordText(id, EventKind::Note, tr("receive cap: %1 bytes").arg(bytes));
}

void EndpointHost::setAcceptingPaused(ConnectionId listenerId, bool paused)
{
    Listening *it = acceptingListener(listenerId);
    if (!it || !it->listener->isListening() || it->listener->isAcceptingPaused() == paused)
        return;
    it->listener->setAcceptingPaused(paused);
    publishLimits(listenerId);
    m_session.recordText(listenerId, EventKind::Note,
                         paused ? tr("accepting paused: new connections complete the handshake and wait "
                                     "in the kernel's backlog until accept() is called again")
                                : tr("accepting resumed: accept() takes the waiting connections"));
}

// A peer that does not read fills its receive window, then our kernel send buffer, then Qt's
// write buffer: what we send waits there. The row shows how much waits; the log says when it
// starts to pile up and when it has gone, so a learner sees flow control at work.
void EndpointHost::publishSendQueues()
{
    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        // Transports say when they have written; this catches one that did not.
        releaseDrained(it.key());
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
