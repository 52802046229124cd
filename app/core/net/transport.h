// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"
#include "peercredentials.h"
#include "eventfacts.h"

#include <QHostAddress>
#include <QObject>

// The one shape of every connection SocketLab drives: a TCP or Unix client, an accepted TCP or
// Unix peer (net/tcp/, net/local/), a connected UDP socket (net/udp/), and later TLS. The EndpointHost records what the signals report; tst_transport runs the
// same checks against every implementation.
//
// Signals come in the order a socket lives: lookingUp → connecting → connected (clients only),
// then received / errorOccurred any number of times (and at most one endOfStream), then closed
// exactly once. Each error and close carries its facts (eventfacts.h): consumers decide on those,
// never on the text, which is translated.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual EndpointKind kind() const = 0;
    // Opens a connection to an address of this transport's kind (a parsed [KIND:]ADDRESS).
    virtual void connectTo(const ParsedEndpoint &address) = 0;
    // How long connectTo() may take before it gives up; kinds that connect at once ignore it.
    virtual void setConnectTimeout(int ms) { Q_UNUSED(ms) }
    // bind() to a port of the system's choice before connect(), so that the port is known (and
    // localPort() says it) from connecting() on, before the SYN leaves: the wire capture needs it.
    // Kinds without ports ignore it.
    virtual void setBindBeforeConnect(bool bind) { Q_UNUSED(bind) }
    // TCP_MAXSEG before connect() (0: the system's choice); kinds without segments ignore it.
    virtual void setMaxSegmentSize(int bytes) { Q_UNUSED(bytes) }
    virtual bool send(const QByteArray &bytes) = 0;  // false when not connected
    // Hands what send() queued to the kernel now rather than on the event loop's next turn. Not
    // from inside send()'s callers: it may emit bytesWritten(). Kinds that write at once ignore it.
    virtual void flush() {}
    virtual void close() = 0;                       // graceful: send what is queued, then FIN
    virtual void abort() = 0;                       // at once, with RST where the OS allows
    virtual void setReadingPaused(bool paused) = 0; // stop calling read(); the peer blocks
    virtual bool isReadingPaused() const = 0;
    // Stop reading for the application's own reasons (the journal is behind), separately from
    // the user's pause: reading resumes when neither holds it.
    virtual void setReadingHeld(bool held) = 0;
    virtual bool isConnected() const = 0;
    // Whether send() would take bytes now: asked before they are recorded as sent, so that bytes
    // refused (after shutdown(SHUT_WR), after close()) are never in the log as sent.
    virtual bool canSend() const { return isConnected(); }
    // Why send() would refuse these bytes whatever the state (a datagram larger than UDP carries),
    // asked before they are recorded, so that nothing refused is in the log as sent; empty when
    // the bytes are acceptable. Streams take any size.
    virtual QString sendRefusal(const QByteArray &bytes) const
    {
        Q_UNUSED(bytes)
        return QString();
    }
    virtual qint64 bytesToWrite() const = 0;
    // shutdown(SHUT_WR): FIN once the queued bytes are out, and keep reading. False when there is
    // no connection to shut down.
    virtual bool shutdownWrite() = 0;
    // TCP_NODELAY: true turns Nagle's algorithm off. False when the option could not be set (or
    // does not apply: a Unix socket has no Nagle).
    virtual bool setNoDelay(bool on) = 0;
    // Whether the peer's FIN leaves this end open to send (endOfStream, a half-open connection, as
    // the kernel allows) instead of closing it, as Qt does by default.
    virtual void setKeepOpenAfterPeerFin(bool keep) = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    // Unix sockets: the file path or @name of each end (empty for an unnamed end), and who the
    // peer process is. TCP has neither.
    virtual QString localPath() const { return QString(); }
    virtual QString peerPath() const { return QString(); }
    virtual PeerCredentials peerCredentials() const { return PeerCredentials(); }
    // The native socket, for reading what the kernel knows (TCP_INFO, UNIX_DIAG); -1 when there is
    // none.
    // Valid only on the thread the transport lives in, until it returns to the event loop.
    virtual qintptr socketDescriptor() const { return -1; }

Q_SIGNALS:
    void lookingUp(const QString &host);
    void noted(const QString &text);   // something the socket did worth a line in the log
    void resolved(const QString &addresses);
    void connecting(const QString &endpoint);
    void connected();
    void received(const QByteArray &bytes);   // one read(); on UDP exactly one datagram
    // Datagram kinds: the kernel dropped count datagrams for this socket (receive buffer full).
    void datagramsDropped(quint32 count);
    void bytesWritten(qint64 bytes);         // handed to the kernel: bytesToWrite() went down
    void errorOccurred(ErrorCode code, const QString &reason);
    void closing(CloseKind kind, const QString &why);   // our FIN: Fin (close) or HalfClose (shutdown)
    void endOfStream(const QString &what);   // the peer's FIN, with setKeepOpenAfterPeerFin(true)
    // How it ended (Cancelled: it never connected) and who ended it.
    void closed(CloseKind kind, CloseSide by, const QString &how);
};
