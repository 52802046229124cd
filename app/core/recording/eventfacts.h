// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// What an event means, as machine-readable facts next to its (translated) detail text. Lessons,
// exporters and views decide on these, never on the text: "Connection refused" reads
// "Verbindung abgelehnt" in German. The numeric values are stored in session files (a facts
// record, docs/session-format.md) and the names in exports: append, never renumber or rename.

// Why a socket call failed; our own stable codes, mapped from QAbstractSocket::SocketError and
// errno (net/socketerror.h).
enum class ErrorCode : quint8 {
    None = 0,
    Other,               // an error without a code of its own here
    ConnectionRefused,   // ECONNREFUSED: nobody listens there (the peer's kernel sent RST)
    HostNotFound,        // the name did not resolve
    Timeout,             // no answer in time (connect, or ETIMEDOUT)
    AddressInUse,        // EADDRINUSE
    PermissionDenied,    // EACCES, EPERM (a port below 1024 without the right)
    ResetByPeer,         // ECONNRESET: the peer sent RST
    AddressNotAvailable, // EADDRNOTAVAIL: not an address of this machine
    NetworkUnreachable,  // ENETUNREACH, EHOSTUNREACH
    OutOfResources,      // EMFILE, ENFILE, ENOBUFS, ENOMEM
    NotConnected,        // a command for a connection that is not (or no longer) connected
    BrokenPipe,          // EPIPE: sending after the connection ended
    UnsentDataDropped,   // queued bytes never left: the socket closed first
    LastErrorCode = UnsentDataDropped,
};

// How a connection ended, or one direction of it.
enum class CloseKind : quint8 {
    None = 0,    // not a close, or not known (sessions of format 1)
    Fin,         // orderly: FIN
    Reset,       // RST: unsent data discarded
    HalfClose,   // shutdown(SHUT_WR): FIN, and this end still reads
    Cancelled,   // never connected: the attempt was given up or failed
    LastCloseKind = Cancelled,
};

// Who ended it.
enum class CloseSide : quint8 {
    Unknown = 0,
    Us,     // this SocketLab socket (close(), abort(), shutdown())
    Peer,   // the other end
    LastCloseSide = Peer,
};

struct EventFacts
{
    ErrorCode error = ErrorCode::None;
    CloseKind close = CloseKind::None;
    CloseSide by = CloseSide::Unknown;

    bool isEmpty() const
    {
        return error == ErrorCode::None && close == CloseKind::None && by == CloseSide::Unknown;
    }
    bool operator==(const EventFacts &other) const
    {
        return error == other.error && close == other.close && by == other.by;
    }
    bool operator!=(const EventFacts &other) const { return !(*this == other); }

    static EventFacts failure(ErrorCode code) { return { code, CloseKind::None, CloseSide::Unknown }; }
    static EventFacts ending(CloseKind kind, CloseSide side) { return { ErrorCode::None, kind, side }; }
};

// Stable, lower-case names for exports and lesson files ("connection-refused", "rst", "peer");
// "" for None/Unknown. The parsers return false for a name they do not know.
QString errorCodeName(ErrorCode code);
QString closeKindName(CloseKind kind);
QString closeSideName(CloseSide side);
bool errorCodeFromName(const QString &name, ErrorCode *code);
bool closeKindFromName(const QString &name, CloseKind *kind);
bool closeSideFromName(const QString &name, CloseSide *side);
bool isKnownErrorCode(quint8 value);
bool isKnownCloseKind(quint8 value);
bool isKnownCloseSide(quint8 value);

// For the views: "RST by the peer", translated.
QString describeClose(const EventFacts &facts);
