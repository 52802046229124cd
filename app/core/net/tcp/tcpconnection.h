// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcplistener.h"
#include "transport.h"

#include <QAbstractSocket>
#include <QList>

class QSocketNotifier;
class QTcpSocket;
class QTimer;

// A TCP connection, either one we open (connectToHost) or one a listener accepted.
//
// Reading: Qt's read buffer is capped at ReadChunk, so when the application stops reading
// (pause, or a slow journal), Qt stops draining the kernel buffer and TCP flow control slows
// the peer. Each read() is one received() signal: a "chunk" as the application saw it.
class TcpConnection : public Transport
{
    Q_OBJECT

public:
    static constexpr qint64 ReadChunk = 64 * 1024;
    static constexpr int DefaultConnectTimeoutMs = 15000;

    explicit TcpConnection(QObject *parent = nullptr);
    // Takes over a descriptor a TcpListener accepted, and keeps the addresses accept() reported:
    // a peer that has already reset has none that getpeername() could tell.
    explicit TcpConnection(const AcceptedSocket &accepted, QObject *parent = nullptr);
    ~TcpConnection() override;

    void setConnectTimeout(int ms) override { m_connectTimeoutMs = ms; }
    void setBindBeforeConnect(bool bind) override { m_bindBeforeConnect = bind; }
    void setMaxSegmentSize(int bytes) override { m_maxSegmentSize = bytes; }

    EndpointKind kind() const override { return EndpointKind::Tcp; }
    void connectTo(const ParsedEndpoint &address) override { connectToHost(address.host, address.port); }
    void connectToHost(const QString &host, quint16 port);
    bool send(const QByteArray &bytes) override;
    void flush() override;
    void close() override;
    void abort() override;
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    void setReadingHeld(bool held) override;
    bool isConnected() const override;
    bool canSend() const override;
    qint64 bytesToWrite() const override;
    bool shutdownWrite() override;
    bool setNoDelay(bool on) override;
    void setKeepOpenAfterPeerFin(bool keep) override { m_keepOpenAfterPeerFin = keep; }
    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    qintptr socketDescriptor() const override;

private:
    void attach();
    void tryNextAddress();
    void readAvailable(bool evenIfPaused = false);
    void onStateChanged(QAbstractSocket::SocketState state);
    void onError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void finish(CloseKind kind, CloseSide by, const QString &how);
    void releaseStateProbe();
    void completeShutdownWrite();
    void enterHalfOpen();
    void writePending();

    QTcpSocket *m_socket = nullptr;
    AcceptedSocket m_accepted;   // accepted connections: the ends as accept() reported them
    QTimer *m_connectTimer = nullptr;
    QList<QHostAddress> m_addresses;   // resolved, not yet tried
    quint16 m_port = 0;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    bool m_bindBeforeConnect = false;
    int m_maxSegmentSize = 0;   // TCP_MAXSEG before connect(), 0: the system's
    bool m_readingPaused = false;
    bool m_readingHeld = false;
    bool m_closeRequested = false;
    bool m_aborting = false;
    bool m_finished = false;
    bool m_wasConnected = false;   // an abort then resets a connection, else gives up an attempt
    QString m_peerCloseText;   // how the peer ended the stream, learned before Qt closes
    CloseKind m_peerCloseKind = CloseKind::None;
    qintptr m_stateProbe = -1;  // a duplicate of the socket's descriptor: see onError()

    // Half-close. Qt has no half-open state: at the peer's FIN it closes its descriptor. With
    // m_keepOpenAfterPeerFin the duplicate above keeps the socket (in CLOSE_WAIT), and sending
    // goes on through it, natively, until close() or abort(): see enterHalfOpen().
    bool m_keepOpenAfterPeerFin = false;
    bool m_keepHalfOpen = false;      // the peer's FIN was seen and the duplicate is kept
    bool m_peerFinished = false;      // half-open: Qt is closed, the duplicate sends
    QByteArray m_pendingOut;          // half-open: bytes the kernel has not taken yet
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_shutdownPending = false;   // shutdownWrite() waits for Qt's queue to drain
    bool m_writeShut = false;         // shutdown(SHUT_WR) done: nothing more can be sent
};
