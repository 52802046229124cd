// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport.h"

#include <QByteArray>

class QSocketNotifier;

// A Unix domain stream connection (AF_UNIX, SOCK_STREAM), one we open or one a UnixListener
// accepted, on a native non-blocking descriptor watched by socket notifiers: Qt's QLocalSocket
// has no half-close, no peer credentials and no way to stop reading without buffering.
//
// The same contract as TCP, with the kernel's differences said in the log: there is no FIN and
// no RST on a Unix socket, only the end of the stream (read() returns 0) and ECONNRESET when a
// peer closes while data it never read waits in its queue. Each read() is one received() signal,
// at most ReadChunk bytes; while reading is paused the socket is not read, so the kernel's
// queues fill and the peer's write() blocks.
class UnixConnection : public Transport
{
    Q_OBJECT

public:
    static constexpr qint64 ReadChunk = 64 * 1024;

    explicit UnixConnection(QObject *parent = nullptr);
    // Takes over a connected descriptor that accept() returned.
    explicit UnixConnection(qintptr accepted, QObject *parent = nullptr);
    ~UnixConnection() override;

    EndpointKind kind() const override { return EndpointKind::Unix; }
    void connectTo(const ParsedEndpoint &address) override;
    bool send(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    void setReadingPaused(bool paused) override;
    bool isReadingPaused() const override { return m_readingPaused; }
    void setReadingHeld(bool held) override;
    bool isConnected() const override { return m_descriptor >= 0 && m_connected; }
    bool canSend() const override
    {
        return isConnected() && !m_closeRequested && !m_writeShut && !m_shutdownPending;
    }
    qint64 bytesToWrite() const override { return m_out.size() - m_outOffset; }
    bool shutdownWrite() override;
    bool setNoDelay(bool) override { return false; }
    void setKeepOpenAfterPeerFin(bool keep) override { m_keepOpenAfterPeerEnd = keep; }
    QHostAddress localAddress() const override { return QHostAddress(); }
    quint16 localPort() const override { return 0; }
    QHostAddress peerAddress() const override { return QHostAddress(); }
    quint16 peerPort() const override { return 0; }
    QString localPath() const override { return m_localPath; }
    QString peerPath() const override { return m_peerPath; }
    PeerCredentials peerCredentials() const override { return m_credentials; }
    qintptr socketDescriptor() const override { return m_descriptor; }

private:
    void attach(int descriptor);
    void learnEnds();
    void readOnce();
    void writePending();
    void updateReading();
    void failWith(int error, const QString &call);
    void finish(CloseKind kind, CloseSide by, const QString &how);

    int m_descriptor = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_connected = false;
    bool m_finished = false;
    bool m_readingPaused = false;
    bool m_readingHeld = false;
    bool m_peerEnded = false; // read() returned 0: nothing more will arrive
    bool m_keepOpenAfterPeerEnd = false;
    bool m_closeRequested = false; // close(): end when the queue is empty
    bool m_shutdownPending = false; // shutdownWrite(): SHUT_WR when the queue is empty
    bool m_writeShut = false;
    QByteArray m_out; // bytes the kernel has not taken yet
    qsizetype m_outOffset = 0; // how much of m_out it has
    QString m_target; // what connectTo() was given, for messages
    QString m_localPath;
    QString m_peerPath;
    PeerCredentials m_credentials;
};
