// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointHost, continued: sending. Every byte SocketLab sends is recorded first and reaches the
// socket through the JournalGate (sendNow() at once, answer() at the end of the loop's turn);
// repeated sends. Split from endpointhost.cpp, which opens, adopts and closes.
#include "endpointhost.h"

#include "journalgate.h"
#include "repeatedsend.h"
#include "session.h"
#include "transport.h"
#include "udpendpoint.h"

void EndpointHost::send(ConnectionId id, const QByteArray &bytes, int count, int intervalMs)
{
    if (UdpEndpoint *udp = udpEndpoint(id)) {
        udp->send(id, bytes, count, intervalMs);
        return;
    }
    auto it = m_links.find(id);
    if (it == m_links.end()) {
        noteUnknown(id, tr("send"));
        return;
    }
    stopRepeating(id);
    sendNow(id, bytes);
    if (count <= 1)
        return;
    it->repeat = new RepeatedSend(it->transport, bytes, count - 1, intervalMs,
                                  [gate = m_journalGate] { return gate->isClosed(); });
    connect(it->repeat, &RepeatedSend::due, this, [this, id](const QByteArray &again) { sendNow(id, again); });
    connect(it->repeat, &RepeatedSend::finished, this, [this, id] { stopRepeating(id); });
    connect(it->repeat, &RepeatedSend::blocked, this, [this, id](qint64 queued) {
        m_session.recordText(id, EventKind::SendBlocked,
                             tr("send() would block: the kernel's send buffer is full and %1 bytes wait; "
                                "the peer is not taking them (its receive window is closed or small)")
                                 .arg(queued));
    });
    connect(it->repeat, &RepeatedSend::resumed, this, [this, id] {
        m_session.recordText(id, EventKind::SendResumed,
                             tr("the kernel took the queued bytes: the peer's window opened, sending goes on"));
    });
    it->repeat->start();
    m_session.connections().setRepeating(id, true);
}

void EndpointHost::stopRepeating(ConnectionId id)
{
    if (UdpEndpoint *udp = udpEndpoint(id))
        udp->stopRepeating();
    auto it = m_links.find(id);
    if (it != m_links.end() && it->repeat) {
        it->repeat->stop();
        it->repeat->deleteLater();
        it->repeat = nullptr;
        m_session.connections().setRepeating(id, false);
    }
}

// Every byte SocketLab sends goes through here or answer(): recorded, in the journal's file, then
// handed to the socket (JournalGate). A peer never receives what the file does not have.
void EndpointHost::sendNow(ConnectionId id, const QByteArray &bytes)
{
    if (maySend(id, bytes) && m_journalGate->recordOutgoing(id, bytes))
        handOver(id, bytes);
}

// What answers arriving bytes (echo, relay, a responder) leaves at the end of the loop's turn,
// with one write of the journal for all of them.
void EndpointHost::answer(ConnectionId id, const QByteArray &bytes)
{
    if (maySend(id, bytes))
        m_journalGate->recordAnswer(id, bytes);
}

// False, with the reason in the log, when id's transport would refuse the bytes: nothing refused
// is ever recorded as sent.
bool EndpointHost::maySend(ConnectionId id, const QByteArray &bytes)
{
    const Link link = m_links.value(id);
    if (!link.transport || !link.transport->canSend()) {
        m_session.recordText(id, EventKind::Error, tr("not connected: %n byte(s) not sent", nullptr, int(bytes.size())),
                             EventFacts::failure(ErrorCode::NotConnected));
        return false;
    }
    if (const QString refusal = link.transport->sendRefusal(bytes); !refusal.isEmpty()) {
        m_session.recordText(id, EventKind::Error, refusal, EventFacts::failure(ErrorCode::Other));
        return false;
    }
    return true;
}

void EndpointHost::handOver(ConnectionId id, const QByteArray &bytes)
{
    if (UdpEndpoint *udp = udpEndpoint(id)) {
        udp->transmit(id, bytes);
        return;
    }
    const Link link = m_links.value(id);
    if (!link.transport || !link.transport->send(bytes))
        m_session.recordText(id, EventKind::Error,
                             tr("the %n byte(s) recorded as sent just before were not sent: this connection "
                                "can no longer send",
                                nullptr, int(bytes.size())),
                             EventFacts::failure(ErrorCode::UnsentDataDropped));
}

// Answers released from the event loop go to the kernel now, not on the loop's next turn: that
// turn may read the peer's end of stream, and Qt then drops what is still queued.
void EndpointHost::pushHandedOver()
{
    for (ConnectionId id : std::as_const(m_handedOver)) {
        if (Transport *transport = m_links.value(id).transport)
            transport->flush();
    }
    m_handedOver.clear();
}
