// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

#include "acceptguard.h"
#include "tcpconnection.h"

#include <QTcpServer>

TcpListener::TcpListener(QObject *parent)
    : Listener(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Listener::newConnection);
    // Made after the connection above: the guard's check sees the descriptors that the accepted
    // connections took.
    m_guard = new AcceptGuard(m_server);
    // Out of descriptors, waiting connections are refused with a message; the listener stays.
    connect(m_guard, &AcceptGuard::notice, this, &Listener::notice);
}

bool TcpListener::listen(const ParsedEndpoint &address, int backlog, QString *error)
{
    if (backlog > 0)
        m_server->setListenBacklogSize(backlog);
    if (m_server->listen(address.address, address.port))
        return true;
    *error = m_server->errorString();
    // EACCES on a port below 1024: say why, Qt's "The address is protected" does not.
    if (m_server->serverError() == QAbstractSocket::SocketAccessError && address.port != 0
        && address.port < 1024)
        *error
            += tr(" (ports below 1024 need administrator rights; pick a port from 1024 up, or 0)");
    return false;
}

bool TcpListener::isListening() const
{
    return m_server->isListening();
}

void TcpListener::stop()
{
    m_server->close();
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
    QTcpSocket *socket = m_server->nextPendingConnection();
    return socket ? new TcpConnection(socket, this) : nullptr;
}

ParsedEndpoint TcpListener::boundAddress() const
{
    ParsedEndpoint bound;
    bound.address = m_server->serverAddress();
    bound.host = bound.address.toString();
    bound.port = m_server->serverPort();
    return bound;
}

qintptr TcpListener::socketDescriptor() const
{
    return m_server->isListening() ? m_server->socketDescriptor() : -1;
}
