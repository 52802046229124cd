// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointaddress.h"

class Listener;
class QObject;
class Transport;

// The one list of socket kinds SocketLab implements (net/tcp/, net/local/): a new kind is a
// subfolder, a case here, and a row in tst_transport.
namespace Transports {
Listener *newListener(EndpointKind kind, QObject *parent); // nullptr: kind not implemented
Transport *newConnection(EndpointKind kind, QObject *parent); // a client, not yet connected
} // namespace Transports
