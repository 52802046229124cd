// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

#include "acceptguard.h"
#include "connectioninfo.h"
#include "socketerror.h"
#include "tcpconnection.h"

#include <cerrno>

#include <unistd.h>

TcpListener::TcpListener(QObject *parent)
    : Listener(parent)
    , m_socket(new TcpListeningSocket(this))
{
    connect(m_socket, &TcpListeningSocket::accepted, this, [this](const AcceptedSocket &accepted) {
        m_pending.enqueue(accepted);
        Q_EMIT newConnection();
    });
    // Made after the connection above: the guard's check sees the descriptors that the accepted
    // connections took.
    m_guard = new AcceptGuard(m_socket);
    // Out of descriptors, waiting connections are refused with a message; the listener stays.
    connect(m_guard, &AcceptGuard::notice, this, &Listener::notice);
}

TcpListener::~TcpListener()
{
    for (const AcceptedSocket &accepted : std::as_const(m_pending))
        ::close(int(accepted.descriptor));
}

bool TcpListener::listen(const ParsedEndpoint &address, int backlog, QString *error)
{
    if (m_socket->listen(address.address, address.port,
                         backlog > 0 ? backlog : TcpListeningSocket::DefaultBacklog)) {
        m_listenError = ErrorCode::None;
        return true;
    }
    m_listenError = errorCodeOfErrno(m_socket->errorCode());
    *error = m_socket->errorString();
    // EACCES on a port below 1024: say why, the system's "Permission denied" does not.
    if (m_socket->errorCode() == EACCES && address.port != 0 && address.port < 1024)
        *error += tr(" (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)");
    return false;
}

void TcpListener::stop()
{
    m_socket->close();
}

void TcpListener::setAcceptingPaused(bool paused)
{
    m_guard->setAcceptingPaused(paused);
}

bool TcpListener::isAcceptingPaused() const
{
    return m_guard->isAcceptingPaused();
}

Transport *TcpListener::nextPendingConnection()
{
    if (m_pending.isEmpty())
        return nullptr;
    return new TcpConnection(m_pending.dequeue(), this);
}

ParsedEndpoint TcpListener::boundAddress() const
{
    ParsedEndpoint bound;
    bound.address = m_socket->address();
    bound.host = bound.address.toString();
    bound.port = m_socket->port();
    return bound;
}

QString TcpListener::systemCalls() const
{
    return tr("socket(), bind(%1), listen(backlog %2)")
        .arg(formatEndpoint(m_socket->address(), m_socket->port()))
        .arg(backlog());
}
