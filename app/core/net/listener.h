// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "endpointaddress.h"
#include "eventfacts.h"

#include <QObject>

class JournalGate;
class Session;
class Transport;

// The one shape of every listening socket SocketLab opens: TCP (net/tcp/), Unix (net/local/),
// later TLS. EndpointHost drives it without knowing which kind it holds, and applies the
// classroom caps through it: a connection beyond the cap is taken with
// nextPendingConnection() and aborted at once (a reset where the kind has one).
//
// A bound UDP socket (net/udp/) is a listener too, one that accepts nothing: one socket serves
// every peer, so it records each datagram under its peer's row itself (recordInto()) instead of
// handing out connections, and its role() says so. The host drives both the same way.
class Listener : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual EndpointKind kind() const = 0;
    // The row it is in the Sockets tree: Listener (connections come from nextPendingConnection())
    // or UdpSocket (peers are rows it records itself).
    virtual ConnectionRole role() const { return ConnectionRole::Listener; }
    // Called once, before listen(), with the row id the host gave it. Only a listener that
    // records its own traffic (UdpSocket) keeps these; every event it records goes to session,
    // every datagram it sends through gate first (recorded before it leaves).
    virtual void recordInto(Session &session, JournalGate &gate, ConnectionId id, bool echo)
    {
        Q_UNUSED(session)
        Q_UNUSED(gate)
        Q_UNUSED(id)
        Q_UNUSED(echo)
    }
    // The journal is too far behind: a listener that reads (UdpSocket) stops until released.
    // Stream listeners read nothing; their connections are held one by one.
    virtual void setReadingHeld(bool held) { Q_UNUSED(held) }
    // socket(), bind(), listen(). False with the system's reason (one line, for the log and the
    // field) in *error. backlog 0 takes the default.
    virtual bool listen(const ParsedEndpoint &address, int backlog, QString *error) = 0;
    // Why the last listen() failed, for the listen-failed event's facts.
    ErrorCode listenError() const { return m_listenError; }
    // listen()'s backlog as the socket got it (the default filled in).
    virtual int backlog() const = 0;
    virtual bool isListening() const = 0;
    // close() on the listening socket; the connections it accepted stay open. A Unix listener also
    // removes the socket file it created.
    virtual void stop() = 0;
    // Paused, accept() is not called: connections wait in the kernel's backlog.
    virtual void setAcceptingPaused(bool paused) = 0;
    virtual bool isAcceptingPaused() const = 0;
    // accept(): the next waiting connection, parented to this listener until the caller reparents
    // it; nullptr when none waits.
    virtual Transport *nextPendingConnection() = 0;
    // Where it listens, with what the system chose (TCP port 0).
    virtual ParsedEndpoint boundAddress() const = 0;
    // The system calls listen() made, as the log shows them: "socket(), bind(127.0.0.1:9000),
    // listen(backlog 4096)". Each kind says its own (a Unix socket is AF_UNIX, UDP has no listen()).
    virtual QString systemCalls() const = 0;
    virtual qintptr socketDescriptor() const = 0; // -1 when not listening

Q_SIGNALS:
    void newConnection(); // call nextPendingConnection() until it returns nullptr
    // A listener that records its own traffic recorded a batch: the host checks the journal's
    // backlog (and holds reading when it is too far behind).
    void trafficRecorded();
    // One line for the log about the listener itself (a stale socket file replaced, descriptors
    // running out): a problem is recorded as an error, else as a note.
    void notice(const QString &text, bool problem);

protected:
    ErrorCode m_listenError = ErrorCode::None;
};
