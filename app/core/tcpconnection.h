// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

#include <QAbstractSocket>
#include <QList>

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
    // Takes over a socket returned by QTcpServer::nextPendingConnection().
    explicit TcpConnection(QTcpSocket *accepted, QObject *parent = nullptr);
    ~TcpConnection() override;

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    void connectToHost(const QString &host, quint16 port) override;
    bool send(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    bool isConnected() const override;
    qint64 bytesToWrite() const override;
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
    void finish(const QString &how);
    void releaseStateProbe();

    QTcpSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    QList<QHostAddress> m_addresses;   // resolved, not yet tried
    quint16 m_port = 0;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    bool m_readingPaused = false;
    bool m_closeRequested = false;
    bool m_aborting = false;
    bool m_finished = false;
    QString m_peerCloseText;   // how the peer ended the stream, learned before Qt closes
    qintptr m_stateProbe = -1;  // a duplicate of the socket's descriptor: see onError()
};
