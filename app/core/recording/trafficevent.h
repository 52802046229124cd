// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfacts.h"

#include <QString>
#include <QtGlobal>

using ConnectionId = quint32;

// What happened. The numeric values are stored in session files: append, never renumber.
enum class EventKind : quint8 {
    Listening = 1,   // a listener is bound; payload: the bound address as text
    ListenFailed,    // bind()/listen() failed; payload: the system's reason
    ListenStopped,   // the listener no longer accepts; existing connections stay
    Accepted,        // accept() returned a new connection; the event's connection is the new one
    LookingUp,       // name resolution started; payload: the host name
    Connecting,      // connect() started; payload: the address being tried
    Connected,       // the handshake completed; payload: "local -> peer"
    Received,        // read() returned data; payload: the bytes
    Sent,            // write() was called; payload: the bytes
    Closing,         // we sent FIN (graceful close); payload: why
    Closed,          // the socket is closed; payload: how
    Error,           // a socket error; payload: the system's reason
    ReadingPaused,   // the application stopped calling read()
    ReadingResumed,
    Note,            // free text for the learner
    EndOfStream,     // read() returned 0: the peer sent FIN, this end stays open to send; payload: why
    SendBlocked,     // a repeated send waits: the send buffer is full (the peer's window is closed)
    SendResumed,     // the send buffer drained: the repeated send goes on
    PeerSeen,        // UDP: the first datagram from or to a peer; the event's connection is the peer's row
    DatagramsDropped,// UDP: the kernel dropped datagrams (receive buffer full); payload: "N datagrams ..."
};

enum class Direction : quint8 { None, In, Out };

// One row of the log: a small fixed-size record. Payload bytes (data for Received/Sent, a
// UTF-8 detail text for the rest) live in the journal; the event only points at them.
struct TrafficEvent
{
    qint64 timeNs = 0;          // since the session started (monotonic clock)
    quint64 payloadOffset = 0;  // offset of the payload in the journal file
    quint32 payloadLength = 0;
    ConnectionId connection = 0;
    EventKind kind = EventKind::Note;
    EventFacts facts;           // error code, close kind and side: what consumers decide on
};

Direction directionOf(EventKind kind);
bool isData(EventKind kind);
QString eventKindName(EventKind kind);   // stable, lower-case, used in headless output and exports
QString eventKindLabel(EventKind kind);  // the same in the user's language, for the views
bool isKnownEventKind(quint8 value);
// The count a DatagramsDropped event's detail starts with ("120 datagrams dropped ..."); 0 else.
quint64 droppedCountOf(const QString &detail);
