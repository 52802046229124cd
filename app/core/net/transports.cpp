// SPDX-License-Identifier: GPL-3.0-or-later
#include "transports.h"

#include "tcpconnection.h"
#include "tcplistener.h"
#include "udpconnection.h"
#include "udplistener.h"
#include "unixconnection.h"
#include "unixlistener.h"

namespace Transports {

Listener *newListener(EndpointKind kind, QObject *parent)
{
    switch (kind) {
    case EndpointKind::Tcp: return new TcpListener(parent);
    case EndpointKind::Unix: return new UnixListener(parent);
    // A bound UDP socket accepts nothing: its peers are rows it records per datagram.
    case EndpointKind::Udp: return new UdpListener(parent);
    case EndpointKind::Tls: break;
    }
    return nullptr;
}

Transport *newConnection(EndpointKind kind, QObject *parent)
{
    switch (kind) {
    case EndpointKind::Tcp: return new TcpConnection(parent);
    case EndpointKind::Unix: return new UnixConnection(parent);
    case EndpointKind::Udp: return new UdpConnection(parent);
    case EndpointKind::Tls: break;
    }
    return nullptr;
}

} // namespace Transports
