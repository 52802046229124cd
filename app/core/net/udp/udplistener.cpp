// SPDX-License-Identifier: GPL-3.0-or-later
#include "udplistener.h"

#include "session.h"
#include "socketerror.h"
#include "udpendpoint.h"
#include "udpsocket.h"

UdpListener::UdpListener(QObject *parent)
    : Listener(parent)
{
}

UdpListener::~UdpListener() = default;

void UdpListener::recordInto(Session &session, JournalGate &gate, ConnectionId id, bool echo)
{
    const auto identity = session.connections().find(id);
    m_endpoint = new UdpEndpoint(session, gate, id, identity ? identity->name : QString(), this);
    m_endpoint->setEcho(echo);
    connect(m_endpoint, &UdpEndpoint::datagramsRecorded, this, &Listener::trafficRecorded);
}

void UdpListener::setReadingHeld(bool held)
{
    if (m_endpoint)
        m_endpoint->setReadingHeld(held);
}

bool UdpListener::listen(const ParsedEndpoint &address, int backlog, QString *error)
{
    Q_UNUSED(backlog)
    if (!m_endpoint) {
        if (error)
            *error = tr("no session to record into");
        m_listenError = ErrorCode::Other;
        return false;
    }
    if (!m_endpoint->bind(address.address, address.port, error)) {
        m_listenError = errorCodeOfErrno(m_endpoint->socket()->lastError());
        return false;
    }
    return true;
}

bool UdpListener::isListening() const
{
    return m_endpoint && m_endpoint->isOpen();
}

void UdpListener::stop()
{
    if (m_endpoint)
        m_endpoint->close();
}

ParsedEndpoint UdpListener::boundAddress() const
{
    ParsedEndpoint bound;
    bound.kind = EndpointKind::Udp;
    if (m_endpoint) {
        bound.address = m_endpoint->socket()->localAddress();
        bound.port = m_endpoint->socket()->localPort();
        bound.host = bound.address.toString();
    }
    return bound;
}

QString UdpListener::systemCalls() const
{
    const ParsedEndpoint bound = boundAddress();
    return m_endpoint ? m_endpoint->bindCall() : QString();
}

qintptr UdpListener::socketDescriptor() const
{
    return m_endpoint ? m_endpoint->socket()->socketDescriptor() : -1;
}
