// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

class ConnectionTable;

// The other end of a TCP connection when SocketLab holds both (a client of ours connected to a
// listener of ours): the accepted connection whose peer is the client's address, or the client
// whose address is the accepted connection's peer. 0 when the other end is another program, a
// listener, or a Unix socket (whose unnamed ends cannot be told apart).
ConnectionId peerInSession(const ConnectionTable &table, const ConnectionInfo &info);
