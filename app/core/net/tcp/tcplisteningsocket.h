// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QSocketNotifier;

// A connection the kernel handed over: its descriptor (non-blocking, closed on exec; whoever
// receives it owns it) and both ends as accept() itself reported them. getpeername() on the
// descriptor fails once the peer has reset the connection, and QTcpSocket then knows no peer:
// these are the only addresses certain to be there.
struct AcceptedSocket
{
    qintptr descriptor = -1;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    QHostAddress localAddress;
    quint16 localPort = 0;
};
Q_DECLARE_METATYPE(AcceptedSocket)

// The native part of a TCP listener (TcpListener puts it behind the Listener contract): a
// listening TCP socket that accepts natively: socket(), bind(), listen(backlog), then, each
// time the kernel says the socket is readable, accept4() until the accept queue is empty
// (EAGAIN). QTcpServer drops the address accept() returned (a peer that reset before
// accept() then has none) and listens with a backlog of 50: in a burst of connects its queue
// overflows, and the kernel drops SYNs that the clients send again only a second later.
//
// Each connection is handed out through accepted(), one by one, inside the loop; a receiver that
// pauses accepting (setAccepting(false)) stops the loop before the next accept4().
class TcpListeningSocket : public QObject
{
    Q_OBJECT

public:
    // listen()'s backlog when none is asked for: the system's maximum, which the kernel caps at
    // net.core.somaxconn in any case (4096 on Linux since 5.4).
    static const int DefaultBacklog;

    explicit TcpListeningSocket(QObject *parent = nullptr);
    ~TcpListeningSocket() override; // closes the listening socket

    // False, with errorString() and errorCode() set, when any step fails. QHostAddress::Any
    // listens on both IPv6 and IPv4 (a dual-stack socket), as QTcpServer does.
    bool listen(const QHostAddress &address, quint16 port, int backlog = DefaultBacklog);
    void close();
    bool isListening() const { return m_descriptor >= 0; }

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    int backlog() const { return m_backlog; }
    qintptr socketDescriptor() const { return m_descriptor; }
    QString errorString() const { return m_errorString; } // the system's reason, with the step unless bind()
    int errorCode() const { return m_errorCode; } // errno of the failed step

    // Whether readability of the listening socket calls accept4(); paused, connections complete
    // their handshake and wait in the kernel's accept queue.
    void setAccepting(bool accepting);
    bool isAccepting() const { return m_accepting; }

    // Accepts what waits now, until the queue is empty, accepting is paused or accept4() fails;
    // the number accepted. Called on its own whenever the socket is readable.
    int acceptPending();

Q_SIGNALS:
    // Emitted inside acceptPending(): connect with a direct connection and take the descriptor.
    void accepted(const AcceptedSocket &socket);
    // accept4() failed for the listener's sake rather than one connection's (EMFILE, ENFILE,
    // ENOBUFS, ENOMEM): the queue is left as it is.
    void acceptFailed(int errorCode, const QString &reason);

private:
    void fail(const QString &step, int errorCode);
    void updateNotifier();

    qintptr m_descriptor = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_backlog = 0;
    bool m_accepting = true;
    QString m_errorString;
    int m_errorCode = 0;
};
